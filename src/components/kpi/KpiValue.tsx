import React from 'react';

import { formatKpiValue } from '../../kpi/formatValue';
import { fixedText } from './fixedText';

interface Props {
  value: number | null;
  unit?: string;
  decimals?: number;
  className?: string;
  /** A data-testid for the value, so checks can read the number as shown. */
  testId?: string;
}

/** A KPI's value in its unit; a missing value says so instead of showing 0. */
export const KpiValue = React.memo(function KpiValue({ value, unit, decimals, className, testId }: Props) {
  if (value === null || !Number.isFinite(value)) {
    return (
      <span className={className} data-testid={testId}>
        {fixedText('kpi.value.none', 'No value')}
      </span>
    );
  }
  return (
    <span className={className} data-testid={testId}>
      {formatKpiValue(value, unit, decimals)}
    </span>
  );
});
