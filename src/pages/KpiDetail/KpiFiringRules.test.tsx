import { render, screen } from '@testing-library/react';
import React from 'react';
import { MemoryRouter } from 'react-router-dom';
import { of, throwError } from 'rxjs';

import { KpiFiringRules } from './KpiFiringRules';

const fetch = jest.fn();
jest.mock('@grafana/runtime', () => ({ ...jest.requireActual('@grafana/runtime'), getBackendSrv: () => ({ fetch }) }));

const firing = (uid: string, name: string, severity: string) => ({
  state: 'firing',
  name,
  uid,
  labels: { kpi: 'checkout', team: 'sre', severity },
  health: 'ok',
  type: 'alerting',
});

const renderRules = () =>
  render(
    <MemoryRouter>
      <KpiFiringRules kpiId="checkout" />
    </MemoryRouter>
  );

describe('KPI page: its rules firing in Grafana', () => {
  it('lists each firing rule, loudest first, linking to it', async () => {
    const groups = [
      {
        name: 'KPI sre',
        file: 'KPI Scorecards',
        rules: [
          firing('kpi-checkout-off-track', 'Off track: Checkout', 'ticket'),
          firing('kpi-checkout-burn-page', 'Error budget burn (page): Checkout', 'page'),
        ],
      },
    ];
    fetch.mockReturnValue(of({ data: { status: 'success', data: { groups } } }));
    renderRules();
    expect(await screen.findByText('Alert firing in Grafana')).toBeInTheDocument();
    expect(screen.getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Error budget burn (page): Checkout (page)', '/alerting/grafana/kpi-checkout-burn-page/view'],
      ['Off track: Checkout (ticket)', '/alerting/grafana/kpi-checkout-off-track/view'],
    ]);
  });

  it('says when the alert states cannot be read', async () => {
    fetch.mockReturnValue(throwError(() => ({ status: 403, data: { message: 'Permission denied' } })));
    renderRules();
    expect(
      await screen.findByText("Grafana's alert states could not be read: 403: Permission denied")
    ).toBeInTheDocument();
  });
});
