import { t } from '@grafana/i18n';
import React from 'react';

import { formatKpiValue } from '../../kpi/formatValue';
import { type Kpi } from '../../kpi/types';

interface Props {
  kpi: Pick<Kpi, 'window' | 'unit' | 'decimals'>;
  forecast: number | null;
  className?: string;
}

/** Where an additive calendar KPI is heading: "Forecast 4.2 K by the end of the quarter". */
export function KpiForecast({ kpi, forecast, className }: Props) {
  if (forecast === null || !Number.isFinite(forecast)) {
    return null;
  }
  const value = formatKpiValue(forecast, kpi.unit, kpi.decimals);
  return <span className={className}>{forecastText(kpi.window, value)}</span>;
}

function forecastText(window: string, value: string): string {
  const opts = { value, interpolation: { escapeValue: false } };
  switch (window) {
    case 'week':
      return t('kpi.forecast.week', 'Forecast {{value}} by the end of the week', opts);
    case 'month':
      return t('kpi.forecast.month', 'Forecast {{value}} by the end of the month', opts);
    case 'quarter':
      return t('kpi.forecast.quarter', 'Forecast {{value}} by the end of the quarter', opts);
    case 'year':
      return t('kpi.forecast.year', 'Forecast {{value}} by the end of the year', opts);
    default:
      return t('kpi.forecast.period', 'Forecast {{value}} by the end of the period', opts);
  }
}
