import { type QueryEditorProps, type StandardEditorsRegistryItem } from '@grafana/data';
import { t } from '@grafana/i18n';
import { InlineField, InlineFieldRow, RadioButtonGroup, Stack } from '@grafana/ui';
import React from 'react';

import { selectorLabel } from '../components/kpi/selectorLabel';
import { SELECTOR_FIELDS, type SelectorField } from '../kpi/selectorAlternatives';
import { KpiIdsEditor } from './editors/KpiIdsEditor';
import { ScorecardPicker } from './editors/ScorecardPicker';
import { SelectorValueEditor } from './editors/SelectorValueEditor';
import { KpiPicker } from './KpiPicker';
import { type KpiDsQuery, type KpiQueryType } from './kpiQuery';

import type { KpiDataSource } from './KpiDataSource';

type Props = QueryEditorProps<KpiDataSource, KpiDsQuery>;
type SelectBy = NonNullable<KpiDsQuery['selectBy']>;

const LABEL_WIDTH = 14;
// The panel's option editors, reused here: they read only value, onChange, id and their settings.
const editorItem = (field: SelectorField) => ({ settings: { field } }) as StandardEditorsRegistryItem<string>;
const noContext = { data: [] };

/** The KPI query: which kind, then the selector (as the scorecard panel's options were) or the one KPI. */
export function KpiQueryEditor({ query, onChange, onRunQuery }: Props) {
  const queryType = query.queryType ?? 'kpis';
  const set = (change: Partial<KpiDsQuery>) => {
    onChange({ ...query, ...change });
    onRunQuery();
  };
  const types: Array<{ value: KpiQueryType; label: string }> = [
    { value: 'kpis', label: t('datasource.editor.type-kpis', 'KPIs (table)') },
    { value: 'series', label: t('datasource.editor.type-series', 'One KPI over time') },
    { value: 'budget', label: t('datasource.editor.type-budget', 'SLO budget and burn rates') },
  ];
  return (
    <Stack direction="column" gap={0}>
      <InlineFieldRow>
        <InlineField label={t('datasource.editor.query-type', 'Query')} labelWidth={LABEL_WIDTH}>
          <RadioButtonGroup options={types} value={queryType} onChange={(v) => set({ queryType: v })} />
        </InlineField>
      </InlineFieldRow>
      {queryType === 'kpis' ? (
        <SelectorFields query={query} set={set} />
      ) : (
        <InlineField label={t('datasource.editor.kpi', 'KPI')} labelWidth={LABEL_WIDTH} grow>
          <KpiPicker value={query.kpi ?? ''} onChange={(kpi) => set({ kpi })} />
        </InlineField>
      )}
    </Stack>
  );
}

function SelectorFields({ query, set }: { query: KpiDsQuery; set: (change: Partial<KpiDsQuery>) => void }) {
  const selectBy = query.selectBy ?? 'selector';
  const modes: Array<{ value: SelectBy; label: string }> = [
    { value: 'selector', label: t('scorecard.options.by-selector', 'Selector') },
    { value: 'ids', label: t('scorecard.options.by-ids', 'By id') },
    { value: 'scorecard', label: t('datasource.editor.by-scorecard', 'Catalog scorecard') },
  ];
  return (
    <>
      <InlineFieldRow>
        <InlineField label={t('scorecard.options.select-by', 'Choose KPIs')} labelWidth={LABEL_WIDTH}>
          <RadioButtonGroup<SelectBy> options={modes} value={selectBy} onChange={(v) => set({ selectBy: v })} />
        </InlineField>
      </InlineFieldRow>
      {selectBy === 'scorecard' && (
        <InlineField label={t('datasource.editor.scorecard', 'Scorecard')} labelWidth={LABEL_WIDTH} grow>
          <ScorecardPicker
            id="kpi-query-scorecard"
            value={query.scorecard ?? ''}
            onChange={(scorecard) => set({ scorecard })}
          />
        </InlineField>
      )}
      {selectBy === 'ids' && (
        <InlineField label={t('scorecard.options.ids', 'KPIs')} labelWidth={LABEL_WIDTH} grow>
          <KpiIdsEditor
            id="kpi-query-ids"
            value={query.ids ?? []}
            onChange={(ids) => set({ ids: ids ?? [] })}
            item={{} as StandardEditorsRegistryItem<string[]>}
            context={noContext}
          />
        </InlineField>
      )}
      {selectBy === 'selector' && (
        <InlineFieldRow>
          {SELECTOR_FIELDS.map((field) => (
            <InlineField key={field} label={selectorLabel(field)} labelWidth={LABEL_WIDTH}>
              <SelectorValueEditor
                id={`kpi-query-${field}`}
                value={query[field] ?? ''}
                onChange={(value) => set({ [field]: value ?? '' })}
                item={editorItem(field)}
                context={noContext}
              />
            </InlineField>
          ))}
        </InlineFieldRow>
      )}
    </>
  );
}
