import { type StandardEditorProps } from '@grafana/data';
import { t } from '@grafana/i18n';
import { MultiCombobox, type ComboboxOption } from '@grafana/ui';
import React, { useMemo } from 'react';

import { useEditorCatalog } from './useEditorCatalog';

/** Picks KPIs by id from the catalog; a typed value (a template variable like $kpi) is kept as is. */
export function KpiIdsEditor({ value, onChange, id }: StandardEditorProps<string[]>) {
  const kpis = useEditorCatalog();
  const options = useMemo<Array<ComboboxOption<string>>>(() => {
    const known = kpis.map((kpi) => ({ value: kpi.id, label: kpi.name, description: `${kpi.id} · ${kpi.team}` }));
    const typed = (value ?? []).filter((v) => !kpis.some((kpi) => kpi.id === v)).map((v) => ({ value: v, label: v }));
    return [...known, ...typed];
  }, [kpis, value]);
  return (
    <MultiCombobox
      id={id}
      options={options}
      value={value ?? []}
      createCustomValue
      placeholder={t('scorecard.editor.ids-placeholder', 'Choose KPIs')}
      onChange={(selected) => onChange(selected.map((s) => s.value).filter(Boolean))}
    />
  );
}
