import React, { useMemo, useState } from 'react';
import { fieldReducers } from '@grafana/data';
import { t } from '@grafana/i18n';
import {
  Alert,
  Button,
  Combobox,
  Field,
  Input,
  MultiCombobox,
  RadioButtonGroup,
  Stack,
  TagsInput,
  TextArea,
  UnitPicker,
} from '@grafana/ui';
import { blankKpi, upsertKpi } from '../../catalog/catalogEdits';
import { currentAuthor } from '../../catalog/currentAuthor';
import { fieldProblems } from '../../catalog/fieldProblems';
import { CADENCES, CATEGORIES, KPI_TYPES, Kpi, KpiCatalog } from '../../kpi/types';
import { validateCatalog } from '../../kpi/validateCatalog';
import { testIds } from '../../testIds';
import { KpiLinksField } from './KpiLinksField';
import { KpiQueryField } from './KpiQueryField';
import { KpiTargetFields } from './KpiTargetFields';
import { numberText, optionalNumber, optionalText, withoutUndefined } from './kpiFormText';

interface Props {
  draft: KpiCatalog;
  /** The KPI's id when editing; undefined for a new KPI. */
  originalId?: string;
  onApply: (kpi: Kpi, originalId?: string) => void;
  onCancel: () => void;
}

/**
 * One KPI as a form. Every change is validated the way a save would be (the whole catalog with this KPI in
 * it), and the errors show under the fields they belong to; "Apply" is offered only when there are none.
 */
