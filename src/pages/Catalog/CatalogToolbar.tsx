import { type SelectableValue } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Button, Combobox, Field, Input, RadioButtonGroup, Stack, type ComboboxOption } from '@grafana/ui';
import React, { memo, useMemo } from 'react';

import { selectorLabel } from '../../components/kpi/selectorLabel';
import { type KpiStatus } from '../../kpi/types';
import { testIds } from '../../testIds';
import { statusWord } from '../shared/statusWord';
import { FILTER_KEYS, filterOptions, type CatalogFilters, type FilterKey } from './catalogFilters';
import { type CatalogRow } from './catalogRows';
import { type GroupBy } from './groupRows';

import type { CatalogScene } from './CatalogScene';

interface Props {
  model: CatalogScene;
  rows: CatalogRow[];
  /** Objective titles by id: the objective filter shows titles, the URL keeps the id. */
  objectiveTitles: Map<string, string>;
  filters: CatalogFilters;
  groupBy: GroupBy;
  /** The search box's text as typed: it reaches the scene (and the URL) a moment later. */
  onSearch: (text: string) => void;
  onClear: () => void;
}

interface FilterFieldProps {
  model: CatalogScene;
  filterKey: FilterKey;
  options: ComboboxOption[];
  value: string | undefined;
}

/** One filter; memoised so that typing in the search box does not re-render the six comboboxes. */
const FilterField = memo(function FilterField({ model, filterKey, options, value }: FilterFieldProps) {
  return (
    <Field label={selectorLabel(filterKey)} noMargin>
      <Combobox
        id={`catalog-filter-${filterKey}`}
        width={18}
        isClearable
        options={options}
        value={value ?? null}
        onChange={(option) => model.setFilter(filterKey, option?.value)}
        placeholder={t('catalog.filter.any', 'Any')}
      />
    </Field>
  );
});

/** An objective by its title, a status by its badge's word; the URL keeps the id or the status. */
function optionLabel(key: FilterKey, value: string, objectiveTitles: Map<string, string>): string {
  if (key === 'objective') {
    return objectiveTitles.get(value) ?? value;
  }
  return key === 'status' ? statusWord(value as KpiStatus | 'loading') : value;
}

/** Search, the six filters and the grouping; every change goes to the scene and so to the URL. */
export function CatalogToolbar({ model, rows, objectiveTitles, filters, groupBy, onSearch, onClear }: Props) {
  const options = useMemo(() => {
    const byKey = {} as Record<FilterKey, ComboboxOption[]>;
    for (const key of FILTER_KEYS) {
      byKey[key] = filterOptions(rows, key).map((value) => ({
        value,
        label: optionLabel(key, value, objectiveTitles),
      }));
    }
    return byKey;
  }, [rows, objectiveTitles]);
  const groupOptions = useMemo<Array<SelectableValue<GroupBy>>>(
    () => [
      { value: 'none', label: t('catalog.group.none', 'No grouping') },
      { value: 'team', label: t('catalog.group.team', 'By team') },
      { value: 'objective', label: t('catalog.group.objective', 'By objective') },
    ],
    []
  );
  const anyFilter = filters.search !== '' || FILTER_KEYS.some((key) => filters[key]);
  return (
    <Stack direction="row" wrap="wrap" alignItems="flex-end" gap={1}>
      <Field label={t('catalog.search', 'Search')} noMargin>
        <Input
          id="catalog-search"
          data-testid={testIds.catalog.search}
          value={filters.search}
          placeholder={t('catalog.search-placeholder', 'Name, id, owner, tag…')}
          onChange={(e) => onSearch(e.currentTarget.value)}
          width={28}
        />
      </Field>
      {FILTER_KEYS.map((key) => (
        <FilterField key={key} model={model} filterKey={key} options={options[key]} value={filters[key]} />
      ))}
      <Field label={t('catalog.group.label', 'Group')} noMargin data-testid={testIds.catalog.groupBy}>
        <RadioButtonGroup options={groupOptions} value={groupBy} onChange={(v) => model.setGroupBy(v)} />
      </Field>
      {anyFilter && (
        <Button variant="secondary" fill="text" icon="times" onClick={onClear}>
          {t('catalog.clear-filters', 'Clear filters')}
        </Button>
      )}
    </Stack>
  );
}
