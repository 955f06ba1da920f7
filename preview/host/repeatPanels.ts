// A dashboard's panels in reading order, with Grafana's panel repeats: a panel with `repeat: <variable>` is
// drawn once per value of that variable (every value when it is on All), each with the variable set to that one
// value in its scopedVars; `repeatDirection: 'h'` puts them side by side (24 / min(count, maxPerRow) wide),
// 'v' (the default) stacks them at the panel's width.
import type { PresetVariable } from './presetVariables';
import type { ScopedVars } from '@grafana/data';

interface GridPos {
  h: number;
  w: number;
  x: number;
  y: number;
}

export interface RepeatablePanel {
  type: string;
  title?: string;
  gridPos?: GridPos;
  repeat?: string;
  repeatDirection?: 'h' | 'v';
  maxPerRow?: number;
  panels?: RepeatablePanel[];
}

export interface LaidOutPanel<P extends RepeatablePanel> {
  panel: P;
  key: string;
  gridPos: GridPos;
  scopedVars: ScopedVars;
}

const DEFAULT_POS: GridPos = { h: 8, w: 24, x: 0, y: 0 };

export function repeatPanels<P extends RepeatablePanel>(
  panels: P[],
  variables: PresetVariable[],
  scopedVars: ScopedVars
): Array<LaidOutPanel<P>> {
  const flat = panels.flatMap((p) => [p, ...((p.panels ?? []) as P[])]);
  const pos = (p: P) => (p.gridPos ? p.gridPos.y * 24 + p.gridPos.x : 0);
  return flat
    .sort((a, b) => pos(a) - pos(b))
    .flatMap((panel, index) => {
      const gridPos = panel.gridPos ?? DEFAULT_POS;
      const variable = panel.repeat ? variables.find((v) => v.name === panel.repeat) : undefined;
      if (!variable) {
        return [{ panel, key: String(index), gridPos, scopedVars }];
      }
      const perRow = Math.min(variable.values.length, panel.maxPerRow ?? 4);
      const w = panel.repeatDirection === 'h' ? Math.max(1, Math.floor(24 / Math.max(1, perRow))) : gridPos.w;
      return variable.values.map((value) => {
        const text = variable.options.find((o) => o.value === value)?.text ?? value;
        return {
          panel,
          key: `${index}-${value}`,
          gridPos: { ...gridPos, w },
          scopedVars: { ...scopedVars, [variable.name]: { text, value } },
        };
      });
    });
}
