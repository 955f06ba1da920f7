import { t } from '@grafana/i18n';
import { ConfirmModal, Stack, Text } from '@grafana/ui';
import React, { useMemo } from 'react';

import { kpiDeleteEffects } from '../../catalog/catalogDeletes';
import { entryLabel } from '../../kpi/places';
import { textOf } from '../../kpi/textOf';
import { type KpiCatalog } from '../../kpi/types';
import { tText } from '../../utils/i18n';

interface Props {
  draft: KpiCatalog;
  /** The place of the KPI to delete; none while the dialog is closed. */
  index?: number;
  onDelete: (index: number) => void;
  onToScorecards: () => void;
  onClose: () => void;
}

/**
 * Asks before a KPI goes, naming what else the delete changes: the KPIs that drive it and the scorecards that pick
 * it. A scorecard that picks only this KPI would be left with no ids, which shows every KPI, and the catalog cannot
 * say "none": the delete waits, with the way to the Scorecards tab, until that scorecard is changed or deleted.
 */
export function KpiDeleteModal({ draft, index, onDelete, onToScorecards, onClose }: Props) {
  const effects = useMemo(() => (index === undefined ? undefined : kpiDeleteEffects(draft, index)), [draft, index]);
  const kpi = index === undefined ? undefined : draft.kpis[index];
  const blocked = (effects?.emptied.length ?? 0) > 0;
  // Drivers are KPIs (a name), the others scorecards (a title); either may be written as something else than text.
  const titles = (items: Array<{ title?: string; name?: string; id?: string }>) =>
    items.map((item) => `"${textOf(item.title) ?? textOf(item.name) ?? textOf(item.id) ?? '–'}"`).join(', ');
  return (
    <ConfirmModal
      isOpen={index !== undefined}
      title={t('manage.kpi.delete-title', 'Delete KPI')}
      body={
        effects && (
          <Stack direction="column" gap={1}>
            <div>
              {tText('manage.kpi.delete-body', 'Delete "{{name}}" from the draft? Nothing is saved until you save.', {
                name: entryLabel(kpi, index!).name,
              })}
            </div>
            {effects.drivers.length > 0 && (
              <div>
                {tText('manage.kpi.delete-drivers', 'These KPIs no longer drive it: {{names}}', {
                  names: titles(effects.drivers),
                })}
              </div>
            )}
            {effects.narrowed.length > 0 && (
              <div>
                {tText('manage.kpi.delete-narrowed', 'These scorecards no longer show it: {{titles}}', {
                  titles: titles(effects.narrowed),
                })}
              </div>
            )}
            {blocked && (
              <Text color="error">
                {tText(
                  'manage.kpi.delete-blocked',
                  'These scorecards pick only this KPI: {{titles}}. Without it they would pick none by id, and a scorecard with no ids shows every KPI. Choose other KPIs for them or delete them in the Scorecards tab first.',
                  { titles: titles(effects.emptied) }
                )}
              </Text>
            )}
          </Stack>
        )
      }
      confirmText={t('manage.delete', 'Delete')}
      disabled={blocked}
      onConfirm={() => {
        onDelete(index!);
        onClose();
      }}
      onDismiss={onClose}
      {...(blocked && {
        alternativeText: t('manage.kpi.to-scorecards', 'Open the Scorecards tab'),
        onAlternative: () => {
          onClose();
          onToScorecards();
        },
      })}
    />
  );
}
