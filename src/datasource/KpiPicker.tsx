import { t } from '@grafana/i18n';
import { Combobox, type ComboboxOption } from '@grafana/ui';
import React, { useMemo } from 'react';

import { useEditorCatalog } from './editors/useEditorCatalog';

/** One KPI of the catalog, by id; a typed value (a template variable like $kpi) is kept as is. */
export function KpiPicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const kpis = useEditorCatalog();
  const options = useMemo<Array<ComboboxOption<string>>>(() => {
    const known = kpis.map((kpi) => ({ value: kpi.id, label: kpi.name, description: kpi.id }));
    return value && !kpis.some((k) => k.id === value) ? [...known, { value, label: value }] : known;
  }, [kpis, value]);
  return (
    <Combobox
      id="kpi-query-kpi"
      options={options}
      value={value || null}
      createCustomValue
      placeholder={t('datasource.editor.kpi-placeholder', 'Choose a KPI')}
      onChange={(selected) => onChange(selected?.value ?? '')}
    />
  );
}
