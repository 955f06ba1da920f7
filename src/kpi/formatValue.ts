import { formattedValueToString, getValueFormat } from '@grafana/data';
import { DEFAULT_UNIT } from './grafanaKnowledge';

/** A number in a Grafana unit and decimals (`suffix:req/s`, `percentunit` ...), as Grafana's own panels write it. */
export function formatValue(value: number, unit = DEFAULT_UNIT, decimals?: number): string {
  return formattedValueToString(getValueFormat(unit)(value, decimals));
}
