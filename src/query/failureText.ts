import { t } from '@grafana/i18n';

/**
 * What a failure reads as on screen when it came without words of its own (errorMessage's fallback) or when
 * the app words it (a timeout, a refId left unanswered), in the user's language. The command line does not
 * import these (nor @grafana/i18n): its texts stay English.
 */
export const failureText = {
  request: () => t('errors.request-failed', 'the request failed'),
  query: () => t('errors.query-failed', 'the query failed'),
  evaluation: () => t('errors.evaluation-failed', 'the evaluation failed'),
  timeout: (seconds: number) => t('errors.timed-out', 'timed out after {{seconds}} s', { seconds }),
  nothingReturned: () => t('errors.nothing-returned', 'the datasource returned nothing for this query'),
  noAnswer: () => t('errors.no-answer', 'no answer for this KPI'),
  notFrames: () => t('errors.not-frames', 'the datasource answered without a list of frames'),
};
