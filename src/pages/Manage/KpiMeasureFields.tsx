import { t } from '@grafana/i18n';
import { Combobox, Field, Input, Stack, UnitPicker } from '@grafana/ui';
import React, { useMemo } from 'react';

import { CADENCES } from '../../kpi/types';
import { enumOptions as options, fieldProps, type KpiFieldsProps } from './kpiFormFields';
import { inputText, numberText, optionalNumber, optionalText } from './kpiFormText';
import { reducerOptions } from './reducerOptions';

/** How the KPI is measured and read: window, reducer, unit, decimals, review cadence, staleness, zone, SLO. */
export function KpiMeasureFields({ kpi, set, errors }: KpiFieldsProps) {
  const field = (key: Parameters<typeof fieldProps>[1], label: string) => fieldProps(errors, key, label);
  const reducers = useMemo(() => reducerOptions(), []);
  return (
    <>
      <Stack gap={2} wrap="wrap">
        <Field
          {...field('window', t('manage.kpi.window', 'Window'))}
          description={t('manage.kpi.window-help', '7d, 24h … or week | month | quarter | year')}
        >
          <Input
            value={inputText(kpi.window)}
            onChange={(e) => set({ window: e.currentTarget.value })}
            width={14}
            aria-label={t('manage.aria.window', 'window')}
          />
        </Field>
        <Field {...field('reduce', t('manage.kpi.reduce', 'Reducer'))}>
          <Combobox
            isClearable
            width={24}
            options={reducers}
            value={kpi.reduce ?? null}
            onChange={(o) => set({ reduce: o?.value })}
            placeholder={t('manage.kpi.reduce-placeholder', 'lastNotNull')}
          />
        </Field>
        <Field {...field('unit', t('manage.kpi.unit', 'Unit'))}>
          <UnitPicker value={kpi.unit} onChange={(unit) => set({ unit })} width={24} />
        </Field>
        <Field {...field('decimals', t('manage.kpi.decimals', 'Decimals'))}>
          <Input
            value={numberText(kpi.decimals)}
            onChange={(e) => set({ decimals: optionalNumber(e.currentTarget.value) })}
            width={10}
            aria-label={t('manage.aria.decimals', 'decimals')}
          />
        </Field>
      </Stack>
      <Stack gap={2} wrap="wrap">
        <Field {...field('cadence', t('manage.kpi.cadence', 'Review cadence'))}>
          <Combobox
            isClearable
            width={18}
            options={options(CADENCES)}
            value={kpi.cadence ?? null}
            onChange={(o) => set({ cadence: o?.value })}
          />
        </Field>
        <Field {...field('maxAge', t('manage.kpi.max-age', 'Stale after'))}>
          <Input
            value={kpi.maxAge ?? ''}
            placeholder={t('manage.kpi.max-age-placeholder', '2h')}
            onChange={(e) => set({ maxAge: optionalText(e.currentTarget.value) })}
            width={12}
            aria-label={t('manage.aria.max-age', 'max age')}
          />
        </Field>
        <Field {...field('timezone', t('manage.kpi.timezone', 'Time zone'))}>
          <Input
            value={kpi.timezone ?? ''}
            placeholder={t('manage.kpi.timezone-placeholder', 'Europe/Berlin')}
            onChange={(e) => set({ timezone: optionalText(e.currentTarget.value) })}
            width={20}
            aria-label={t('manage.aria.time-zone', 'time zone')}
          />
        </Field>
        <Field {...field('slo', t('manage.kpi.slo', 'SLO objective %'))}>
          <Input
            value={numberText(kpi.slo?.objective)}
            onChange={(e) => {
              const objective = optionalNumber(e.currentTarget.value);
              // A new objective keeps the SLO's good and total queries.
              set({ slo: objective === undefined ? undefined : { ...kpi.slo, objective } });
            }}
            width={12}
            aria-label={t('manage.aria.slo', 'slo')}
          />
        </Field>
      </Stack>
    </>
  );
}
