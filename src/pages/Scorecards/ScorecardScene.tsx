import { css } from '@emotion/css';
import { t } from '@grafana/i18n';
import { SceneObjectBase, type SceneComponentProps, type SceneObjectState } from '@grafana/scenes';
import { Alert, EmptyState, LinkButton } from '@grafana/ui';
import React, { useMemo } from 'react';

import { fieldProblemLines } from '../../catalog/fieldProblems';
import { PageLoading } from '../../components/PageLoading';
import { listProblems } from '../../kpi/catalogEntries';
import { prefixRoute, ROUTES } from '../../routing';
import { testIds } from '../../testIds';
import { tText } from '../../utils/i18n';
import { CatalogTable } from '../Catalog/CatalogTable';
import { KpiCatalogSource } from '../shared/KpiCatalogSource';
import { ListProblems } from '../shared/ListProblems';
import { setPageTitle } from '../shared/pageTitle';
import { ScorecardCards } from './ScorecardCards';
import { findScorecard, scorecardKpis } from './scorecardKpis';
import { scorecardRows } from './scorecardRows';

export interface ScorecardSceneState extends SceneObjectState {
  scorecardId: string;
  source: KpiCatalogSource;
}

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
  const rows = useMemo(
    () => (loaded && scorecard ? scorecardRows(loaded.validation, results, scorecard, evaluatedAt) : []),
    [loaded, results, scorecard, evaluatedAt]
  );
  if (phase === 'failed') {
    return <Alert title={t('scorecards.load-failed', 'The catalog could not be loaded')}>{loadError}</Alert>;
  }
  if (!loaded) {
    return <PageLoading />;
  }
  const unreadableList = listProblems(loaded.validation, 'scorecards');
  if (!scorecard && unreadableList.length > 0) {
    return (
      <div data-testid={testIds.scorecards.container} className={fill}>
        <ListProblems
          title={t('scorecards.list-unreadable', 'The catalog’s scorecards cannot be read')}
          problems={unreadableList}
        />
      </div>
    );
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
      <div data-testid={testIds.scorecards.container} className={fill}>
        <Alert severity="error" title={t('scorecards.unreadable-title', 'This scorecard’s selection cannot be read')}>
          {fieldProblemLines(loaded.validation, 'scorecards', index, 'select').map((line) => (
            <div key={line}>{line}</div>
          ))}
          <div>{t('scorecards.unreadable-fix', 'An admin can fix it in the catalog editor.')}</div>
        </Alert>
      </div>
    );
  }
  return (
    // The page lays its body out in a row: grow to its width, or the cards' grid gets one column.
    <div data-testid={testIds.scorecards.container} className={fill}>
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

const fill = css({ flexGrow: 1, minWidth: 0 });
