import { t } from '@grafana/i18n';
import { Field, Input, RadioButtonGroup, Stack } from '@grafana/ui';
import React from 'react';

import { type Layout, type Scorecard } from '../../kpi/types';
import { fieldProps } from './kpiFormFields';
import { inputText } from './kpiFormText';

interface Props {
  fields: Scorecard;
  set: (patch: Partial<Scorecard>) => void;
  errors: Record<string, string[]>;
  /** An existing scorecard keeps its id. */
  idLocked: boolean;
}

/** A scorecard's id, title and layout, side by side. */
export function ScorecardMainFields({ fields, set, errors, idLocked }: Props) {
  const field = (key: string, label: string) => fieldProps(errors, key, label);
  return (
    <Stack gap={2} wrap="wrap">
      <Field {...field('id', t('manage.scorecard.id', 'Id'))}>
        <Input
          value={inputText(fields.id)}
          disabled={idLocked}
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
  );
}
