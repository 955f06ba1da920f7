import { css } from '@emotion/css';
import { t } from '@grafana/i18n';
import { SceneObjectBase, type SceneComponentProps, type SceneObjectState, type VizPanel } from '@grafana/scenes';
import { Alert, EmptyState, LinkButton } from '@grafana/ui';
import React from 'react';

import { PageLoading } from '../../components/PageLoading';
import { listProblems } from '../../kpi/catalogEntries';
import { findScorecard } from '../../kpi/shownScorecards';
import { fetchCatalog, type LoadedCatalog } from '../../query/catalogSettings';
import { errorMessage } from '../../query/errorMessage';
import { failureText } from '../../query/failureText';
import { prefixRoute, ROUTES } from '../../routing';
import { testIds } from '../../testIds';
import { tText } from '../../utils/i18n';
import { ListProblems } from '../shared/ListProblems';
import { setPageTitle } from '../shared/pageTitle';
import { scorecardPanel } from './scorecardPanel';

export interface ScorecardSceneState extends SceneObjectState {
  scorecardId: string;
  loaded?: LoadedCatalog;
  loadError?: string;
  /** The scorecard panel, once the catalog says the scorecard exists. */
  panel?: VizPanel;
}

/**
 * One saved view at its own URL: the catalog's scorecard, shown by the scorecard panel (the one dashboards
 * use), so it reads the same in both places. The page finds the scorecard for its title and its layout.
 */
export class ScorecardScene extends SceneObjectBase<ScorecardSceneState> {
  static Component = ScorecardRenderer;

  constructor(state: ScorecardSceneState) {
    super(state);
    this.addActivationHandler(() => {
      if (!this.state.loaded) {
        fetchCatalog().then(
          (loaded) => this.show(loaded),
          (e) => this.setState({ loadError: errorMessage(e, failureText.request()) })
        );
      }
    });
  }

  show(loaded: LoadedCatalog) {
    const scorecard = findScorecard(loaded.validation, this.state.scorecardId);
    const panel = scorecard ? scorecardPanel(scorecard.id, scorecard.layout) : undefined;
    this.setState({ loaded, loadError: undefined, panel });
    setPageTitle(this, scorecard?.title);
  }
}

function ScorecardRenderer({ model }: SceneComponentProps<ScorecardScene>) {
  const { scorecardId, loaded, loadError, panel } = model.useState();
  if (loadError) {
    return <Alert title={t('scorecards.load-failed', 'The catalog could not be loaded')}>{loadError}</Alert>;
  }
  if (!loaded) {
    return <PageLoading />;
  }
  if (panel) {
    return (
      <div data-testid={testIds.scorecards.container} className={styles.panel}>
        <panel.Component model={panel} />
      </div>
    );
  }
  const unreadableList = listProblems(loaded.validation, 'scorecards');
  if (unreadableList.length > 0) {
    return (
      <div data-testid={testIds.scorecards.container} className={styles.fill}>
        <ListProblems
          title={t('scorecards.list-unreadable', 'The catalog’s scorecards cannot be read')}
          problems={unreadableList}
        />
      </div>
    );
  }
  return (
    <EmptyState
      variant="not-found"
      message={tText('scorecards.not-found', 'No scorecard with id "{{id}}"', { id: scorecardId })}
    >
      <LinkButton href={prefixRoute(ROUTES.Scorecards)}>{t('scorecards.all', 'All scorecards')}</LinkButton>
    </EmptyState>
  );
}

const styles = {
  // The page lays its body out in a row: grow to its width. The panel pages its KPIs to its height, as in a
  // dashboard's view mode: the window's height below the page header, and never so short that a card row is cut.
  fill: css({ flexGrow: 1, minWidth: 0 }),
  panel: css({ flexGrow: 1, minWidth: 0, height: 'calc(100vh - 180px)', minHeight: 420 }),
};
