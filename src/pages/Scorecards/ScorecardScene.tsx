import React, { useMemo } from 'react';
import { SceneComponentProps, SceneObjectBase, SceneObjectState } from '@grafana/scenes';
import { t } from '@grafana/i18n';
import { Alert, EmptyState, LinkButton } from '@grafana/ui';
import { fieldProblemLines } from '../../catalog/fieldProblems';
import { PageLoading } from '../../components/PageLoading';
import { ROUTES, prefixRoute } from '../../constants';
import { ScorecardSort } from '../../kpi/scorecardOrder';
import { alternativesOf, matchesAlternatives } from '../../kpi/selectorAlternatives';
import { testIds } from '../../testIds';
import { tText } from '../../utils/i18n';
import { buildRows } from '../Catalog/catalogRows';
import { CatalogTable } from '../Catalog/CatalogTable';
import { KpiCatalogSource } from '../shared/KpiCatalogSource';
import { setPageTitle } from '../shared/pageTitle';
import { settledStatus } from '../shared/shownStatus';
import { ScorecardCards } from './ScorecardCards';
import { orderScorecardRows } from './orderScorecardRows';
import { findScorecard, scorecardKpis } from './scorecardKpis';

export interface ScorecardSceneState extends SceneObjectState {
  scorecardId: string;
  source: KpiCatalogSource;
}

/**
 * A scorecard reads the same here as in a dashboard panel. The catalog's scorecards have no sort of their own
 * (id, title, select, layout: docs/catalog.md), so the page orders as a panel does by default.
 */
const SCORECARD_SORT: ScorecardSort = 'worst-first';

/** One saved view at its own URL: the scorecard's selection from the catalog, in its layout, worst first. */
export class ScorecardScene extends SceneObjectBase<ScorecardSceneState> {
  static Component = ScorecardRenderer;

  constructor(state: Pick<ScorecardSceneState, 'scorecardId'> & Partial<ScorecardSceneState>) {
    super({ source: new KpiCatalogSource(), ...state });
    // Only the scorecard's KPIs are queried, not the whole catalog.
    this.state.source.setState({ pick: scorecardKpis(this.state.scorecardId) });
    this.addActivationHandler(() => {
      const source = this.state.source;
      const showTitle = () =>
        setPageTitle(this, findScorecard(source.state.loaded?.validation, this.state.scorecardId)?.title);
      this._subs.add(source.subscribeToState(showTitle));
      showTitle();
      return source.activate();
    });
  }
}

function ScorecardRenderer({ model }: SceneComponentProps<ScorecardScene>) {
  const { scorecardId, source } = model.useState();
  const { loaded, results, phase, loadError, evaluatedAt } = source.useState();
  const scorecard = useMemo(() => findScorecard(loaded?.validation, scorecardId), [loaded, scorecardId]);
  const rows = useMemo(() => {
    if (!loaded || !scorecard?.select) {
      return [];
    }
    const all = buildRows(loaded.validation, results, evaluatedAt);
    // The panel's selection rule (selectsEntry, on the fields a row has): a bad KPI it selects is shown as an error, so a broken
    // definition is seen rather than missing; good ones with their status, as the source picked them.
    const selector = alternativesOf(scorecard.select);
    return orderScorecardRows(
      all.filter((row) => matchesAlternatives(row.kpi, selector, settledStatus(row.status))),
      SCORECARD_SORT
    );
  }, [loaded, results, scorecard, evaluatedAt]);
  if (phase === 'failed') {
    return <Alert title={t('scorecards.load-failed', 'The catalog could not be loaded')}>{loadError}</Alert>;
  }
  if (!loaded) {
    return <PageLoading />;
  }
  if (!scorecard) {
    return (
      <EmptyState
        variant="not-found"
        message={tText('scorecards.not-found', 'No scorecard with id "{{id}}"', { id: scorecardId })}
      >
        <LinkButton href={prefixRoute(ROUTES.Scorecards)}>{t('scorecards.all', 'All scorecards')}</LinkButton>
      </EmptyState>
    );
  }
  if (!scorecard.select) {
    // `select: team=x` reads as no criteria: showing every KPI would pass a broken view off as the whole catalog.
    const { index } = scorecard;
    return (
      <Alert severity="error" title={t('scorecards.unreadable-title', 'This scorecard’s selection cannot be read')}>
        {fieldProblemLines(loaded.validation, 'scorecards', index, 'select').map((line) => (
          <div key={line}>{line}</div>
        ))}
        <div>{t('scorecards.unreadable-fix', 'An admin can fix it in the catalog editor.')}</div>
      </Alert>
    );
  }
  return (
    <div data-testid={testIds.scorecards.container}>
      {rows.length === 0 ? (
        <EmptyState variant="not-found" message={t('scorecards.no-kpis', 'No KPI matches this scorecard')} />
      ) : scorecard.layout === 'table' ? (
        <CatalogTable rows={rows} />
      ) : (
        <ScorecardCards rows={rows} />
      )}
    </div>
  );
}
