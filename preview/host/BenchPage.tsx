// /preview/bench: one page where scripts/browserBench.mjs mounts, in turn and in the
// same run, the app's scorecard panel (on the catalog in the plugin settings) and N
// @grafana/ui BigValues (what Grafana's stat panel draws), at the same card size.
//   window.__bench.show('scorecard' | 'bigvalue' | 'none', { count, width, height })
// The page itself measures nothing: the bench script reads the clock and Chromium's
// main-thread metrics around each mount. The scorecard renders from its KPI datasource query, as on a
// dashboard, so its time holds the query's evaluation as well as the cards.
import {
  dateTime,
  FieldColorModeId,
  FieldType,
  type DisplayValue,
  type FieldSparkline,
  type TimeRange,
} from '@grafana/data';
import { config } from '@grafana/runtime';
import { BigValue, BigValueColorMode, BigValueGraphMode, BigValueTextMode } from '@grafana/ui';
import React, { useEffect, useState } from 'react';

import { legacyTarget } from '../../src/panels/scorecard/legacyTarget';
import { nestedPanel } from './panelPlugins';
import { PreviewPanelRenderer } from './PanelRenderer';
import { usePanelQueries, type PanelQueries } from './usePanelQueries';

type Kind = 'none' | 'scorecard' | 'bigvalue';
interface Show {
  kind: Kind;
  count: number;
  width: number;
  height: number;
  key: number;
}

declare global {
  interface Window {
    __bench?: { show(kind: Kind, opts?: Partial<Omit<Show, 'kind' | 'key'>>): void };
  }
}

// The scorecard card's size in cards layout (src/panels/scorecard/pageSize.ts): the BigValues get the same.
const CARD = { width: 292, height: 200, gap: 8 };

function sparkline(i: number): FieldSparkline {
  const n = 60;
  const now = Date.now();
  const times = Array.from({ length: n }, (_, k) => now - (n - k) * 60_000);
  const values = times.map((_, k) => 50 + 20 * Math.sin((k + i) / 6) + (i % 7));
  return {
    x: { name: 'Time', type: FieldType.time, values: times, config: {} },
    y: {
      name: 'Value',
      type: FieldType.number,
      values,
      config: { color: { mode: FieldColorModeId.Fixed, fixedColor: 'green' } },
      state: { range: { min: 20, max: 90, delta: 70 } },
    },
  };
}

function BigValues({ count, width }: { count: number; width: number }) {
  const theme = config.theme2;
  const colors = ['green', 'orange', 'red'];
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: CARD.gap, width }}>
      {Array.from({ length: count }, (_, i) => {
        const value: DisplayValue = {
          numeric: 90 + (i % 10),
          text: (90 + (i % 10)).toFixed(1),
          suffix: '%',
          title: `KPI ${i + 1}`,
          color: theme.visualization.getColorByName(colors[i % 3]),
        };
        return (
          <div key={i} data-testid="bench-bigvalue">
            <BigValue
              theme={theme}
              width={CARD.width}
              height={CARD.height}
              value={value}
              sparkline={sparkline(i)}
              colorMode={BigValueColorMode.Value}
              graphMode={BigValueGraphMode.Area}
              textMode={BigValueTextMode.ValueAndName}
            />
          </div>
        );
      })}
    </div>
  );
}

const OPTIONS = { selectBy: 'selector', layout: 'cards', sort: 'catalog' } as const;
// Every KPI of the catalog in the settings: the query the panel's options select, as the bundled dashboards carry it.
const QUERIES: PanelQueries = { targets: [{ ...legacyTarget(OPTIONS) }] };
const NO_VARS = {};

function Scorecard({ pluginId, width, height }: { pluginId: string; width: number; height: number }) {
  const [timeRange] = useState(range);
  const data = usePanelQueries(QUERIES, timeRange, NO_VARS);
  return <PreviewPanelRenderer pluginId={pluginId} width={width} height={height} data={data} options={OPTIONS} />;
}

function range(): TimeRange {
  const to = dateTime();
  const from = dateTime(to.valueOf() - 24 * 3600_000);
  return { from, to, raw: { from: 'now-24h', to: 'now' } };
}

export function BenchPage() {
  const [show, setShow] = useState<Show>({ kind: 'none', count: 200, width: 1200, height: 800, key: 0 });
  useEffect(() => {
    window.__bench = {
      show: (kind, opts = {}) => setShow((s) => ({ ...s, ...opts, kind, key: s.key + 1 })),
    };
    return () => {
      delete window.__bench;
    };
  }, []);
  const scorecard = nestedPanel('scorecard');
  return (
    <div style={{ padding: 16 }} data-testid="preview-bench" data-kind={show.kind}>
      {show.kind === 'bigvalue' && <BigValues key={show.key} count={show.count} width={show.width} />}
      {show.kind === 'scorecard' && scorecard && (
        <Scorecard key={show.key} pluginId={scorecard.id} width={show.width} height={show.height} />
      )}
    </div>
  );
}
