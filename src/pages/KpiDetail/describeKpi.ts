import { reducerWords, unitWords, windowWords } from '../../components/kpi/kpiWords';
import { formatThreshold } from '../../kpi/formatValue';
import { effectiveAtRisk } from '../../kpi/kpiStatus';
import { sloStatusTarget } from '../../kpi/sloBudget';
import { type Kpi, type Target } from '../../kpi/types';
import { tText } from '../../utils/i18n';

/** How the KPI is computed, in one sentence a person reads: "The average of the query over the last 30 days." */
export function describeComputation(kpi: Kpi): string {
  const what = reducerWords(kpi.reduce);
  const window = windowWords(kpi.window);
  const unit = unitWords(kpi.unit);
  const sentence = unit
    ? tText('kpi.describe.computation-unit', '{{what}} of the query over {{window}}, in {{unit}}.', {
        what,
        window,
        unit,
      })
    : tText('kpi.describe.computation', '{{what}} of the query over {{window}}.', { what, window });
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

export function describeWindow(window: string): string {
  return windowWords(window);
}

/** What counts as on track, at risk and off track for this KPI. */
export function describeTarget(kpi: Kpi): string {
  const f = (v: number | null | undefined) =>
    typeof v === 'number' && Number.isFinite(v) ? formatThreshold(v, kpi.unit, kpi.decimals) : '–';
  const sloEdges = sloStatusTarget(kpi);
  if (sloEdges) {
    return describeSloTarget(sloEdges, kpi.unit);
  }
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

/**
 * An SLO is judged by its error budget: on track while a quarter of it is left (99.925% for a 99.9% SLO), at risk
 * until it is spent (the objective), off track below. Shown in the KPI's unit, with the decimals the numbers need.
 */
function describeSloTarget({ value: onTrack = NaN, atRisk: spent = NaN }: Target, unit: string | undefined): string {
  const decimalsOf = (v: number) => (String(v).split('.')[1] ?? '').length;
  const show = (v: number) => formatThreshold(v, unit, Math.max(decimalsOf(onTrack), decimalsOf(spent)));
  return tText(
    'kpi.describe.slo',
    'An SLO: on track at {{onTrack}} or more (a quarter of its error budget left), at risk from {{spent}}, off track below (the budget spent).',
    { onTrack: show(onTrack), spent: show(spent) }
  );
}
