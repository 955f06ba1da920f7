import { t } from '@grafana/i18n';
import { Field, MultiCombobox, Text, type ComboboxOption } from '@grafana/ui';
import React, { useMemo } from 'react';

import { selectorLabel } from '../../components/kpi/selectorLabel';
import { SELECTOR_FIELDS } from '../../kpi/selectorAlternatives';
import { type Kpi, type KpiSelector } from '../../kpi/types';
import { tText } from '../../utils/i18n';

interface Props {
  kpis: Kpi[];
  ids: string[];
  onChange: (ids: string[]) => void;
  /** Selectors written next to the ids (in YAML): kept as they are, and said so. */
  narrowing: KpiSelector;
}

/** A scorecard's KPIs chosen by id, and the selectors that still narrow them. */
export function ScorecardIdsField({ kpis, ids, onChange, narrowing }: Props) {
  const kpiOptions = useMemo<Array<ComboboxOption<string>>>(
    () => [
      ...kpis.map((k) => ({ value: k.id, label: k.name, description: k.id })),
      ...ids.filter((id) => !kpis.some((k) => k.id === id)).map((id) => ({ value: id, label: id })),
    ],
    [kpis, ids]
  );
  return (
    <>
      <Field label={t('manage.scorecard.ids', 'Chosen KPIs')} noMargin>
        <MultiCombobox
          id="scorecard-ids"
          width={60}
          options={kpiOptions}
          value={ids}
          placeholder={t('manage.scorecard.ids-placeholder', 'Choose KPIs')}
          onChange={(chosen) => onChange(chosen.map((o) => o.value))}
        />
      </Field>
      {Object.keys(narrowing).length > 0 && (
        <Text color="secondary">
          {tText('manage.scorecard.narrowing', 'Only those that also match {{criteria}} (kept; change it in the YAML tab)', {
            criteria: SELECTOR_FIELDS.filter((c) => narrowing[c])
              .map((c) => `${selectorLabel(c)}: ${narrowing[c]}`)
              .join(', '),
          })}
        </Text>
      )}
    </>
  );
}
