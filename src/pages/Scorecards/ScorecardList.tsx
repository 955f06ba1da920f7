import React from 'react';
import { t } from '@grafana/i18n';
import { Alert, Card, EmptyState, Stack } from '@grafana/ui';
import { SceneComponentProps, SceneObjectBase, SceneObjectState } from '@grafana/scenes';
import { selectIsReadable } from '../../catalog/scorecardSelect';
import { PageLoading } from '../../components/PageLoading';
import { entryLabel } from '../../kpi/places';
import { textOf } from '../../kpi/textOf';
import { testIds } from '../../testIds';
import { scorecardUrl } from '../../utils/utils.routing';
import { KpiCatalogSource } from '../shared/KpiCatalogSource';
import { ScorecardStatusCounts } from './ScorecardStatusCounts';
import { scorecardRows } from './scorecardRows';
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
  const catalog = loaded.validation.catalog;
  const scorecards = (catalog.scorecards ?? [])
    .map((s, index) => ({ s, index }))
    .filter(({ s }) => s && typeof s.id === 'string');
  if (scorecards.length === 0) {
    return <EmptyState variant="call-to-action" message={t('scorecards.empty', 'No scorecards in the catalog yet')} />;
  }
  return (
    <Stack direction="column" gap={1} alignItems="stretch" data-testid={testIds.scorecards.container}>
      {/* Keyed by place: an invalid catalog may repeat a scorecard id. */}
      {scorecards.map(({ s, index }) => (
        <div key={index} data-testid={testIds.scorecards.listItem(s.id)}>
          <Card href={scorecardUrl(s.id)}>
            <Card.Heading>{entryLabel(s, index, 'scorecards').name}</Card.Heading>
            <Card.Meta>
              {[
                selectIsReadable(s)
                  ? selectionWords(s.select ?? {}, catalog)
                  : t('scorecards.unreadable', 'selection cannot be read'),
                layoutWords(textOf(s.layout)),
              ]}
            </Card.Meta>
            {selectIsReadable(s) && (
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
