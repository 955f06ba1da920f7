// The command line's texts stay English: it must not reach the app's translated texts (and @grafana/i18n's t()
// with them) through what it shares of src/query.
jest.mock('../query/failureText', () => {
  throw new Error('src/cli imports src/query/failureText');
});

describe('the command line', () => {
  it("does not import the app's translated failure texts", async () => {
    await expect(import('./kpi')).resolves.toHaveProperty('main');
  });
});
