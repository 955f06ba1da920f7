import { t } from '@grafana/i18n';
import { IconButton, Toggletip } from '@grafana/ui';
import React, { useState } from 'react';

import { KpiDefinition } from '../../components/kpi/KpiDefinition';
import { type ShownKpi } from '../../kpi/catalogEntries';
import { scorecardTestIds } from './testIds';

/**
 * Opens the KPI's full definition, links included, by click, Enter or Space: the keyboard's way to the tooltip.
 * The Toggletip (floating-ui hooks per card) is set up on the first click: a 200-KPI scorecard mounted 200 of
 * them for definitions hardly anyone opens. Until then the button carries what the Toggletip would give it
 * (tabIndex, aria-expanded), so it reads the same. Memoised: the card renders again as answers come in.
 */
export const KpiDefinitionButton = React.memo(function KpiDefinitionButton({
  kpi,
  invalid,
  className,
}: {
  kpi: ShownKpi;
  invalid: boolean;
  className?: string;
}) {
  // undefined: never opened, so no Toggletip yet.
  const [open, setOpen] = useState<boolean | undefined>(undefined);
  const label = t('scorecard.definition.open', 'Definition of {{name}}', {
    name: kpi.name,
    interpolation: { escapeValue: false },
  });
  if (open === undefined) {
    return (
      <IconButton
        name="info-circle"
        size="sm"
        className={className}
        data-testid={scorecardTestIds.definitionButton}
        aria-label={label}
        tabIndex={0}
        aria-expanded={false}
        onClick={() => setOpen(true)}
      />
    );
  }
  return (
    <Toggletip
      content={<KpiDefinition kpi={kpi} invalid={invalid} withLinks />}
      placement="bottom-end"
      closeButton
      show={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
    >
      <IconButton
        name="info-circle"
        size="sm"
        className={className}
        data-testid={scorecardTestIds.definitionButton}
        aria-label={label}
      />
    </Toggletip>
  );
});
