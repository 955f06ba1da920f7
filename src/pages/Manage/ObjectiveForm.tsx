import { t } from '@grafana/i18n';
import { Field, Input, RadioButtonGroup, Stack, TextArea } from '@grafana/ui';
import React, { useMemo } from 'react';

import { blankObjective, upsertObjective } from '../../catalog/catalogEdits';
import { fieldProblems } from '../../catalog/fieldProblems';
import { type KpiCatalog, type Objective, type RollUp } from '../../kpi/types';
import { validateCatalog } from '../../kpi/validateCatalog';
import { FormActions } from './FormActions';
import { fieldProps } from './kpiFormFields';
import { inputText, optionalText } from './kpiFormText';
import { useFormItem } from './useFormItem';

interface Props {
  draft: KpiCatalog;
  originalId?: string;
  onApply: (objective: Objective, originalId?: string) => void;
  onCancel: () => void;
}

/** An objective: id, title, owner, description, validated inline like a KPI. */
export function ObjectiveForm({ draft, originalId, onApply, onCancel }: Props) {
  const { item: objective, set, index } = useFormItem(draft.objectives, originalId, blankObjective);
  const errors = useMemo(
    () => fieldProblems(validateCatalog(upsertObjective(draft, objective, originalId)), 'objectives', index),
    [draft, objective, originalId, index]
  );
  const field = (key: string, label: string) => fieldProps(errors, key, label);
  return (
    <Stack direction="column" gap={2}>
      <Stack gap={2} wrap="wrap">
        <Field {...field('id', t('manage.objective.id', 'Id'))}>
          <Input
            value={inputText(objective.id)}
            disabled={originalId !== undefined}
            onChange={(e) => set({ id: e.currentTarget.value })}
            width={30}
            aria-label={t('manage.aria.objective-id', 'objective id')}
          />
        </Field>
        <Field {...field('title', t('manage.objective.title', 'Title'))}>
          <Input
            value={inputText(objective.title)}
            onChange={(e) => set({ title: e.currentTarget.value })}
            width={40}
            aria-label={t('manage.aria.objective-title', 'objective title')}
          />
        </Field>
        <Field {...field('owner', t('manage.objective.owner', 'Owner'))}>
          <Input
            value={objective.owner ?? ''}
            onChange={(e) => set({ owner: optionalText(e.currentTarget.value) })}
            width={30}
            aria-label={t('manage.aria.objective-owner', 'objective owner')}
          />
        </Field>
      </Stack>
      <Field {...field('description', t('manage.objective.description', 'Description'))}>
        <TextArea
          value={objective.description ?? ''}
          rows={2}
          onChange={(e) => set({ description: optionalText(e.currentTarget.value) })}
        />
      </Field>
      <Field
        {...field('rollUp', t('manage.objective.roll-up', 'Roll-up'))}
        description={t(
          'manage.objective.roll-up-description',
          'Worst: the objective is as its worst KPI. Weighted: on track 1, at risk ½, else 0, by each KPI’s weight (default 1).'
        )}
      >
        <RadioButtonGroup<RollUp>
          options={[
            { value: 'worst', label: t('manage.objective.roll-up-worst', 'Worst KPI') },
            { value: 'weighted', label: t('manage.objective.roll-up-weighted', 'Weighted') },
          ]}
          value={objective.rollUp ?? 'worst'}
          onChange={(rollUp) => set({ rollUp: rollUp === 'worst' ? undefined : rollUp })}
        />
      </Field>
      <FormActions
        hasErrors={Object.keys(errors).length > 0}
        onApply={() => onApply(objective, originalId)}
        onCancel={onCancel}
      />
    </Stack>
  );
}
