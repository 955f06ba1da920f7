import { t } from '@grafana/i18n';
import { Field, Stack, TagsInput } from '@grafana/ui';
import React, { useMemo } from 'react';

import { blankKpi, placeKpi, upsertKpi } from '../../catalog/catalogEdits';
import { currentAuthor } from '../../catalog/currentAuthor';
import { fieldProblemLines, fieldProblems } from '../../catalog/fieldProblems';
import { kpiSchema } from '../../kpi/catalogSchema';
import { revisionBlockers } from '../../kpi/kpiRevisions';
import { itemPlace } from '../../kpi/places';
import { type Kpi, type KpiCatalog } from '../../kpi/types';
import { validateCatalog } from '../../kpi/validateCatalog';
import { FormActions } from './FormActions';
import { KpiContextFields } from './KpiContextFields';
import { KpiErrorsAlert } from './KpiErrorsAlert';
import { fieldProps } from './kpiFormFields';
import { inputText } from './kpiFormText';
import { KpiHistoryErrors } from './KpiHistoryErrors';
import { KpiIdentityFields } from './KpiIdentityFields';
import { KpiLinksField } from './KpiLinksField';
import { KpiMeasureFields } from './KpiMeasureFields';
import { KpiPreview } from './KpiPreview';
import { KpiQueryField } from './KpiQueryField';
import { KpiTargetFields } from './KpiTargetFields';
import { KpiUnreadableAlert } from './KpiUnreadableAlert';
import { useFormItem, type UnappliedWork } from './useFormItem';
import { usePreviewRequest } from './usePreviewRequest';
import { useShownErrors } from './useShownErrors';

interface Props {
  draft: KpiCatalog;
  /** The KPI's id when editing; undefined for a new KPI. */
  originalId?: string;
  onApply: (kpi: Kpi, originalId?: string) => void;
  onCancel: () => void;
  /** What this form held when it was last left without Apply or Cancel, and where to keep its changes. */
  unapplied?: UnappliedWork<Kpi>;
}

/**
 * One KPI as a form. Every change is validated the way a save would be (the whole catalog with this KPI in
 * it), and the errors show under the fields they belong to; "Apply" is offered only when there are none.
 */
export function KpiForm({ draft, originalId, onApply, onCancel, unapplied }: Props) {
  const { item: kpi, set: setItem, index, unreadable } = useFormItem(
    draft.kpis,
    originalId,
    blankKpi,
    kpiSchema,
    unapplied
  );
  // A revision or history the edit cannot be recorded against (reviseKpi refuses): validate the KPI in place.
  const blocked = revisionBlockers(draft.kpis[index]).length > 0;
  const validation = useMemo(
    () =>
      validateCatalog(blocked ? placeKpi(draft, kpi, originalId) : upsertKpi(draft, kpi, currentAuthor(), originalId)),
    [draft, kpi, originalId, blocked]
  );
  const allErrors = useMemo(() => fieldProblems(validation, 'kpis', index), [validation, index]);
  const { shown: errors, touch, showAll } = useShownErrors(allErrors, originalId === undefined);
  const preview = usePreviewRequest(kpi);
  const set = (patch: Partial<Kpi>) => {
    touch(Object.keys(patch));
    setItem(patch);
  };
  const err = (key: string) => errors[key]?.join('; ');
  const field = (key: keyof Kpi, label: string) => fieldProps(errors, key, label);
  const hasErrors = Object.keys(errors).length > 0;
  // The form has no fields for these: their errors show in one place, with where to fix them.
  const place = itemPlace('kpis', index, draft.kpis[index]);
  const historyErrors = ['revision', 'history']
    .flatMap((key) => fieldProblemLines(validation, 'kpis', index, key))
    .map((line) => `${place}.${line}`);

  return (
    <Stack direction="column" gap={2}>
      <KpiUnreadableAlert fields={unreadable} />
      <KpiIdentityFields kpi={kpi} set={set} errors={errors} idLocked={originalId !== undefined} />
      <KpiContextFields kpi={kpi} set={set} errors={errors} draft={draft} />
      <KpiTargetFields
        direction={kpi.direction}
        // A KPI written without a target or query opens with them empty, to be filled in.
        target={kpi.target ?? {}}
        errors={errors}
        onChange={(direction, target) => set({ direction, target })}
      />
      <KpiMeasureFields kpi={kpi} set={set} errors={errors} />
      <KpiQueryField
        query={kpi.query ?? { datasource: { uid: '' } }}
        onChange={(query) => set({ query })}
        onRunQuery={preview.askSoon}
        window={inputText(kpi.window)}
        errors={errors.query}
      />
      <KpiPreview request={preview.request} outdated={preview.outdated} onPreview={preview.ask} />
      <KpiLinksField
        links={kpi.links ?? []}
        onChange={(links) => set({ links: links.length ? links : undefined })}
        error={err('links')}
      />
      <Field {...field('tags', t('manage.kpi.tags', 'Tags'))}>
        <TagsInput tags={kpi.tags ?? []} onChange={(tags) => set({ tags: tags.length ? tags : undefined })} />
      </Field>
      <KpiHistoryErrors lines={historyErrors} />
      <KpiErrorsAlert errors={errors['']} />
      <FormActions
        hasErrors={hasErrors}
        // A new KPI's errors show once it is applied; it is applied only without any.
        onApply={() => (Object.keys(allErrors).length > 0 ? showAll() : onApply(kpi, originalId))}
        onCancel={onCancel}
        applyLabel={originalId === undefined ? t('manage.kpi.add', 'Add KPI to draft') : undefined}
      />
    </Stack>
  );
}
