import { t } from '@grafana/i18n';
import { tText } from '../../utils/i18n';
import { DEFAULT_REDUCER } from '../../kpi/grafanaKnowledge';
import { effectiveAtRisk } from '../../kpi/kpiStatus';
import { Kpi } from '../../kpi/types';
import { formatKpiValue } from '../shared/formatKpiValue';

/** How the KPI is computed, in one sentence: reducer, window and what counts as on track. */
export function describeComputation(kpi: Kpi): string {
  const reducer = kpi.reduce ?? DEFAULT_REDUCER;
  const window = describeWindow(kpi.window);
  return tText('kpi.describe.computation', 'The {{reducer}} of the query over {{window}}, in {{unit}}.', {
    reducer,
    window,
    unit: kpi.unit ?? 'short',
  });
}

export function describeWindow(window: string): string {
  const calendar: Record<string, string> = {
    week: t('kpi.describe.week', 'the current week so far'),
    month: t('kpi.describe.month', 'the current month so far'),
    quarter: t('kpi.describe.quarter', 'the current quarter so far'),
    year: t('kpi.describe.year', 'the current year so far'),
  };
  return calendar[window] ?? tText('kpi.describe.rolling', 'the last {{window}}', { window });
}

/** What counts as on track, at risk and off track for this KPI. */
export function describeTarget(kpi: Kpi): string {
  const f = (v: number | null | undefined) => formatKpiValue(kpi, v);
  if (kpi.direction === 'in-range') {
    return tText(
      'kpi.describe.in-range',
      'On track between {{min}} and {{max}}; at risk within 10% of the range outside it.',
      {
        min: f(kpi.target.min),
        max: f(kpi.target.max),
      }
    );
  }
  const atRisk = effectiveAtRisk(kpi.direction, kpi.target);
  const values = { target: f(kpi.target.value), atRisk: f(atRisk) };
  if (kpi.direction === 'higher-is-better') {
    return atRisk === kpi.target.value
      ? tText(
          'kpi.describe.higher-no-band',
          'Higher is better: on track at {{target}} or more, off track below.',
          values
        )
      : tText(
          'kpi.describe.higher',
          'Higher is better: on track at {{target}} or more, at risk from {{atRisk}}, off track below.',
          values
        );
  }
  return atRisk === kpi.target.value
    ? tText('kpi.describe.lower-no-band', 'Lower is better: on track at {{target}} or less, off track above.', values)
    : tText(
        'kpi.describe.lower',
        'Lower is better: on track at {{target}} or less, at risk up to {{atRisk}}, off track above.',
        values
      );
}
