import { act, renderHook, waitFor } from '@testing-library/react';

import { HOUR, kpi, NOW } from './testing/catalogFixture';
import { fakeDatasource } from './testing/fakeGrafana';
import { useKpiResults } from './useKpiResults';

const mockDs: { current?: unknown } = {};
jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getDataSourceSrv: () => ({ get: () => Promise.resolve(mockDs.current) }),
}));

const deploys = [kpi({ id: 'deploys' })];

describe('useKpiResults', () => {
  it('starts loading, then evaluates each KPI as of `now`', async () => {
    const ds = fakeDatasource({ deploys: { kind: 'series', value: () => 12 } });
    mockDs.current = ds;
    const { result } = renderHook(() => useKpiResults(deploys, { now: NOW, timeZone: 'utc' }));
    expect(result.current[0].loading).toBe(true);
    await waitFor(() => expect(result.current[0].evaluation?.status).toBe('on-track'));
    expect(result.current[0].evaluation?.value).toBe(12);
    const current = ds.query.mock.calls.map(([r]) => r.range.to.valueOf());
    expect(current).toContain(NOW);
  });

  it('cancels in-flight requests on unmount', async () => {
    const ds = fakeDatasource({ deploys: { kind: 'pending' } });
    mockDs.current = ds;
    const { unmount } = renderHook(() => useKpiResults(deploys, { now: NOW, timeZone: 'utc' }));
    await waitFor(() => expect(ds.open()).toBe(3));
    unmount();
    expect(ds.open()).toBe(0);
  });

  it('cancels and asks again when the range end changes, keeping the last answer on screen meanwhile', async () => {
    const ds = fakeDatasource({ deploys: { kind: 'series', value: () => 12 } });
    mockDs.current = ds;
    const { result, rerender } = renderHook(({ now }) => useKpiResults(deploys, { now, timeZone: 'utc' }), {
      initialProps: { now: NOW },
    });
    await waitFor(() => expect(result.current[0].evaluation).toBeDefined());
    const pending = fakeDatasource({ deploys: { kind: 'pending' } });
    mockDs.current = pending;
    act(() => rerender({ now: NOW + HOUR }));
    await waitFor(() => expect(pending.open()).toBe(3));
    expect(result.current[0]).toMatchObject({ loading: true, evaluation: { value: 12 } });
    expect(pending.query.mock.calls.map(([r]) => r.range.to.valueOf())).toContain(NOW + HOUR);
  });

  it('cancels the old range’s requests when the range changes before they answer', async () => {
    const old = fakeDatasource({ deploys: { kind: 'pending' } });
    mockDs.current = old;
    const { rerender } = renderHook(({ now }) => useKpiResults(deploys, { now, timeZone: 'utc' }), {
      initialProps: { now: NOW },
    });
    await waitFor(() => expect(old.open()).toBe(3));
    mockDs.current = fakeDatasource({ deploys: { kind: 'pending' } });
    act(() => rerender({ now: NOW + HOUR }));
    expect(old.open()).toBe(0);
  });
});
