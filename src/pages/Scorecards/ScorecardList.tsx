import React from 'react';
import { t } from '@grafana/i18n';
import { Alert, Card, EmptyState, Stack } from '@grafana/ui';
import { SceneComponentProps, SceneObjectBase, SceneObjectState } from '@grafana/scenes';
import { PageLoading } from '../../components/PageLoading';
import { problemText } from '../../kpi/problemsText';
import { KpiSelector } from '../../kpi/types';
import { testIds } from '../../testIds';
import { scorecardUrl } from '../../utils/utils.routing';
import { KpiCatalogSource } from '../shared/KpiCatalogSource';
import { shownScorecards } from './scorecardKpis';

interface ScorecardListState extends SceneObjectState {
  source: KpiCatalogSource;
}

/** The saved views of catalog.scorecards, each a link to its own stable URL. Nothing is evaluated here. */
export class ScorecardList extends SceneObjectBase<ScorecardListState> {
  static Component = ScorecardListRenderer;

  constructor() {
    // Only the list of scorecards is needed: evaluate no KPI.
    super({ source: new KpiCatalogSource({ only: [] }) });
    this.addActivationHandler(() => this.state.source.activate());
  }
}

export function describeSelector(select: KpiSelector): string {
  const parts = Object.entries(select)
    .filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('|') : v}`);
  return parts.length > 0 ? parts.join(', ') : t('scorecards.everything', 'every KPI');
}

function ScorecardListRenderer({ model }: SceneComponentProps<ScorecardList>) {
  const { loaded, phase, loadError } = model.state.source.useState();
  if (phase === 'failed') {
    return <Alert title={t('scorecards.load-failed', 'The catalog could not be loaded')}>{loadError}</Alert>;
  }
  if (!loaded) {
    return <PageLoading />;
  }
  // With their places in the catalog's list, which name an entry whose title is not text.
  const scorecards = shownScorecards(loaded.validation);
  // `scorecards` that is not a list is the catalog's error: said here, where the scorecards would be.
  const listErrors = loaded.validation.problems.filter(
    (p) => p.severity === 'error' && p.at.list === undefined && p.at.path[0] === 'scorecards'
  );
  return (
    <Stack direction="column" gap={1} alignItems="stretch" data-testid={testIds.scorecards.container}>
      {listErrors.length > 0 && (
        <Alert severity="error" title={t('scorecards.list-unreadable', 'The catalog’s scorecards cannot be read')}>
          {listErrors.map((p) => (
            <div key={p.message}>{problemText(p)}</div>
          ))}
        </Alert>
      )}
      {scorecards.length === 0 && (
        <EmptyState variant="call-to-action" message={t('scorecards.empty', 'No scorecards in the catalog yet')} />
      )}
      {/* Keyed by place: an invalid catalog may repeat a scorecard id. */}
      {scorecards.map((s) => (
        <Card key={s.index} href={scorecardUrl(s.id)}>
          <Card.Heading>{s.title}</Card.Heading>
          <Card.Meta>
            {[
              s.select ? describeSelector(s.select) : t('scorecards.unreadable', 'selection cannot be read'),
              s.layout ?? 'cards',
            ]}
          </Card.Meta>
        </Card>
      ))}
    </Stack>
  );
}
