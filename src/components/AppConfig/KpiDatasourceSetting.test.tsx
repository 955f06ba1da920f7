import { fireEvent, render, screen } from '@testing-library/react';
import React from 'react';
import { of, throwError } from 'rxjs';

import { KpiDatasourceSetting } from './KpiDatasourceSetting';

const fetch = jest.fn();
jest.mock('@grafana/runtime', () => ({ ...jest.requireActual('@grafana/runtime'), getBackendSrv: () => ({ fetch }) }));

beforeEach(() => fetch.mockReset());

describe('KpiDatasourceSetting', () => {
  it('says the datasource is set up when Grafana has it', async () => {
    fetch.mockReturnValue(of({ status: 200, data: {} }));
    render(<KpiDatasourceSetting admin />);
    expect(
      await screen.findByText('The datasource "KPI Scorecards" (uid kpi-scorecards) is set up.')
    ).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledWith(expect.objectContaining({ url: '/api/datasources/uid/kpi-scorecards' }));
  });

  it('lets an admin create it through Grafana’s datasource API when it is missing', async () => {
    fetch.mockImplementation(({ method }) =>
      method === 'GET' ? throwError(() => ({ status: 404 })) : of({ status: 200, data: {} })
    );
    render(<KpiDatasourceSetting admin />);
    fireEvent.click(await screen.findByRole('button', { name: 'Create the KPI datasource' }));
    expect(await screen.findByText(/is set up/)).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledWith(
      expect.objectContaining({
        url: '/api/datasources',
        method: 'POST',
        data: expect.objectContaining({ type: 'kpi-scorecards-datasource', uid: 'kpi-scorecards' }),
      })
    );
  });

  it('offers a viewer no button, and shows Grafana’s message when the check fails', async () => {
    fetch.mockReturnValue(throwError(() => ({ status: 404 })));
    const { unmount } = render(<KpiDatasourceSetting admin={false} />);
    expect(await screen.findByText('The KPI datasource is not set up')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    unmount();
    fetch.mockReturnValue(throwError(() => ({ status: 500, data: { message: 'database is locked' } })));
    render(<KpiDatasourceSetting admin />);
    expect(await screen.findByText('database is locked')).toBeInTheDocument();
  });
});
