import { type StandardEditorProps } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Combobox, type ComboboxOption } from '@grafana/ui';
import React, { useMemo } from 'react';

import { knownValues } from '../../kpi/explainSelection';
import { type SelectorField } from '../../kpi/selectorAlternatives';
import { CATEGORIES, KPI_TYPES, STATUSES } from '../../kpi/types';
import { useEditorCatalog } from './useEditorCatalog';

const FIXED: Partial<Record<SelectorField, readonly string[]>> = {
  category: CATEGORIES,
  type: KPI_TYPES,
  status: STATUSES,
};

/**
 * One selector criterion: the values the catalog has (or the spec's fixed list), or any typed text such as a
 * template variable ($team). Empty selects everything for this criterion.
 */
export function SelectorValueEditor({
  value,
  onChange,
  item,
  id,
}: StandardEditorProps<string, { field: SelectorField }>) {
  const field = item.settings?.field ?? 'team';
  const kpis = useEditorCatalog();
  const options = useMemo<Array<ComboboxOption<string>>>(() => {
    const values = new Set([...(FIXED[field] ?? knownValues(kpis, field)), ...(value ? [value] : [])]);
    return [...values].map((v) => ({ value: v, label: v }));
  }, [kpis, field, value]);
  return (
    <Combobox
      id={id}
      options={options}
      value={value || null}
      createCustomValue
      isClearable
      placeholder={t('scorecard.editor.any', 'Any')}
      onChange={(selected) => onChange(selected?.value ?? '')}
    />
  );
}
