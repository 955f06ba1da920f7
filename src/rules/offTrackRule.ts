import { durationMs, isCalendarWindow, percentFactor } from '../kpi/grafanaKnowledge';
import { asWritten, effectiveAtRisk, rangeAtRiskEdges } from '../kpi/kpiStatus';
import { type Kpi } from '../kpi/types';
import { datasourceQuery, reduceExpression, thresholdExpression, type ThresholdType } from './alertQueries';
import { type KpiRule, type SkippedKpi } from './kpiRule';
import { inUnit, ruleAnnotations, ruleLabels, valueTemplate } from './ruleAnnotations';
import { ruleUid } from './ruleUid';
import { serverReducer } from './serverReducer';
import { templateLiteral } from './templateText';

interface OffTrackEdge {
  type: ThresholdType;
  params: number[];
  /** Where off-track starts, in words: "below 40 deploys". */
  words: string;
}

/**
 * The rule that fires while the KPI is off-track, built as Grafana's rule editor builds one: A, the KPI's query
 * over its window; B, A reduced by the KPI's reducer; C, a threshold on B at the edge past which the app calls
 * the KPI off-track (the at-risk boundary, the in-range band's outer edges, an SLO's objective).
 */
export function offTrackRule(kpi: Kpi, title: string): KpiRule | SkippedKpi {
  if (isCalendarWindow(kpi.window)) {
    return {
      kpiId: kpi.id,
      reason: `its window '${kpi.window}' is a calendar period: a Grafana rule reads a fixed span back from now`,
    };
  }
  const reducer = serverReducer(kpi.reduce);
  if (!reducer) {
    return {
      kpiId: kpi.id,
      reason: `its reducer '${kpi.reduce}' is not one of Grafana's reduce expression (last, lastNotNull, mean, sum, min, max, count)`,
    };
  }
  const seconds = durationMs(kpi.window)! / 1000;
  const edge = offTrackEdge(kpi);
  return {
    kpiId: kpi.id,
    team: kpi.team,
    kind: 'off-track',
    uid: ruleUid(kpi.id, 'off-track'),
    title,
    condition: 'C',
    data: [
      datasourceQuery('A', kpi.query, seconds),
      reduceExpression('B', 'A', reducer),
      thresholdExpression('C', 'B', edge.type, edge.params),
    ],
    noDataState: 'NoData',
    execErrState: 'Error',
    for: '0s',
    labels: ruleLabels(kpi, 'ticket'),
    annotations: ruleAnnotations(
      kpi,
      `${templateLiteral(kpi.name)} is off track`,
      `${valueTemplate(kpi, 'B')} over the last ${kpi.window}; off track ${templateLiteral(edge.words)}.`
    ),
    isPaused: false,
  };
}

function offTrackEdge(kpi: Kpi): OffTrackEdge {
  const { target } = kpi;
  if (kpi.slo) {
    // The value is the SLI in the KPI's unit; the objective is in percent.
    const objective = asWritten(kpi.slo.objective / (percentFactor(kpi.unit) ?? 1));
    return { type: 'lt', params: [objective], words: `below the objective of ${inUnit(kpi, objective)}` };
  }
  if (kpi.direction === 'in-range') {
    const { low, high } = rangeAtRiskEdges(target.min!, target.max!);
    return {
      type: 'outside_range',
      params: [low, high],
      words: `outside ${inUnit(kpi, low)} to ${inUnit(kpi, high)} (target ${inUnit(kpi, target.min!)} to ${inUnit(kpi, target.max!)})`,
    };
  }
  const atRisk = effectiveAtRisk(kpi.direction, target)!;
  const below = kpi.direction === 'higher-is-better';
  return {
    type: below ? 'lt' : 'gt',
    params: [atRisk],
    words: `${below ? 'below' : 'above'} ${inUnit(kpi, atRisk)} (target ${inUnit(kpi, target.value!)})`,
  };
}
