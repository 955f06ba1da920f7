import { t } from '@grafana/i18n';

const texts = new Map<string, string>();

/**
 * t() for a text without values ("On track", "Leading"), looked up once and then reused: a 200-KPI scorecard
 * asked i18next for the same dozen words thousands of times (each call resolves the language and namespace
 * again). Grafana reloads the page when the user changes language, and the plugin's translations are in
 * before anything renders, so the first answer stays right for the page's life.
 */
export function fixedText(id: string, defaultMessage: string): string {
  let text = texts.get(id);
  if (text === undefined) {
    text = t(id, defaultMessage);
    texts.set(id, text);
  }
  return text;
}
