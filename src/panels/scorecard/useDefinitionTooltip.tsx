import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { Popover, useStyles2 } from '@grafana/ui';
import React, { useEffect, useId, useState } from 'react';

import { KpiDefinition } from '../../components/kpi/KpiDefinition';
import { type ScorecardItem } from './scorecardItems';

/** Marks a KPI's name as the place its definition shows on hover or focus; the value is the item's index. */
export const DEFINITION_ANCHOR = 'data-definition-of';

interface Shown {
  index: number;
  anchor: HTMLElement;
}

/**
 * A KPI's definition when the pointer is on its name or its name has focus, as a tooltip, for every card or row
 * of a scorecard. One @grafana/ui Popover for the panel, placed on that name: a Tooltip on each name set up
 * floating-ui's hover, focus and dismiss hooks once per KPI, a fifth of a 200-card render in Chromium, for
 * tooltips hardly any of which open. Escape closes it.
 */
export function useDefinitionTooltip(items: ScorecardItem[]) {
  const styles = useStyles2(getStyles);
  const id = useId();
  // The pointer's name and the focused one apart: the pointer passing over another name and leaving it gives the
  // tooltip back to the focused name, as each name's own Tooltip did.
  const [hovered, setHovered] = useState<Shown | null>(null);
  const [focused, setFocused] = useState<Shown | null>(null);
  const shown = hovered ?? focused;

  const enter = (set: typeof setHovered) => (event: React.SyntheticEvent) => {
    const anchor = anchorOf(event.target);
    if (anchor) {
      // The pointer moving over the name's own parts keeps the same tooltip (and the panel unrendered).
      set((s) => (s?.anchor === anchor ? s : { index: Number(anchor.getAttribute(DEFINITION_ANCHOR)), anchor }));
    }
  };
  const leave = (set: typeof setHovered) => (event: React.MouseEvent | React.FocusEvent) => {
    const anchor = anchorOf(event.target);
    // Moving between the name's own parts is not leaving it.
    if (anchor && !(event.relatedTarget instanceof Node && anchor.contains(event.relatedTarget))) {
      set((s) => (s?.anchor === anchor ? null : s));
    }
  };

  useEffect(() => {
    if (!shown) {
      return;
    }
    // What Tooltip gives its trigger: the tip describes the name while it shows.
    shown.anchor.setAttribute('aria-describedby', id);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setHovered(null);
        setFocused(null);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      shown.anchor.removeAttribute('aria-describedby');
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [shown, id]);

  // The name may have left the panel since (a status filter, a new page): then there is nothing to point at.
  const item = shown?.anchor.isConnected ? items.find((i) => i.index === shown.index) : undefined;
  const tooltip = shown && item && (
    <Popover
      show
      referenceElement={shown.anchor}
      placement="bottom-start"
      wrapperClassName={styles.wrapper}
      className={styles.tooltip}
      content={
        <div id={id} role="tooltip">
          <KpiDefinition kpi={item.kpi} invalid={item.invalid} />
        </div>
      }
    />
  );
  const handlers = {
    onMouseOver: enter(setHovered),
    onMouseOut: leave(setHovered),
    onFocus: enter(setFocused),
    onBlur: leave(setFocused),
  };
  return { handlers, tooltip };
}

function anchorOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(`[${DEFINITION_ANCHOR}]`) : null;
}

// @grafana/ui Tooltip's look (its info theme).
const getStyles = (theme: GrafanaTheme2) => ({
  wrapper: css({ zIndex: theme.zIndex.tooltip, pointerEvents: 'none' }),
  tooltip: css({
    background: theme.components.tooltip.background,
    color: theme.components.tooltip.text,
    border: `1px solid ${theme.components.tooltip.background}`,
    borderRadius: theme.shape.radius.default,
    boxShadow: theme.shadows.z2,
    fontSize: theme.typography.bodySmall.fontSize,
    padding: theme.spacing(0.5, 1),
    maxWidth: 400,
    overflowWrap: 'break-word',
  }),
});
