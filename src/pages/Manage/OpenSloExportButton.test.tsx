/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { fireEvent, render, screen } from '@testing-library/react';
import React from 'react';

import { main } from '../../cli/kpi';
import { validateCatalog } from '../../kpi/validateCatalog';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { testIds } from '../../testIds';
import { catalogOf } from '../shared/testing/pageTestKit';
import { OpenSloExportButton } from './OpenSloExportButton';

const mockDownloads: Array<{ text: string; fileName: string }> = [];
jest.mock('../../catalog/downloadCatalog', () => ({
  downloadYaml: (text: string, fileName: string) => mockDownloads.push({ text, fileName }),
}));

const slo = { unit: 'percent', target: {}, window: '30d' };
const draft = catalogOf([
  makeKpi(),
  makeKpi({ id: 'availability', ...slo, slo: { objective: 99.9 } }),
  makeKpi({
    id: 'requests',
    ...slo,
    slo: {
      objective: 99,
      good: { expr: 'sum(increase(ok[$__range]))' },
      total: { expr: 'sum(increase(all[$__range]))' },
    },
  }),
  makeKpi({ id: 'odd-window', ...slo, window: '90s', slo: { objective: 99 } }),
]);

it('downloads the same OpenSLO documents `kpi openslo export` prints, and names the SLO it cannot write', async () => {
  render(<OpenSloExportButton validation={validateCatalog(draft)} />);
  const button = screen.getByTestId(testIds.editor.openSloExport);
  expect(button).toHaveTextContent('Download SLO KPIs as OpenSLO (2)');
  expect(screen.getByText(/odd-window is not exported: window '90s' has no OpenSLO duration/)).toBeInTheDocument();
  fireEvent.click(button);

  const file = join(mkdtempSync(join(tmpdir(), 'kpi-openslo-')), 'catalog.json');
  writeFileSync(file, JSON.stringify(draft));
  const out: string[] = [];
  const err: string[] = [];
  expect(
    await main(
      ['openslo', 'export', file],
      (l) => out.push(l),
      (l) => err.push(l)
    )
  ).toBe(0);
  expect(err).toEqual([
    `${file}: kpis[3] (odd-window): not exported: window '90s' has no OpenSLO duration (a whole number of m, h, d or w)`,
  ]);
  expect(mockDownloads).toEqual([{ text: `${out.join('\n')}\n`, fileName: 'kpi-slos.openslo.yaml' }]);
  expect(out.join('\n')).toContain('ratioMetric:');
  expect(out.join('\n')).toContain('thresholdMetric:');
});

it('offers nothing to download for a draft without a valid SLO KPI', () => {
  render(<OpenSloExportButton validation={validateCatalog(catalogOf([makeKpi()]))} />);
  expect(screen.getByTestId(testIds.editor.openSloExport)).toHaveAttribute('aria-disabled', 'true');
});
