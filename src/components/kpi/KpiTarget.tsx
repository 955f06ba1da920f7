import React from 'react';
import { t } from '@grafana/i18n';
import { Kpi } from '../../kpi/types';
import { formatKpiValue } from './formatKpiValue';

type Props = Pick<Kpi, 'direction' | 'target' | 'unit' | 'decimals'> & { className?: string };

/** "Target ≥ 10", "Target ≤ 200 ms" or "Range 40% – 60%", in the KPI's unit. */
export function KpiTarget({ direction, target, unit, decimals, className }: Props) {
  return <span className={className}>{targetText({ direction, target, unit, decimals })}</span>;
}

export function targetText({ direction, target, unit, decimals }: Props): string {
  const format = (v: number | undefined) => (v === undefined ? '?' : formatKpiValue(v, unit, decimals));
  const opts = { interpolation: { escapeValue: false } };
  switch (direction) {
    case 'higher-is-better':
      return t('kpi.target.at-least', 'Target ≥ {{value}}', { value: format(target.value), ...opts });
    case 'lower-is-better':
      return t('kpi.target.at-most', 'Target ≤ {{value}}', { value: format(target.value), ...opts });
    case 'in-range':
      return t('kpi.target.range', 'Range {{min}} – {{max}}', {
        min: format(target.min),
        max: format(target.max),
        ...opts,
      });
  }
}
