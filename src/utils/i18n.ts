import { t } from '@grafana/i18n';

/**
 * t() for text with user values in it (KPI names, teams, ids). React escapes what it renders, so i18next's
 * own HTML escaping would only show "R&amp;D" for "R&D"; it is turned off here and only here.
 */
export function tText(id: string, defaultMessage: string, values: Record<string, unknown>): string {
  return t(id, defaultMessage, { ...values, interpolation: { escapeValue: false } });
}
