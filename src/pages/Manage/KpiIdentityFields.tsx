import { t } from '@grafana/i18n';
import { Field, Input, Stack, TextArea } from '@grafana/ui';
import React from 'react';

import { type Kpi } from '../../kpi/types';
import { fieldProps, type KpiFieldsProps } from './kpiFormFields';
import { inputText, optionalText } from './kpiFormText';

/** A KPI's id and name side by side, and its description. An existing KPI keeps its id. */
export function KpiIdentityFields({ kpi, set, errors, idLocked }: KpiFieldsProps & { idLocked: boolean }) {
  const field = (key: keyof Kpi, label: string) => fieldProps(errors, key, label);
  return (
    <>
      <Stack gap={2} wrap="wrap">
        <Field
          {...field('id', t('manage.kpi.id', 'Id'))}
          description={t('manage.kpi.id-help', 'Lowercase slug; never reused')}
        >
          <Input
            value={inputText(kpi.id)}
            disabled={idLocked}
            onChange={(e) => set({ id: e.currentTarget.value })}
            width={30}
            aria-label={t('manage.aria.id', 'id')}
          />
        </Field>
        <Field {...field('name', t('manage.kpi.name', 'Name'))}>
          <Input
            value={inputText(kpi.name)}
            onChange={(e) => set({ name: e.currentTarget.value })}
            width={40}
            aria-label={t('manage.aria.name', 'name')}
          />
        </Field>
      </Stack>
      <Field {...field('description', t('manage.kpi.description', 'Description'))}>
        <TextArea
          value={kpi.description ?? ''}
          rows={2}
          onChange={(e) => set({ description: optionalText(e.currentTarget.value) })}
          aria-label={t('manage.aria.description', 'description')}
        />
      </Field>
    </>
  );
}
