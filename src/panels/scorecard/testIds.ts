/** data-testid strings of the scorecard panel, shared by its code, its tests and browser checks. */
export const scorecardTestIds = {
  panel: 'data-testid kpi-scorecard panel',
  card: 'data-testid kpi-scorecard card',
  row: 'data-testid kpi-scorecard row',
  link: 'data-testid kpi-scorecard link',
  /** The name of an entry without a page of its own, where the others have their link. */
  name: 'data-testid kpi-scorecard name',
  value: 'data-testid kpi-scorecard value',
  definitionButton: 'data-testid kpi-scorecard definition-button',
  error: 'data-testid kpi-scorecard error',
  stale: 'data-testid kpi-scorecard stale',
  forecast: 'data-testid kpi-scorecard forecast',
  budget: 'data-testid kpi-scorecard budget',
  owner: 'data-testid kpi-scorecard owner',
  loading: 'data-testid kpi-scorecard loading',
  emptySelection: 'data-testid kpi-scorecard empty-selection',
  notConfigured: 'data-testid kpi-scorecard not-configured',
  catalogError: 'data-testid kpi-scorecard catalog-error',
  noKpiQuery: 'data-testid kpi-scorecard no-kpi-query',
  legacySelection: 'data-testid kpi-scorecard legacy-selection',
};
