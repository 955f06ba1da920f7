import React, { FormEvent } from 'react';
import { t } from '@grafana/i18n';
import { Field, FileUpload, Stack, TextArea } from '@grafana/ui';
import { KpiCatalog } from '../../kpi/types';
import { testIds } from '../../testIds';
import type { CatalogEditorScene } from './CatalogEditorScene';
import { IncomingReview } from './IncomingReview';

/** Paste or upload a YAML/JSON catalog, see exactly what it changes, then apply it to the draft. */
export function ImportTab({ model, draft, text }: { model: CatalogEditorScene; draft: KpiCatalog; text: string }) {
  const onFile = async (event: FormEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    if (file) {
      model.setImportText(await file.text());
    }
  };
  return (
    <Stack direction="column" gap={2} alignItems="stretch">
      <div>
        <FileUpload accept=".yaml,.yml,.json" onFileUpload={onFile}>
          {t('manage.import.upload', 'Upload a YAML or JSON catalog')}
        </FileUpload>
      </div>
      <Field label={t('manage.import.paste', 'Or paste it here')} noMargin>
        <TextArea
          rows={12}
          value={text}
          onChange={(e) => model.setImportText(e.currentTarget.value)}
          data-testid={testIds.editor.importText}
        />
      </Field>
      <IncomingReview
        model={model}
        draft={draft}
        text={text}
        applyLabel={t('manage.import.apply', 'Apply to draft (then save)')}
      />
    </Stack>
  );
}
