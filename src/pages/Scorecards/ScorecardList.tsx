import { t } from '@grafana/i18n';
import { SceneObjectBase, type SceneComponentProps, type SceneObjectState } from '@grafana/scenes';
import { Alert, Card, EmptyState, Stack } from '@grafana/ui';
import React from 'react';

import { PageLoading } from '../../components/PageLoading';
import { listProblems } from '../../kpi/catalogEntries';
import { shownScorecards } from '../../kpi/shownScorecards';
import { scorecardUrl } from '../../routing';
import { testIds } from '../../testIds';
import { KpiCatalogSource } from '../shared/KpiCatalogSource';
import { ListProblems } from '../shared/ListProblems';
import { scorecardRows } from './scorecardRows';
import { ScorecardStatusCounts } from './ScorecardStatusCounts';
import { layoutWords, selectionWords } from './selectionWords';

interface ScorecardListState extends SceneObjectState {
  source: KpiCatalogSource;
}

/** The saved views of catalog.scorecards, each a link to its own stable URL. Nothing is evaluated here. */
export class ScorecardList extends SceneObjectBase<ScorecardListState> {
  static Component = ScorecardListRenderer;

  constructor() {
    // Every KPI is evaluated, as on the catalog page: each scorecard shows how many of its KPIs are in each status.
    super({ source: new KpiCatalogSource() });
    this.addActivationHandler(() => this.state.source.activate());
  }
}

function ScorecardListRenderer({ model }: SceneComponentProps<ScorecardList>) {
  const { loaded, phase, loadError, results, evaluatedAt } = model.state.source.useState();
  if (phase === 'failed') {
    return <Alert title={t('scorecards.load-failed', 'The catalog could not be loaded')}>{loadError}</Alert>;
  }
  if (!loaded) {
    return <PageLoading />;
  }
  // With their places in the catalog's list, which name an entry whose title is not text.
  const scorecards = shownScorecards(loaded.validation);
  return (
    <Stack direction="column" gap={1} alignItems="stretch" data-testid={testIds.scorecards.container}>
      <ListProblems
        title={t('scorecards.list-unreadable', 'The catalog’s scorecards cannot be read')}
        problems={listProblems(loaded.validation, 'scorecards')}
      />
      {scorecards.length === 0 && (
        <EmptyState variant="call-to-action" message={t('scorecards.empty', 'No scorecards in the catalog yet')} />
      )}
      {/* Keyed by place: an invalid catalog may repeat a scorecard id. */}
      {scorecards.map((s) => (
        <div key={s.index} data-testid={testIds.scorecards.listItem(s.id)}>
          <Card href={scorecardUrl(s.id)}>
            <Card.Heading>{s.title}</Card.Heading>
            <Card.Meta>
              {[
                s.select
                  ? selectionWords(s.select, loaded.validation)
                  : t('scorecards.unreadable', 'selection cannot be read'),
                layoutWords(s.layout),
              ]}
            </Card.Meta>
            {s.select && (
              <Card.Description>
                <ScorecardStatusCounts rows={scorecardRows(loaded.validation, results, s, evaluatedAt)} />
              </Card.Description>
            )}
          </Card>
        </div>
      ))}
    </Stack>
  );
}
