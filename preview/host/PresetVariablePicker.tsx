// The dashboard's variable bar, as Grafana draws it above a dashboard: each variable's label and a picker with
// its options ("All" first when it has includeAll; chosen ones stay listed, as in Grafana's picker). A change goes to the URL's var-<name>, as in Grafana.
import { locationService } from '@grafana/runtime';
import { Alert, InlineField, MultiSelect, Select, Stack } from '@grafana/ui';
import React from 'react';

import { ALL_VALUE, type PresetVariable } from './presetVariables';

import type { SelectableValue } from '@grafana/data';

function pick(variable: PresetVariable, values: string[]) {
  const chosen =
    values.includes(ALL_VALUE) && !(variable.all && values.length > 1)
      ? [ALL_VALUE]
      : values.filter((v) => v !== ALL_VALUE);
  locationService.partial({ [`var-${variable.name}`]: chosen.length > 0 ? chosen : undefined }, true);
}

function VariablePicker({ variable }: { variable: PresetVariable }) {
  const options: Array<SelectableValue<string>> = [
    ...(variable.includeAll ? [{ label: 'All', value: ALL_VALUE }] : []),
    ...variable.options.map((o) => ({ label: o.text, value: String(o.value) })),
  ];
  const current = variable.all ? [ALL_VALUE] : variable.values;
  const id = `preview-var-${variable.name}`;
  return (
    <InlineField label={variable.label} htmlFor={id} data-testid="preview-preset-variable" data-name={variable.name}>
      {variable.multi ? (
        <MultiSelect
          inputId={id}
          width={36}
          options={options}
          value={current}
          hideSelectedOptions={false}
          onChange={(items) => pick(variable, items.map((i) => i.value!).filter(Boolean))}
        />
      ) : (
        <Select
          inputId={id}
          width={36}
          options={options}
          value={current[0]}
          onChange={(item) => pick(variable, [item.value!])}
        />
      )}
    </InlineField>
  );
}

export function PresetVariablePicker({ variables }: { variables: PresetVariable[] }) {
  return (
    <Stack direction="row" wrap="wrap" gap={1}>
      {variables.map((v) =>
        v.error ? (
          <Alert key={v.name} severity="error" title={`Variable ${v.label}`}>
            {v.error}
          </Alert>
        ) : (
          <VariablePicker key={v.name} variable={v} />
        )
      )}
    </Stack>
  );
}
