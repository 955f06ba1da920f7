/**
 * A stand-in for the user's language, for tests that check a text goes through @grafana/i18n. Off, every text
 * reads as written; on, a looked-up text reads as `[its key]`, and a text that skipped the lookup stays English.
 * Use inside jest.mock's factory: jest.mock('@grafana/i18n', () => jest.requireActual(PATH).mockI18n()).
 */
export const fakeLanguage = { on: false };

export function mockI18n() {
  const actual = jest.requireActual('@grafana/i18n');
  const lookUp = actual.t;
  return { ...actual, t: (key: string, ...rest: unknown[]) => (fakeLanguage.on ? `[${key}]` : lookUp(key, ...rest)) };
}
