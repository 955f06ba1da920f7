import React, { useState } from 'react';
import { t } from '@grafana/i18n';
import { Button, Card, ConfirmModal, Stack } from '@grafana/ui';
import { selectorLabel } from '../../components/kpi/selectorLabel';
import { SELECTOR_FIELDS } from '../../kpi/selectorAlternatives';
import { KpiCatalog, Scorecard } from '../../kpi/types';
import { tText } from '../../utils/i18n';
import type { CatalogEditorScene, CatalogEditorState } from './CatalogEditorScene';
import { NEW_KPI } from './KpiListTab';
import { ScorecardForm } from './ScorecardForm';

export function ScorecardsTab({ model, state }: { model: CatalogEditorScene; state: CatalogEditorState }) {
  const { draft, editingScorecard } = state;
  const [deleting, setDeleting] = useState<Scorecard>();
  if (editingScorecard !== undefined) {
    const originalId = editingScorecard === NEW_KPI ? undefined : editingScorecard;
    return (
      <ScorecardForm
        key={editingScorecard}
        draft={draft}
        originalId={originalId}
        onApply={(s, id) => model.applyScorecard(s, id)}
        onCancel={() => model.openScorecard(undefined)}
      />
    );
  }
  return (
    <Stack direction="column" gap={1}>
      <div>
        <Button icon="plus" onClick={() => model.openScorecard(NEW_KPI)}>
          {t('manage.scorecard.create', 'New scorecard')}
        </Button>
      </div>
      {(draft.scorecards ?? []).map((s) => (
        <Card key={s.id}>
          <Card.Heading>{s.title}</Card.Heading>
          <Card.Meta>
            {[
              s.id,
              selectionText(s, draft),
              s.layout === 'table'
                ? t('manage.scorecard.layout-table', 'Table')
                : t('manage.scorecard.layout-cards', 'Cards'),
            ]}
          </Card.Meta>
          <Card.Actions>
            <Button size="sm" variant="secondary" icon="pen" onClick={() => model.openScorecard(s.id)}>
              {t('manage.edit', 'Edit')}
            </Button>
            <Button size="sm" variant="destructive" icon="trash-alt" onClick={() => setDeleting(s)}>
              {t('manage.delete', 'Delete')}
            </Button>
          </Card.Actions>
        </Card>
      ))}
      <ConfirmModal
        isOpen={deleting !== undefined}
        title={t('manage.scorecard.delete-title', 'Delete scorecard')}
        body={tText(
          'manage.scorecard.delete-body',
          'Delete "{{title}}"? Its KPIs stay; links to the scorecard no longer open it.',
          { title: deleting?.title ?? '' }
        )}
        confirmText={t('manage.delete', 'Delete')}
        onConfirm={() => {
          model.removeScorecard(deleting!.id);
          setDeleting(undefined);
        }}
        onDismiss={() => setDeleting(undefined)}
      />
    </Stack>
  );
}

/** What a scorecard shows, as the admin chose it: KPI names for ids, objective titles for an objective. */
function selectionText(scorecard: Scorecard, draft: KpiCatalog): string {
  const { ids, ...criteria } = scorecard.select;
  const parts: string[] = [];
  if (ids) {
    const names = ids.map((id) => draft.kpis.find((k) => k?.id === id)?.name ?? id);
    parts.push(tText('manage.scorecard.selects-ids', 'KPIs: {{names}}', { names: names.join(', ') }));
  }
  for (const criterion of SELECTOR_FIELDS) {
    const value = criteria[criterion];
    if (value) {
      const shown = criterion === 'objective' ? (draft.objectives?.find((o) => o.id === value)?.title ?? value) : value;
      parts.push(
        tText('manage.scorecard.selects-criterion', '{{criterion}}: {{value}}', {
          criterion: selectorLabel(criterion),
          value: shown,
        })
      );
    }
  }
  return parts.length > 0 ? parts.join(', ') : t('manage.scorecard.selects-all', 'All KPIs');
}
