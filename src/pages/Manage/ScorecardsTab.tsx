import { t } from '@grafana/i18n';
import { Text } from '@grafana/ui';
import React from 'react';

import { fieldProblemLines } from '../../catalog/fieldProblems';
import { notObjectEntries } from '../../catalog/notObjectEntries';
import { scorecardSelect, selectIsReadable } from '../../catalog/scorecardSelect';
import { selectorLabel } from '../../components/kpi/selectorLabel';
import { entryLabel, indexOfId, type CatalogList } from '../../kpi/places';
import { SELECTOR_FIELDS } from '../../kpi/selectorAlternatives';
import { textOf } from '../../kpi/textOf';
import { type KpiCatalog, type Scorecard } from '../../kpi/types';
import { type ValidationResult } from '../../kpi/validateCatalog';
import { tText } from '../../utils/i18n';
import { EditableCards } from './EditableCards';
import { NEW_ITEM } from './KpiListTab';
import { MissingItem } from './MissingItem';
import { ScorecardForm } from './ScorecardForm';

interface Props {
  draft: KpiCatalog;
  validation: ValidationResult;
  /** Id of the scorecard whose form is open (NEW_ITEM for a new one); none while the list shows. */
  editing?: string;
  /** Opens a form by id (NEW_ITEM for a new one), or the list with none. */
  onOpen: (id: string | undefined) => void;
  onApply: (scorecard: Scorecard, originalId?: string) => void;
  onDelete: (index: number) => void;
  onFixInYaml: () => void;
}

export function ScorecardsTab({ draft, validation, editing, onOpen, onApply, onDelete, onFixInYaml }: Props) {
  if (editing !== undefined) {
    const originalId = editing === NEW_ITEM ? undefined : editing;
    if (originalId !== undefined && indexOfId(draft.scorecards ?? [], originalId) < 0) {
      return (
        <MissingItem
          title={tText('manage.scorecard.missing', 'No scorecard "{{id}}" in the draft', { id: originalId })}
          onBack={() => onOpen(undefined)}
          createLabel={t('manage.scorecard.create', 'New scorecard')}
          onCreate={() => onOpen(NEW_ITEM)}
        />
      );
    }
    return (
      <ScorecardForm
        key={editing}
        draft={draft}
        validation={validation}
        originalId={originalId}
        onApply={onApply}
        onCancel={() => onOpen(undefined)}
      />
    );
  }
  const selectErrors = (index: number) => fieldProblemLines(validation, 'scorecards', index, 'select').join('; ');
  return (
    <EditableCards
      onFixInYaml={onFixInYaml}
      list="scorecards"
      items={draft.scorecards ?? []}
      entries={notObjectEntries(validation, 'scorecards')}
      createLabel={t('manage.scorecard.create', 'New scorecard')}
      onCreate={() => onOpen(NEW_ITEM)}
      meta={(s, index) => {
        const selection = selectIsReadable(s) ? selectionText(s, draft) : undefined;
        return [
          textOf(s.id),
          selection ?? (
            <Text color="error" variant="bodySmall">
              {selectErrors(index)}
            </Text>
          ),
          s.layout === 'table'
            ? t('manage.scorecard.layout-table', 'Table')
            : t('manage.scorecard.layout-cards', 'Cards'),
        ].filter((part) => part !== undefined && part !== '');
      }}
      onEdit={(id) => onOpen(id)}
      onDelete={onDelete}
      deleteTitle={t('manage.scorecard.delete-title', 'Delete scorecard')}
      deleteBody={(title) =>
        tText(
          'manage.scorecard.delete-body',
          'Delete "{{title}}"? Its KPIs stay; links to the scorecard no longer open it.',
          { title }
        )
      }
    />
  );
}

/**
 * What a scorecard shows, as the admin chose it: KPI names for ids, objective titles for an objective. Only for a
 * select it reads whole (selectIsReadable): one it cannot read is not "All KPIs", the list names its problem. So
 * is one with an id or criterion that is not text (undefined here): it would read "[object Object]" or be skipped.
 */
function selectionText(scorecard: Scorecard, draft: KpiCatalog): string | undefined {
  const { ids, ...criteria } = scorecardSelect(scorecard);
  const values = [...(ids ?? []), ...SELECTOR_FIELDS.map((criterion) => criteria[criterion] ?? '')];
  if (!values.every((value) => typeof value === 'string')) {
    return undefined;
  }
  const parts: string[] = [];
  if (ids) {
    const names = ids.map((id) => nameOf(draft.kpis, id, 'kpis'));
    parts.push(tText('manage.scorecard.selects-ids', 'KPIs: {{names}}', { names: names.join(', ') }));
  }
  for (const criterion of SELECTOR_FIELDS) {
    const value = criteria[criterion];
    if (value) {
      const shown = criterion === 'objective' ? nameOf(draft.objectives ?? [], value, 'objectives') : value;
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

/** The name or title of the entry a link by this id reaches, or the id where there is none or it is not text. */
function nameOf(entries: readonly unknown[], id: string, list: CatalogList): string {
  const index = indexOfId(entries, id);
  return index < 0 ? id : entryLabel(entries[index], index, list).name;
}
