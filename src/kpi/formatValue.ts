import { formattedValueToString, getValueFormat, type FormattedValue } from '@grafana/data';

import { DEFAULT_UNIT } from './grafanaKnowledge';

/** A number in a Grafana unit and decimals (`suffix:req/s`, `percentunit` ...), as Grafana's own panels write it. */
export function formatValue(value: number, unit = DEFAULT_UNIT, decimals?: number): string {
  return formattedValueToString(getValueFormat(unit)(value, decimals));
}

/**
 * A KPI's value for the views. Where the KPI sets no decimals Grafana picks them and pads them with zeros
 * ("3.60 K" beside "4 K"): the padding is dropped, so numbers shown together read alike.
 */
export function formatKpiValue(value: number, unit = DEFAULT_UNIT, decimals?: number): string {
  const formatted = getValueFormat(unit)(value, decimals);
  return formattedValueToString(decimals === undefined ? withoutPadding(formatted) : formatted);
}

/**
 * A target or at-risk boundary: a number someone typed, so never padded, whatever decimals the KPI's value
 * is shown with ("≥ 99.9%" for a KPI shown as 99.961%, not "≥ 99.900%").
 */
export function formatThreshold(value: number, unit = DEFAULT_UNIT, decimals?: number): string {
  return formattedValueToString(withoutPadding(getValueFormat(unit)(value, decimals)));
}

function withoutPadding(formatted: FormattedValue): FormattedValue {
  const text = /^-?[\d,]*\.\d+$/.test(formatted.text) ? formatted.text.replace(/\.?0+$/, '') : formatted.text;
  return { ...formatted, text };
}

/**
 * An attainment as a percentage: whole percents, unless they would round a miss or an overshoot to 100% (an SLO
 * at 99.919% of its 99.95% is 99.97%, not "100%" beside "Off track").
 */
export function formatAttainment(attainment: number): string {
  for (let decimals = 0; decimals < 4; decimals++) {
    const text = formatValue(attainment, 'percentunit', decimals);
    if (attainment === 1 || text !== formatValue(1, 'percentunit', decimals)) {
      return text;
    }
  }
  return formatValue(attainment, 'percentunit', 4);
}
