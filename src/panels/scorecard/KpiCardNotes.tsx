import { t } from '@grafana/i18n';
import React from 'react';

import { fixedText } from '../../components/kpi/fixedText';
import { UpdatedAgo } from '../../components/kpi/UpdatedAgo';
import { type ShownKpi } from '../../kpi/catalogEntries';
import { type KpiEvaluation } from '../../kpi/types';
import { CardSecondary } from './CardSecondary';
import { type CardStyles } from './kpiCardStyles';
import { type CardOptions } from './scorecardOptions';
import { scorecardTestIds } from './testIds';

interface Props {
  kpi: ShownKpi;
  evaluation: KpiEvaluation;
  now: number;
  options: CardOptions;
  styles: CardStyles;
}

/** The card's closing lines: why the answer is stale, empty or failed, and the owner. */
export function KpiCardNotes({ kpi, evaluation, now, options, styles }: Props) {
  const { status } = evaluation;
  return (
    <>
      {status === 'stale' && evaluation.newestSampleAt && (
        <CardSecondary testId={scorecardTestIds.stale}>
          <UpdatedAgo at={evaluation.newestSampleAt} now={now} />
        </CardSecondary>
      )}
      {status === 'no-data' && (
        <CardSecondary>
          {t('scorecard.card.no-data', 'No samples in the {{window}} window', {
            window: kpi.window,
            interpolation: { escapeValue: false },
          })}
        </CardSecondary>
      )}
      {status === 'error' && evaluation.error && (
        <div className={styles.error} title={evaluation.error} data-testid={scorecardTestIds.error}>
          {evaluation.error}
        </div>
      )}
      {options.showOwner && !options.compact && (
        <CardSecondary testId={scorecardTestIds.owner}>
          {fixedText('scorecard.card.owner', 'Owner')}: {kpi.owner}
        </CardSecondary>
      )}
    </>
  );
}
