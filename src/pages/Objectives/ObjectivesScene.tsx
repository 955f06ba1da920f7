import { t } from '@grafana/i18n';
import { SceneObjectBase, type SceneComponentProps, type SceneObjectState } from '@grafana/scenes';
import { Alert, EmptyState, Stack } from '@grafana/ui';
import React, { useMemo } from 'react';

import { PageLoading } from '../../components/PageLoading';
import { testIds } from '../../testIds';
import { KpiCatalogSource } from '../shared/KpiCatalogSource';
import { ObjectiveCard } from './ObjectiveCard';
import { objectiveKpis } from './objectiveKpis';
import { rollUpObjectives } from './rollUpObjectives';

export interface ObjectivesSceneState extends SceneObjectState {
  source: KpiCatalogSource;
}

/** The cascade: each objective with its KPIs rolled up, worst objective first. */
export class ObjectivesScene extends SceneObjectBase<ObjectivesSceneState> {
  static Component = ObjectivesRenderer;

  constructor(state: Partial<ObjectivesSceneState> = {}) {
    super({ source: new KpiCatalogSource(), ...state });
    // Only KPIs under an objective are shown, so only those are queried.
    this.state.source.setState({ pick: objectiveKpis });
    this.addActivationHandler(() => this.state.source.activate());
  }
}

function ObjectivesRenderer({ model }: SceneComponentProps<ObjectivesScene>) {
  const { source } = model.useState();
  const { loaded, results, phase, loadError } = source.useState();
  const rollUps = useMemo(() => (loaded ? rollUpObjectives(loaded.validation, results) : []), [loaded, results]);
  if (phase === 'failed') {
    return <Alert title={t('objectives.load-failed', 'The catalog could not be loaded')}>{loadError}</Alert>;
  }
  if (!loaded) {
    return <PageLoading />;
  }
  if (rollUps.length === 0) {
    return <EmptyState variant="call-to-action" message={t('objectives.empty', 'No objectives in the catalog yet')} />;
  }
  return (
    <Stack direction="column" gap={2} alignItems="stretch" data-testid={testIds.objectives.container}>
      {rollUps.map((rollUp) => (
        <ObjectiveCard key={rollUp.index} rollUp={rollUp} />
      ))}
    </Stack>
  );
}
