import { t } from '@grafana/i18n';
import { Stack, Text } from '@grafana/ui';
import React from 'react';

import { entryLabel, indexOfId } from '../../kpi/places';
import { type Kpi, type KpiCatalog } from '../../kpi/types';
import { manageUrl } from '../../routing';
import { tText } from '../../utils/i18n';
import { RevisionHistory } from '../KpiDetail/RevisionHistory';
import { KpiForm } from './KpiForm';
import { NEW_ITEM } from './KpiListTab';
import { MissingItem } from './MissingItem';
import { type UnappliedWork } from './useFormItem';

interface Props {
  draft: KpiCatalog;
  /** Id of the KPI whose form is open, or NEW_ITEM. */
  editing: string;
  /** Opens another KPI's form (NEW_ITEM for a new one), or the list with none. */
  onOpen: (id: string | undefined) => void;
  onApply: (kpi: Kpi, originalId?: string) => void;
  /** Leaves the form, dropping what it held unapplied. */
  onCancel: () => void;
  unapplied?: UnappliedWork<Kpi>;
}

/** One KPI's form with its revision history; or, for an id the draft has not, says so and links to the list. */
export function KpiEditPane({ draft, editing, onOpen, onApply, onCancel, unapplied }: Props) {
  const index = editing === NEW_ITEM ? -1 : indexOfId(draft.kpis, editing);
  const existing = index < 0 ? undefined : draft.kpis[index];
  if (editing !== NEW_ITEM && !existing) {
    return (
      <MissingItem
        title={tText('manage.kpi.missing', 'No KPI "{{id}}" in the draft', { id: editing })}
        backHref={manageUrl()}
        createLabel={t('manage.kpi.create', 'New KPI')}
        onCreate={() => onOpen(NEW_ITEM)}
      />
    );
  }
  return (
    <Stack direction="column" gap={2}>
      <Text element="h3">
        {existing
          ? tText('manage.kpi.editing', 'Edit {{name}}', {
              name: entryLabel(existing, index).name,
            })
          : t('manage.kpi.new', 'New KPI')}
      </Text>
      <KpiForm
        key={editing}
        draft={draft}
        originalId={existing?.id}
        onApply={onApply}
        onCancel={onCancel}
        unapplied={unapplied}
      />
      {existing && <RevisionHistory kpi={existing} />}
    </Stack>
  );
}
