import { t } from '@grafana/i18n';
import { Combobox, type ComboboxOption } from '@grafana/ui';
import React, { useMemo } from 'react';

import { useEditorScorecards } from './useEditorCatalog';

interface Props {
  id: string;
  value: string;
  onChange: (scorecard: string) => void;
}

/**
 * A catalog scorecard by id, its title beside it; any typed text too, such as a template variable ($scorecard).
 * The query keeps the id, so the panel follows the scorecard's selection as an admin edits it.
 */
export function ScorecardPicker({ id, value, onChange }: Props) {
  const scorecards = useEditorScorecards();
  const options = useMemo<Array<ComboboxOption<string>>>(() => {
    const listed = scorecards.map((s) => ({ value: s.id, label: s.title || s.id, description: s.id }));
    return value && !listed.some((o) => o.value === value) ? [...listed, { value, label: value }] : listed;
  }, [scorecards, value]);
  return (
    <Combobox
      id={id}
      options={options}
      value={value || null}
      createCustomValue
      placeholder={t('datasource.editor.scorecard-placeholder', 'Choose a scorecard')}
      onChange={(selected) => onChange(selected?.value ?? '')}
    />
  );
}
