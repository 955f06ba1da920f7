/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import React from 'react';

import { fakeSettingsBackend } from '../../catalog/testing/fakeSettingsBackend';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { testIds } from '../../testIds';
import { BudgetSetting } from './BudgetSetting';

let mockBackend = fakeSettingsBackend({});
jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getBackendSrv: () => mockBackend.backendSrv,
}));

describe('BudgetSetting', () => {
  it('saves a raised budget onto the stored settings, keeping the catalog stored now', async () => {
    const catalog = { apiVersion: 'kpi-scorecards/v1', kind: 'KpiCatalog', kpis: [makeKpi()] };
    mockBackend = fakeSettingsBackend({ catalog, catalogVersion: 9 });
    render(<BudgetSetting jsonData={{}} />);
    expect(screen.getByTestId(testIds.appConfig.budget)).toHaveValue('64');
    fireEvent.change(screen.getByTestId(testIds.appConfig.budget), { target: { value: '1024' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save budget' }));
    await waitFor(() => expect(mockBackend.posts).toHaveLength(1));
    expect(mockBackend.store.settings.jsonData).toEqual({ catalog, catalogVersion: 9, catalogBudgetKiB: 1024 });
  });

  it('says what is wrong with a budget that is not a positive number, and offers no save', () => {
    render(<BudgetSetting jsonData={{ catalogBudgetKiB: 512 }} />);
    fireEvent.change(screen.getByTestId(testIds.appConfig.budget), { target: { value: 'lots' } });
    expect(screen.getByText('not a positive number of KiB: "lots"')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save budget' })).toBeDisabled();
  });
});
