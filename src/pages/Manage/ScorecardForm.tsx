import { t } from '@grafana/i18n';
import { Field, RadioButtonGroup, Stack } from '@grafana/ui';
import React, { useMemo, useState } from 'react';

import { blankScorecard, upsertScorecard } from '../../catalog/catalogEdits';
import { fieldProblems } from '../../catalog/fieldProblems';
import { scorecardSelect } from '../../catalog/scorecardSelect';
import { isRecord } from '../../kpi/places';
import { type SelectorField } from '../../kpi/selectorAlternatives';
import { type Kpi, type KpiCatalog, type KpiSelector, type Scorecard } from '../../kpi/types';
import { validateCatalog, type ValidationResult } from '../../kpi/validateCatalog';
import { FormActions } from './FormActions';
import { fieldProps } from './kpiFormFields';
import { withoutUndefined } from './kpiFormText';
import { ScorecardCriteriaFields } from './ScorecardCriteriaFields';
import { ScorecardIdsField } from './ScorecardIdsField';
import { ScorecardMainFields } from './ScorecardMainFields';
import { UnreadSelectAlert } from './UnreadSelectAlert';
import { useFormItem } from './useFormItem';

interface Props {
  draft: KpiCatalog;
  /** The draft's validation (the editor's), for what it says of the scorecard as written. */
  validation: ValidationResult;
  originalId?: string;
  onApply: (scorecard: Scorecard, originalId?: string) => void;
  onCancel: () => void;
}

type Choice = 'selector' | 'ids';

/**
 * A scorecard: id, title, layout and which KPIs it shows, either by selector or by id. Each way keeps its own
 * choices while the admin switches between them; only the chosen one is applied.
 */
export function ScorecardForm({ draft, validation, originalId, onApply, onCancel }: Props) {
  const { item: fields, set, index } = useFormItem(draft.scorecards, originalId, blankScorecard);
  const [select] = useState(() => scorecardSelect(fields));
  const [choice, setChoice] = useState<Choice>(select.ids ? 'ids' : 'selector');
  const [criteria, setCriteria] = useState<KpiSelector>(() => {
    const { ids: _ids, ...rest } = select;
    return rest;
  });
  const [ids, setIds] = useState<string[]>(select.ids ?? []);
  // A scorecard written (in YAML) with ids and selectors shows the chosen KPIs that also match the selectors:
  // by id, the form keeps those selectors as they are instead of dropping them on Apply.
  const [narrowing] = useState<KpiSelector>(() => (select.ids ? criteria : {}));
  const scorecard = useMemo<Scorecard>(
    () => ({ ...fields, select: choice === 'ids' ? { ...narrowing, ids } : criteria }),
    [fields, choice, criteria, ids, narrowing]
  );
  const setCriterion = (criterion: SelectorField, value?: string) =>
    setCriteria((c) => withoutUndefined({ ...c, [criterion]: value }));

  const errors = useMemo(() => {
    const found = fieldProblems(validateCatalog(upsertScorecard(draft, scorecard, originalId)), 'scorecards', index);
    // The catalog allows `ids: []`, but a scorecard reads it as "every KPI": not what choosing by id means.
    if (choice === 'ids' && ids.length === 0) {
      found.select = [...(found.select ?? []), t('manage.scorecard.no-ids', 'choose at least one KPI')];
    }
    return found;
  }, [draft, scorecard, originalId, index, choice, ids]);
  const kpis = useMemo(() => draft.kpis.filter((k): k is Kpi => isRecord(k)), [draft]);

  return (
    <Stack direction="column" gap={2}>
      <UnreadSelectAlert validation={validation} index={index} />
      <ScorecardMainFields fields={fields} set={set} errors={errors} idLocked={originalId !== undefined} />
      <Field {...fieldProps(errors, 'select', t('manage.scorecard.select', 'KPIs'))}>
        <RadioButtonGroup<Choice>
          options={[
            { value: 'selector', label: t('manage.scorecard.by-selector', 'By selector') },
            { value: 'ids', label: t('manage.scorecard.by-id', 'By id') },
          ]}
          value={choice}
          onChange={setChoice}
        />
      </Field>
      {choice === 'ids' ? (
        <ScorecardIdsField kpis={kpis} ids={ids} onChange={setIds} narrowing={narrowing} />
      ) : (
        <ScorecardCriteriaFields draft={draft} kpis={kpis} criteria={criteria} onChange={setCriterion} />
      )}
      <FormActions
        hasErrors={Object.keys(errors).length > 0}
        onApply={() => onApply(scorecard, originalId)}
        onCancel={onCancel}
      />
    </Stack>
  );
}
