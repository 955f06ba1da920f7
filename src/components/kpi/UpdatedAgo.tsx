import { dateTime } from '@grafana/data';
import { t } from '@grafana/i18n';
import React from 'react';

interface Props {
  /** ISO time of the newest sample. */
  at: string;
  /** The evaluation's now: "ago" counts from the time the scorecard looks at, not from the wall clock. */
  now: number;
  className?: string;
}

/** "updated 3 hours ago", for a stale KPI: says how old the value on screen is. */
export function UpdatedAgo({ at, now, className }: Props) {
  const ago = dateTime(at).from(dateTime(now));
  return (
    <span className={className} title={at}>
      {t('kpi.updated-ago', 'updated {{ago}}', { ago, interpolation: { escapeValue: false } })}
    </span>
  );
}
