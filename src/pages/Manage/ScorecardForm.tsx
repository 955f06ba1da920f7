import { t } from '@grafana/i18n';
import { Combobox, Field, Input, MultiCombobox, RadioButtonGroup, Stack, Text, type ComboboxOption } from '@grafana/ui';
import React, { useMemo, useState } from 'react';

import { blankScorecard, upsertScorecard } from '../../catalog/catalogEdits';
import { fieldProblems } from '../../catalog/fieldProblems';
import { scorecardSelect } from '../../catalog/scorecardSelect';
import { selectorLabel } from '../../components/kpi/selectorLabel';
import { knownValues } from '../../kpi/explainSelection';
import { isRecord } from '../../kpi/places';
import { SELECTOR_FIELDS, type SelectorField } from '../../kpi/selectorAlternatives';
import {
  KPI_TYPES,
  STATUSES,
  type Kpi,
  type KpiCatalog,
  type KpiSelector,
  type Layout,
  type Scorecard,
} from '../../kpi/types';
import { validateCatalog, type ValidationResult } from '../../kpi/validateCatalog';
import { tText } from '../../utils/i18n';
import { FormActions } from './FormActions';
import { fieldProps } from './kpiFormFields';
import { inputText, withoutUndefined } from './kpiFormText';
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
  const field = (key: string, label: string) => fieldProps(errors, key, label);

  const kpis = useMemo(() => draft.kpis.filter((k): k is Kpi => isRecord(k)), [draft]);
  const criterionOptions = (criterion: SelectorField): Array<ComboboxOption<string>> => {
    const known: Array<ComboboxOption<string>> =
      criterion === 'objective'
        ? (draft.objectives ?? []).filter(isRecord).map((o) => ({ value: o.id, label: o.title, description: o.id }))
        : (criterion === 'type' ? KPI_TYPES : criterion === 'status' ? STATUSES : knownValues(kpis, criterion)).map(
            (v) => ({ value: v, label: v })
          );
    // A value the draft no longer has (typed in YAML, or its KPIs since changed) stays visible next to its error.
    const current = criteria[criterion];
    return current && !known.some((o) => o.value === current) ? [...known, { value: current, label: current }] : known;
  };
  const kpiOptions = useMemo<Array<ComboboxOption<string>>>(
    () => [
      ...kpis.map((k) => ({ value: k.id, label: k.name, description: k.id })),
      ...ids.filter((id) => !kpis.some((k) => k.id === id)).map((id) => ({ value: id, label: id })),
    ],
    [kpis, ids]
  );

  return (
    <Stack direction="column" gap={2}>
      <UnreadSelectAlert validation={validation} index={index} />
      <Stack gap={2} wrap="wrap">
        <Field {...field('id', t('manage.scorecard.id', 'Id'))}>
          <Input
            value={inputText(fields.id)}
            disabled={originalId !== undefined}
            onChange={(e) => set({ id: e.currentTarget.value })}
            width={30}
            aria-label={t('manage.aria.scorecard-id', 'scorecard id')}
          />
        </Field>
        <Field {...field('title', t('manage.scorecard.title', 'Title'))}>
          <Input
            value={inputText(fields.title)}
            onChange={(e) => set({ title: e.currentTarget.value })}
            width={40}
            aria-label={t('manage.aria.scorecard-title', 'scorecard title')}
          />
        </Field>
        <Field {...field('layout', t('manage.scorecard.layout', 'Layout'))}>
          <RadioButtonGroup<Layout>
            options={[
              { value: 'cards', label: t('manage.scorecard.layout-cards', 'Cards') },
              { value: 'table', label: t('manage.scorecard.layout-table', 'Table') },
            ]}
            value={fields.layout ?? 'cards'}
            onChange={(layout) => set({ layout })}
          />
        </Field>
      </Stack>
      <Field {...field('select', t('manage.scorecard.select', 'KPIs'))}>
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
        <>
          <Field label={t('manage.scorecard.ids', 'Chosen KPIs')} noMargin>
            <MultiCombobox
              id="scorecard-ids"
              width={60}
              options={kpiOptions}
              value={ids}
              placeholder={t('manage.scorecard.ids-placeholder', 'Choose KPIs')}
              onChange={(chosen) => setIds(chosen.map((o) => o.value))}
            />
          </Field>
          {Object.keys(narrowing).length > 0 && (
            <Text color="secondary">
              {tText(
                'manage.scorecard.narrowing',
                'Only those that also match {{criteria}} (kept; change it in the YAML tab)',
                {
                  criteria: SELECTOR_FIELDS.filter((c) => narrowing[c])
                    .map((c) => `${selectorLabel(c)}: ${narrowing[c]}`)
                    .join(', '),
                }
              )}
            </Text>
          )}
        </>
      ) : (
        <Stack gap={2} wrap="wrap">
          {SELECTOR_FIELDS.map((criterion) => (
            <Field key={criterion} label={selectorLabel(criterion)} noMargin>
              <Combobox
                id={`scorecard-${criterion}`}
                isClearable
                width={criterion === 'objective' ? 30 : 20}
                options={criterionOptions(criterion)}
                value={criteria[criterion] ?? null}
                placeholder={t('manage.scorecard.any', 'Any')}
                onChange={(o) => setCriterion(criterion, o?.value)}
              />
            </Field>
          ))}
        </Stack>
      )}
      <FormActions
        hasErrors={Object.keys(errors).length > 0}
        onApply={() => onApply(scorecard, originalId)}
        onCancel={onCancel}
      />
    </Stack>
  );
}
