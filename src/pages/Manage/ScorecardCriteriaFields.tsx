import { t } from '@grafana/i18n';
import { Combobox, Field, Stack, type ComboboxOption } from '@grafana/ui';
import React from 'react';

import { selectorLabel } from '../../components/kpi/selectorLabel';
import { knownValues } from '../../kpi/explainSelection';
import { isRecord } from '../../kpi/places';
import { SELECTOR_FIELDS, type SelectorField } from '../../kpi/selectorAlternatives';
import { KPI_TYPES, STATUSES, type Kpi, type KpiCatalog, type KpiSelector } from '../../kpi/types';

interface Props {
  draft: KpiCatalog;
  kpis: Kpi[];
  criteria: KpiSelector;
  onChange: (criterion: SelectorField, value?: string) => void;
}

/** A scorecard's KPIs chosen by selector: one choice per criterion, from what the draft has. */
export function ScorecardCriteriaFields({ draft, kpis, criteria, onChange }: Props) {
  const criterionOptions = (criterion: SelectorField): Array<ComboboxOption<string>> => {
    const known: Array<ComboboxOption<string>> =
      criterion === 'objective'
        ? (draft.objectives ?? []).filter(isRecord).map((o) => ({ value: o.id, label: o.title, description: o.id }))
        : (criterion === 'type' ? KPI_TYPES : criterion === 'status' ? STATUSES : knownValues(kpis, criterion)).map(
            (v) => ({ value: v, label: v })
          );
    // A value the draft no longer has (typed in YAML, or its KPIs since changed) stays visible next to its error.
    const current = criteria[criterion];
    return current && !known.some((o) => o.value === current) ? [...known, { value: current, label: current }] : known;
  };
  return (
    <Stack gap={2} wrap="wrap">
      {SELECTOR_FIELDS.map((criterion) => (
        <Field key={criterion} label={selectorLabel(criterion)} noMargin>
          <Combobox
            id={`scorecard-${criterion}`}
            isClearable
            width={criterion === 'objective' ? 30 : 20}
            options={criterionOptions(criterion)}
            value={criteria[criterion] ?? null}
            placeholder={t('manage.scorecard.any', 'Any')}
            onChange={(o) => onChange(criterion, o?.value)}
          />
        </Field>
      ))}
    </Stack>
  );
}