export function KpiForm({ draft, originalId, onApply, onCancel }: Props) {
  const [kpi, setKpi] = useState<Kpi>(() => draft.kpis.find((k) => k.id === originalId) ?? blankKpi());
  const set = (patch: Partial<Kpi>) => setKpi((k) => withoutUndefined({ ...k, ...patch }));
  const index = originalId === undefined ? draft.kpis.length : draft.kpis.findIndex((k) => k.id === originalId);
  const errors = useMemo(
    () => fieldProblems(validateCatalog(upsertKpi(draft, kpi, currentAuthor(), originalId)), 'kpis', index),
    [draft, kpi, originalId, index]
  );
  const err = (key: string) => errors[key]?.join('; ');
  const field = (key: keyof Kpi, label: string) => ({
    label,
    invalid: Boolean(err(key)),
    error: err(key),
    noMargin: true,
  });
  const hasErrors = Object.keys(errors).length > 0;
  const options = <T extends string>(values: readonly T[]) => values.map((v) => ({ value: v, label: v }));
  const lagging = draft.kpis
    .filter((k) => k.type === 'lagging' && k.id !== kpi.id)
    .map((k) => ({ value: k.id, label: k.name }));
  const objectives = (draft.objectives ?? []).map((o) => ({ value: o.id, label: o.title }));
  const reducers = useMemo(
    () => fieldReducers.list().map((r) => ({ value: r.id, label: r.name, description: r.description })),
    []
  );

  return (
    <Stack direction="column" gap={2}>
      <Stack gap={2} wrap="wrap">
        <Field
          {...field('id', t('manage.kpi.id', 'Id'))}
          description={t('manage.kpi.id-help', 'Lowercase slug; never reused')}
        >
          <Input
            value={kpi.id}
            disabled={originalId !== undefined}
            onChange={(e) => set({ id: e.currentTarget.value })}
            width={30}
            aria-label="id"
          />
        </Field>
        <Field {...field('name', t('manage.kpi.name', 'Name'))}>
          <Input value={kpi.name} onChange={(e) => set({ name: e.currentTarget.value })} width={40} aria-label="name" />
        </Field>
      </Stack>
      <Field {...field('description', t('manage.kpi.description', 'Description'))}>
        <TextArea
          value={kpi.description ?? ''}
          rows={2}
          onChange={(e) => set({ description: optionalText(e.currentTarget.value) })}
          aria-label="description"
        />
      </Field>
      <Stack gap={2} wrap="wrap">
        <Field {...field('team', t('manage.kpi.team', 'Team'))}>
          <Input value={kpi.team} onChange={(e) => set({ team: e.currentTarget.value })} width={20} aria-label="team" />
        </Field>
        <Field {...field('owner', t('manage.kpi.owner', 'Owner'))}>
          <Input
            value={kpi.owner}
            onChange={(e) => set({ owner: e.currentTarget.value })}
            width={30}
            aria-label="owner"
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
        <Field {...field('drives', t('manage.kpi.drives', 'Drives (lagging KPIs it predicts)'))}>
          <MultiCombobox
            width={40}
            options={lagging}
            value={kpi.drives ?? []}
            onChange={(o) => set({ drives: o.length ? o.map((x) => x.value) : undefined })}
          />
        </Field>
      </Stack>
      <KpiTargetFields
        direction={kpi.direction}
        target={kpi.target}
        errors={errors}
        onChange={(direction, target) => set({ direction, target })}
      />
      <Stack gap={2} wrap="wrap">
        <Field
          {...field('window', t('manage.kpi.window', 'Window'))}
          description={t('manage.kpi.window-help', '7d, 24h … or week | month | quarter | year')}
        >
          <Input
            value={kpi.window}
            onChange={(e) => set({ window: e.currentTarget.value })}
            width={14}
            aria-label="window"
          />
        </Field>
        <Field {...field('reduce', t('manage.kpi.reduce', 'Reducer'))}>
          <Combobox
            isClearable
            width={24}
            options={reducers}
            value={kpi.reduce ?? null}
            onChange={(o) => set({ reduce: o?.value })}
            placeholder="lastNotNull"
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
            aria-label="decimals"
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
            placeholder="2h"
            onChange={(e) => set({ maxAge: optionalText(e.currentTarget.value) })}
            width={12}
            aria-label="max age"
          />
        </Field>
        <Field {...field('timezone', t('manage.kpi.timezone', 'Time zone'))}>
          <Input
            value={kpi.timezone ?? ''}
            placeholder="Europe/Berlin"
            onChange={(e) => set({ timezone: optionalText(e.currentTarget.value) })}
            width={20}
            aria-label="time zone"
          />
        </Field>
        <Field {...field('slo', t('manage.kpi.slo', 'SLO objective %'))}>
          <Input
            value={numberText(kpi.slo?.objective)}
            onChange={(e) => {
              const objective = optionalNumber(e.currentTarget.value);
              set({ slo: objective === undefined ? undefined : { objective } });
            }}
            width={12}
            aria-label="slo"
          />
        </Field>
      </Stack>
      <KpiQueryField query={kpi.query} onChange={(query) => set({ query })} error={err('query')} />
      <KpiLinksField
        links={kpi.links ?? []}
        onChange={(links) => set({ links: links.length ? links : undefined })}
        error={err('links')}
      />
      <Field {...field('tags', t('manage.kpi.tags', 'Tags'))}>
        <TagsInput tags={kpi.tags ?? []} onChange={(tags) => set({ tags: tags.length ? tags : undefined })} />
      </Field>
      {errors[''] && (
        <Alert
          severity="error"
          title={t('manage.kpi.errors', 'This KPI has errors')}
          data-testid={testIds.editor.fieldError}
        >
          {errors[''].join('; ')}
        </Alert>
      )}
      <Stack gap={1}>
        <Button
          onClick={() => !hasErrors && onApply(kpi, originalId)}
          disabled={hasErrors}
          tooltip={hasErrors ? t('manage.kpi.fix-first', 'Fix the errors first') : undefined}
        >
          {originalId === undefined ? t('manage.kpi.add', 'Add KPI to draft') : t('manage.kpi.apply', 'Apply to draft')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('manage.cancel', 'Cancel')}
        </Button>
      </Stack>
    </Stack>
  );
}
