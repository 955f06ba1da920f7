/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { render, screen } from '@testing-library/react';
import React from 'react';

import { asUser, catalogOf } from '../../pages/shared/testing/pageTestKit';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { testIds } from '../../testIds';
import AppConfig, { type AppConfigProps } from './AppConfig';

const props = (jsonData: object) =>
  ({ plugin: { meta: { id: 'kpi-scorecards-app', jsonData } } }) as unknown as AppConfigProps;

describe('AppConfig', () => {
  it('shows the catalog at a glance and, to an admin, where to edit, import and export it', () => {
    asUser('Admin');
    render(
      <AppConfig
        {...props({
          catalog: catalogOf([makeKpi(), makeKpi({ id: 'x', owner: '' })]),
          catalogVersion: 3,
          provisioned: true,
        })}
      />
    );
    expect(screen.getByTestId(testIds.appConfig.catalogStatus)).toHaveTextContent(
      '2 KPIs, 0 objectives, 0 scorecards; 1 errors'
    );
    expect(screen.getByTestId(testIds.appConfig.catalogStatus)).toHaveTextContent('version 3');
    expect(screen.getByText('This catalog is provisioned')).toBeInTheDocument();
    expect(screen.getByTestId(testIds.appConfig.manageLink)).toHaveAttribute('href', '/a/kpi-scorecards-app/manage');
    expect(screen.getByRole('button', { name: 'Export as YAML' })).toBeInTheDocument();
  });

  it('names the preset dashboards the app brings and where to import them', () => {
    asUser('Admin');
    const includes = [
      { type: 'page', name: 'Catalog', path: '/a/kpi-scorecards-app/catalog' },
      { type: 'dashboard', name: 'Executive scorecard', path: 'dashboards/executive.json' },
      { type: 'dashboard', name: 'On-call KPIs', path: 'dashboards/oncall.json' },
    ];
    render(
      <AppConfig
        {...({ plugin: { meta: { id: 'kpi-scorecards-app', jsonData: {}, includes } } } as unknown as AppConfigProps)}
      />
    );
    const presets = screen.getByTestId(testIds.appConfig.presets);
    expect(presets).toHaveTextContent('Import them from the Dashboards tab of this page');
    expect(Array.from(presets.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      'Executive scorecard',
      'On-call KPIs',
    ]);
  });

  it('gives a viewer the status but no edit control', () => {
    asUser('Viewer');
    render(<AppConfig {...props({})} />);
    expect(screen.getByTestId(testIds.appConfig.catalogStatus)).toHaveTextContent('No catalog yet');
    expect(screen.queryByTestId(testIds.appConfig.manageLink)).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
