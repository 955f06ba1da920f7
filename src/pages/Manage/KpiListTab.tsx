import { t } from '@grafana/i18n';
import { Button, InteractiveTable, Stack } from '@grafana/ui';
import React, { useMemo, useState } from 'react';

import { type KpiCatalog } from '../../kpi/types';
import { type ValidationResult } from '../../kpi/validateCatalog';
import { KpiDeleteModal } from './KpiDeleteModal';
import { kpiListColumns } from './kpiListColumns';
import { kpiListRows } from './kpiListRows';

import type { EditorTab } from './CatalogEditorScene';

/** The id used in state and URL for "a new KPI, objective or scorecard": not a slug, so no item can have it. */
export const NEW_ITEM = '+new';

interface Props {
  draft: KpiCatalog;
  validation: ValidationResult;
  /** Opens a KPI's form by id (NEW_ITEM for a new one). */
  onOpen: (id: string) => void;
  onDelete: (index: number) => void;
  /** To another tab: the YAML tab fixes what no form opens, the Scorecards tab what blocks a delete. */
  onTab: (tab: EditorTab) => void;
}

/** The draft's KPIs, each with its own errors and warnings, an Edit that opens its form and a confirmed Delete. */
export function KpiListTab({ draft, validation, onOpen, onDelete, onTab }: Props) {
  const [deleting, setDeleting] = useState<number>();
  const rows = useMemo(() => kpiListRows(draft, validation), [draft, validation]);
  const columns = useMemo(() => kpiListColumns(onOpen, onTab, setDeleting), [onOpen, onTab]);

  return (
    <Stack direction="column" gap={2}>
      <div>
        <Button icon="plus" onClick={() => onOpen(NEW_ITEM)}>
          {t('manage.kpi.create', 'New KPI')}
        </Button>
      </div>
      <InteractiveTable columns={columns} data={rows} getRowId={(r) => r.place} pageSize={25} />
      <KpiDeleteModal
        draft={draft}
        index={deleting}
        onDelete={onDelete}
        onToScorecards={() => onTab('scorecards')}
        onClose={() => setDeleting(undefined)}
      />
    </Stack>
  );
}
