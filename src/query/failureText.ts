import { t } from '@grafana/i18n';

/**
 * What a failure that came without words of its own reads as on screen (errorMessage's fallback), in the
 * user's language. The command line does not use these: its texts stay English.
 */
export const failureText = {
  request: () => t('errors.request-failed', 'the request failed'),
  query: () => t('errors.query-failed', 'the query failed'),
  evaluation: () => t('errors.evaluation-failed', 'the evaluation failed'),
};
