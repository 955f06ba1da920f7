import React from 'react';
import { t } from '@grafana/i18n';
import { formatKpiValue } from './formatKpiValue';

interface Props {
  value: number | null;
  unit?: string;
  decimals?: number;
  className?: string;
}

/** A KPI's value in its unit; a missing value says so instead of showing 0. */
export function KpiValue({ value, unit, decimals, className }: Props) {
  if (value === null || !Number.isFinite(value)) {
    return <span className={className}>{t('kpi.value.none', 'No value')}</span>;
  }
  return <span className={className}>{formatKpiValue(value, unit, decimals)}</span>;
}
