import { t } from '@grafana/i18n';
import { Combobox, Field, Input, MultiCombobox, RadioButtonGroup, Stack } from '@grafana/ui';
import React from 'react';

import { isRecord } from '../../kpi/places';
import { CATEGORIES, KPI_TYPES, type KpiCatalog } from '../../kpi/types';
import { enumOptions as options, fieldProps, type KpiFieldsProps } from './kpiFormFields';
import { inputText, numberText, optionalNumber } from './kpiFormText';

/**
 * Who owns the KPI and where it sits: team, owner, type, category, objective (with the KPI's weight in it) and the
 * lagging KPIs it drives.
 */
export function KpiContextFields({ kpi, set, errors, draft }: KpiFieldsProps & { draft: KpiCatalog }) {
  const field = (key: Parameters<typeof fieldProps>[1], label: string) => fieldProps(errors, key, label);
  const lagging = draft.kpis
    .filter((k) => isRecord(k) && k.type === 'lagging' && k.id !== kpi.id)
    .map((k) => ({ value: k.id, label: k.name }));
  const objectives = (draft.objectives ?? []).filter(isRecord).map((o) => ({ value: o.id, label: o.title }));
  return (
    <>
      <Stack gap={2} wrap="wrap">
        <Field {...field('team', t('manage.kpi.team', 'Team'))}>
          <Input
            value={inputText(kpi.team)}
            onChange={(e) => set({ team: e.currentTarget.value })}
            width={20}
            aria-label={t('manage.aria.team', 'team')}
          />
        </Field>
        <Field {...field('owner', t('manage.kpi.owner', 'Owner'))}>
          <Input
            value={inputText(kpi.owner)}
            onChange={(e) => set({ owner: e.currentTarget.value })}
            width={30}
            aria-label={t('manage.aria.owner', 'owner')}
          />
        </Field>
        <Field {...field('type', t('manage.kpi.type', 'Type'))}>
          <RadioButtonGroup options={options(KPI_TYPES)} value={kpi.type} onChange={(type) => set({ type })} />
        </Field>
        <Field {...field('category', t('manage.kpi.category', 'Category'))}>
          <Combobox
            isClearable
            width={20}
            options={options(CATEGORIES)}
            value={kpi.category ?? null}
            onChange={(o) => set({ category: o?.value })}
          />
        </Field>
      </Stack>
      <Stack gap={2} wrap="wrap">
        <Field {...field('objective', t('manage.kpi.objective', 'Objective'))}>
          <Combobox
            isClearable
            width={30}
            options={objectives}
            value={kpi.objective ?? null}
            onChange={(o) => set({ objective: o?.value })}
          />
        </Field>
        <Field
          {...field('weight', t('manage.kpi.weight', 'Weight'))}
          description={t('manage.kpi.weight-help', 'In a weighted roll-up of its objective; above 0, default 1')}
        >
          <Input
            value={numberText(kpi.weight)}
            onChange={(e) => set({ weight: optionalNumber(e.currentTarget.value) })}
            width={10}
            aria-label={t('manage.aria.weight', 'weight')}
          />
        </Field>
        <Field {...field('drives', t('manage.kpi.drives', 'Drives (lagging KPIs it predicts)'))}>
          <MultiCombobox
            width={40}
            options={lagging}
            value={kpi.drives ?? []}
            onChange={(o) => set({ drives: o.length ? o.map((x) => x.value) : undefined })}
          />
        </Field>
      </Stack>
    </>
  );
}
