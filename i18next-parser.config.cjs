// The app's en-US strings, extracted from the code's t() calls (and the tText/fixedText wrappers around it)
// into src/locales/en-US/kpi-scorecards-app.json: the file translators start from. `npm run i18n:extract`
// writes it; the test command fails when the code and the file disagree.
const pluginJson = require('./src/plugin.json');

const functions = ['t', 'tText', 'fixedText'];

module.exports = {
  locales: pluginJson.languages,
  defaultNamespace: pluginJson.id,
  input: [
    'src/**/*.{ts,tsx}',
    '!src/**/*.test.{ts,tsx}',
    '!src/**/testing/**',
    '!src/bench/**',
    '!src/cli/**',
    // The wrappers themselves: they pass their callers' keys on.
    '!src/utils/i18n.ts',
    '!src/components/kpi/fixedText.ts',
  ],
  output: 'src/locales/$LOCALE/$NAMESPACE.json',
  lexers: {
    ts: [{ lexer: 'JavascriptLexer', functions }],
    tsx: [{ lexer: 'JsxLexer', functions }],
  },
  sort: true,
  createOldCatalogs: false,
  failOnWarnings: true,
  verbose: false,
  resetDefaultValueLocale: 'en-US',
};
