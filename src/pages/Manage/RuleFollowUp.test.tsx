import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import React from 'react';
import { of } from 'rxjs';

import { rulesOfKpis } from '../../alerting/rulesAfterSave';
import { type KpiCatalog } from '../../kpi/types';
import { provisionedRule } from '../../rules/provisionedRule';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { testIds } from '../../testIds';
import { asUser } from '../shared/testing/pageTestKit';
import { RuleFollowUp } from './RuleFollowUp';

/** Grafana's provisioning and folder APIs holding `stored`; every request is recorded. */
let requests: Array<{ method: string; url: string; data?: unknown }> = [];
let stored: object[] = [];
jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getBackendSrv: () => ({
    fetch: (options: { method: string; url: string; data?: unknown }) => {
      requests.push(options);
      if (options.url === '/api/folders') {
        return of({ data: [{ uid: 'kpi-folder', title: 'KPI Scorecards' }], status: 200 });
      }
      return of({ data: options.method === 'GET' ? stored : options.data, status: 200 });
    },
  }),
}));

const catalog = (target: number, description = 'Deploys'): KpiCatalog => ({
  apiVersion: 'kpi-scorecards/v1',
  kind: 'KpiCatalog',
  kpis: [makeKpi({ id: 'deploys', description, target: { value: target, atRisk: target - 10 } })],
});
const before = catalog(50);
const madeFrom = (c: KpiCatalog) =>
  rulesOfKpis(c, new Set(['deploys'])).map((rule) => ({ ...provisionedRule(rule, 'kpi-folder'), provenance: 'api' }));

describe('RuleFollowUp', () => {
  beforeEach(() => {
    requests = [];
    stored = madeFrom(before);
    asUser('Admin');
  });

  it('after a save that moved a target, offers the update of its rule and writes it when asked', async () => {
    const after = catalog(60);
    render(<RuleFollowUp before={before} after={after} />);
    const offer = await screen.findByTestId(testIds.editor.ruleFollowUp);
    expect(offer).toHaveTextContent('Changes data, annotations: Off track:');
    fireEvent.click(screen.getByRole('button', { name: 'Update 1 rules in Grafana' }));
    expect(await screen.findByText('1 rules written to Grafana')).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.url).toBe('/api/v1/provisioning/alert-rules/kpi-deploys-off-track');
    expect(put?.data).toEqual(provisionedRule(rulesOfKpis(after, new Set(['deploys']))[0], 'kpi-folder'));
    expect(requests.filter((r) => r.method === 'POST' || r.method === 'DELETE')).toEqual([]);
  });

  it('says how to change a rule a provisioning file owns, and offers no write for it', async () => {
    stored = madeFrom(before).map((rule) => ({ ...rule, provenance: 'file' }));
    render(<RuleFollowUp before={before} after={catalog(60)} />);
    const offer = await screen.findByTestId(testIds.editor.ruleFollowUp);
    expect(offer).toHaveTextContent('Left alone, its provisioning file owns it: Off track:');
    expect(offer).toHaveTextContent('make the file again (kpi rules grafana');
    expect(screen.queryByRole('button', { name: /Update/ })).toBeNull();
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('asks Grafana nothing when the save changed nothing a rule carries', async () => {
    const { container } = render(<RuleFollowUp before={before} after={catalog(50, 'Counted per deploy job')} />);
    await waitFor(() => expect(requests).toEqual([]));
    expect(container).toBeEmptyDOMElement();
  });

  it('offers nothing once Grafana already holds the saved rules', async () => {
    const after = catalog(60);
    stored = madeFrom(after);
    const { container } = render(<RuleFollowUp before={before} after={after} />);
    await waitFor(() => expect(requests.map((r) => r.url)).toContain('/api/v1/provisioning/alert-rules'));
    expect(container).toBeEmptyDOMElement();
  });

  it.each(['Viewer', 'Editor'] as const)('never offers it to a user who may not write rules (%s)', async (role) => {
    asUser(role);
    const { container } = render(<RuleFollowUp before={before} after={catalog(60)} />);
    await waitFor(() => expect(requests).toEqual([]));
    expect(container).toBeEmptyDOMElement();
  });
});
