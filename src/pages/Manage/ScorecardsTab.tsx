import React from 'react';
import { t } from '@grafana/i18n';
import { Text } from '@grafana/ui';
import { selectorLabel } from '../../components/kpi/selectorLabel';
import { isRecord } from '../../kpi/places';
import { SELECTOR_FIELDS } from '../../kpi/selectorAlternatives';
import { KpiCatalog, Scorecard } from '../../kpi/types';
import { validateCatalog } from '../../kpi/validateCatalog';
import { indexOfId } from '../../catalog/catalogEdits';
import { fieldProblemLines } from '../../catalog/fieldProblems';
import { notObjectEntries } from '../../catalog/notObjectEntries';
import { scorecardSelect, selectIsReadable } from '../../catalog/scorecardSelect';
import { tText } from '../../utils/i18n';
import type { CatalogEditorScene, CatalogEditorState } from './CatalogEditorScene';
import { EditableCards } from './EditableCards';
import { NEW_ITEM } from './KpiListTab';
import { MissingItem } from './MissingItem';
import { ScorecardForm } from './ScorecardForm';

export function ScorecardsTab({ model, state }: { model: CatalogEditorScene; state: CatalogEditorState }) {
  const { draft, editingScorecard } = state;
  if (editingScorecard !== undefined) {
    const originalId = editingScorecard === NEW_ITEM ? undefined : editingScorecard;
    if (originalId !== undefined && indexOfId(draft.scorecards ?? [], originalId) < 0) {
      return (
        <MissingItem
          title={tText('manage.scorecard.missing', 'No scorecard "{{id}}" in the draft', { id: originalId })}
          onBack={() => model.openScorecard(undefined)}
          createLabel={t('manage.scorecard.create', 'New scorecard')}
          onCreate={() => model.openScorecard(NEW_ITEM)}
        />
      );
    }
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
    <EditableCards
      model={model}
      list="scorecards"
      items={draft.scorecards ?? []}
      entries={notObjectEntries(draft, 'scorecards')}
      createLabel={t('manage.scorecard.create', 'New scorecard')}
      onCreate={() => model.openScorecard(NEW_ITEM)}
      heading={(s) => s.title}
      meta={(s, index) => [
        s.id,
        selectIsReadable(s) ? (
          selectionText(s, draft)
        ) : (
          <Text color="error" variant="bodySmall">
            {fieldProblemLines(validateCatalog(draft), 'scorecards', index, 'select').join('; ')}
          </Text>
        ),
        s.layout === 'table'
          ? t('manage.scorecard.layout-table', 'Table')
          : t('manage.scorecard.layout-cards', 'Cards'),
      ]}
      onEdit={(id) => model.openScorecard(id)}
      onDelete={(index) => model.removeScorecardAt(index)}
      deleteTitle={t('manage.scorecard.delete-title', 'Delete scorecard')}
      deleteBody={(s) =>
        tText(
          'manage.scorecard.delete-body',
          'Delete "{{title}}"? Its KPIs stay; links to the scorecard no longer open it.',
          { title: s.title }
        )
      }
    />
  );
}

/**
 * What a scorecard shows, as the admin chose it: KPI names for ids, objective titles for an objective. Only for a
 * select it reads whole (selectIsReadable): one it cannot read is not "All KPIs", the list names its problem.
 */
function selectionText(scorecard: Scorecard, draft: KpiCatalog): string {
  const { ids, ...criteria } = scorecardSelect(scorecard);
  const parts: string[] = [];
  if (ids) {
    const names = ids.map((id) => draft.kpis.find((k) => isRecord(k) && k.id === id)?.name ?? id);
    parts.push(tText('manage.scorecard.selects-ids', 'KPIs: {{names}}', { names: names.join(', ') }));
  }
  for (const criterion of SELECTOR_FIELDS) {
    const value = criteria[criterion];
    if (value) {
      const shown =
        criterion === 'objective'
          ? (draft.objectives?.find((o) => isRecord(o) && o.id === value)?.title ?? value)
          : value;
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
