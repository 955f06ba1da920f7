/** data-testid strings, shared by the code and its tests (jest and Playwright). */
export const testIds = {
  appConfig: {
    budget: 'data-testid app-config-budget',
    container: 'data-testid ac-container',
    catalogStatus: 'data-testid ac-catalog-status',
    manageLink: 'data-testid ac-manage-link',
    presets: 'data-testid ac-presets',
    kpiDatasource: 'data-testid ac-kpi-datasource',
  },
  catalog: {
    container: 'data-testid catalog-container',
    search: 'data-testid catalog-search',
    groupBy: 'data-testid catalog-group-by',
    row: (id: string) => `data-testid catalog-row ${id}`,
    kpiError: 'data-testid catalog-kpi-error',
    lintWarnings: 'data-testid catalog-lint-warnings',
    empty: 'data-testid catalog-empty',
    manageLink: 'data-testid catalog-manage-link',
  },
  kpiDetail: {
    container: 'data-testid kpi-detail-container',
    definition: 'data-testid kpi-detail-definition',
    value: 'data-testid kpi-detail-value',
    errorBudget: 'data-testid kpi-detail-error-budget',
    relations: 'data-testid kpi-detail-relations',
    links: 'data-testid kpi-detail-links',
    history: 'data-testid kpi-detail-history',
    debug: 'data-testid kpi-detail-debug',
    exploreLink: 'data-testid kpi-detail-explore',
    editLink: 'data-testid kpi-detail-edit',
  },
  alerting: {
    /** A card's, a catalog row's or a KPI page's "alert firing" link. */
    firing: 'data-testid kpi-alert-firing',
    /** The KPI page's list of its firing rules. */
    rules: 'data-testid kpi-alert-rules',
  },
  objectives: {
    container: 'data-testid objectives-container',
    objective: (id: string) => `data-testid objective ${id}`,
  },
  reports: {
    container: 'data-testid reports-container',
    kind: 'data-testid reports-kind',
    period: 'data-testid reports-period',
    scope: 'data-testid reports-scope',
    download: 'data-testid reports-download',
    print: 'data-testid reports-print',
    problem: 'data-testid reports-problem',
    /** An objective's group, or (null) the KPIs without one. */
    group: (objective: string | null) =>
      objective === null ? 'data-testid reports-no-objective' : `data-testid reports-group ${objective}`,
    row: (id: string) => `data-testid reports-row ${id}`,
  },
  scorecards: {
    container: 'data-testid scorecards-container',
    listItem: (id: string) => `data-testid scorecard-list-item ${id}`,
  },
  editor: {
    container: 'data-testid editor-container',
    provisioned: 'data-testid editor-provisioned',
    conflict: 'data-testid editor-conflict',
    lost: 'data-testid editor-lost',
    merged: 'data-testid editor-merged',
    size: 'data-testid editor-size',
    save: 'data-testid editor-save',
    yaml: 'data-testid editor-yaml',
    importText: 'data-testid editor-import-text',
    importPreview: 'data-testid editor-import-preview',
    openSloExport: 'data-testid editor-openslo-export',
    fieldError: 'data-testid editor-field-error',
    historyError: 'data-testid editor-history-error',
    /** The KPI form's preview: its button, result row, status, value, the query's error, what blocks it, its note. */
    previewButton: 'data-testid editor-preview-button',
    preview: 'data-testid editor-preview',
    previewStatus: 'data-testid editor-preview-status',
    previewValue: 'data-testid editor-preview-value',
    previewError: 'data-testid editor-preview-error',
    previewProblems: 'data-testid editor-preview-problems',
    previewNote: 'data-testid editor-preview-note',
    alertingRules: 'data-testid editor-alerting-rules',
    ruleSync: 'data-testid editor-rule-sync',
    /** A sync plan's lines (each with data-kind: create, update, unchanged, left-alone, stale). */
    rulePlan: 'data-testid editor-rule-plan',
    /** After a save: the offer to update the rules of the KPIs it changed. */
    ruleFollowUp: 'data-testid editor-rule-follow-up',
  },
};
