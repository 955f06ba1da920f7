import { t } from '@grafana/i18n';
import { getBackendSrv } from '@grafana/runtime';
import { Button, Field, Input, Stack } from '@grafana/ui';
import React, { useState } from 'react';
import { lastValueFrom } from 'rxjs';

import { DEFAULT_BUDGET_KIB, readBudgetKiB } from '../../kpi/catalogBudget';
import { fetchPluginSettings, SETTINGS_URL, type AppJsonData } from '../../query/catalogSettings';
import { errorMessage } from '../../query/errorMessage';
import { testIds } from '../../testIds';

/**
 * The catalog's size budget (jsonData.catalogBudgetKiB): 64 KiB for MySQL's TEXT column; an admin of a Grafana on
 * PostgreSQL or SQLite raises it. Written onto freshly read settings, so the catalog stored now is kept as it is.
 */
export function BudgetSetting({ jsonData }: { jsonData: AppJsonData }) {
  const [text, setText] = useState(String(readBudgetKiB(jsonData.catalogBudgetKiB).kib));
  const [note, setNote] = useState<{ error?: string; saved?: boolean }>({});
  const parsed = readBudgetKiB(text);
  const save = async () => {
    try {
      const fresh = await fetchPluginSettings();
      const data = { ...fresh, jsonData: { ...fresh.jsonData, catalogBudgetKiB: parsed.kib } };
      await lastValueFrom(getBackendSrv().fetch({ url: SETTINGS_URL, method: 'POST', data, showErrorAlert: false }));
      setNote({ saved: true });
    } catch (e) {
      setNote({ error: errorMessage(e, 'the request failed') });
    }
  };
  return (
    <Field
      label={t('config.budget.label', 'Catalog size budget (KiB)')}
      description={t(
        'config.budget.description',
        '{{default}} KiB fits MySQL, which stores the app settings in 65,535 bytes. Raise it only on a Grafana on PostgreSQL or SQLite.',
        { default: DEFAULT_BUDGET_KIB }
      )}
      invalid={Boolean(parsed.error || note.error)}
      error={parsed.error ?? note.error}
    >
      <Stack gap={1}>
        <Input
          width={12}
          value={text}
          onChange={(e) => (setText(e.currentTarget.value), setNote({}))}
          data-testid={testIds.appConfig.budget}
        />
        <Button variant="secondary" onClick={save} disabled={Boolean(parsed.error)}>
          {note.saved ? t('config.budget.saved', 'Saved') : t('config.budget.save', 'Save budget')}
        </Button>
      </Stack>
    </Field>
  );
}
