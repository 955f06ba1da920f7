import React, { useState } from 'react';
import { t } from '@grafana/i18n';
import { Button, Card, ConfirmModal, Stack } from '@grafana/ui';
import { Objective } from '../../kpi/types';
import { tText } from '../../utils/i18n';
import type { CatalogEditorScene, CatalogEditorState } from './CatalogEditorScene';
import { NEW_KPI } from './KpiListTab';
import { ObjectiveForm } from './ObjectiveForm';

export function ObjectivesTab({ model, state }: { model: CatalogEditorScene; state: CatalogEditorState }) {
  const { draft, editingObjective } = state;
  const [deleting, setDeleting] = useState<Objective>();
  if (editingObjective !== undefined) {
    const originalId = editingObjective === NEW_KPI ? undefined : editingObjective;
    return (
      <ObjectiveForm
        key={editingObjective}
        draft={draft}
        originalId={originalId}
        onApply={(o, id) => model.applyObjective(o, id)}
        onCancel={() => model.openObjective(undefined)}
      />
    );
  }
  return (
    <Stack direction="column" gap={1}>
      <div>
        <Button icon="plus" onClick={() => model.openObjective(NEW_KPI)}>
          {t('manage.objective.create', 'New objective')}
        </Button>
      </div>
      {(draft.objectives ?? []).map((o) => (
        <Card key={o.id}>
          <Card.Heading>{o.title}</Card.Heading>
          <Card.Meta>{[o.id, o.owner].filter(Boolean)}</Card.Meta>
          <Card.Actions>
            <Button size="sm" variant="secondary" icon="pen" onClick={() => model.openObjective(o.id)}>
              {t('manage.edit', 'Edit')}
            </Button>
            <Button size="sm" variant="destructive" icon="trash-alt" onClick={() => setDeleting(o)}>
              {t('manage.delete', 'Delete')}
            </Button>
          </Card.Actions>
        </Card>
      ))}
      <ConfirmModal
        isOpen={deleting !== undefined}
        title={t('manage.objective.delete-title', 'Delete objective')}
        body={tText(
          'manage.objective.delete-body',
          'Delete "{{title}}"? Its KPIs stay and no longer name an objective.',
          { title: deleting?.title ?? '' }
        )}
        confirmText={t('manage.delete', 'Delete')}
        onConfirm={() => {
          model.removeObjective(deleting!.id);
          setDeleting(undefined);
        }}
        onDismiss={() => setDeleting(undefined)}
      />
    </Stack>
  );
}
