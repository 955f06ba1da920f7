import { t } from '@grafana/i18n';
import { Field, FileUpload, RadioButtonGroup, Stack, TextArea } from '@grafana/ui';
import React, { type FormEvent } from 'react';

import { type ImportMode } from '../../catalog/importMerge';
import { type KpiCatalog } from '../../kpi/types';
import { type ValidationResult } from '../../kpi/validateCatalog';
import { testIds } from '../../testIds';
import { IncomingReview } from './IncomingReview';
import { OpenSloExportButton } from './OpenSloExportButton';

/**
 * Paste or upload a YAML/JSON catalog (or OpenSLO documents), merge it into the draft by id or replace the draft
 * with it, see exactly what it changes, then apply it to the draft; or take the draft's SLOs out as OpenSLO.
 */
interface Props {
  draft: KpiCatalog;
  validation: ValidationResult;
  /** The text waiting to be applied, pasted or uploaded. */
  text: string;
  mode: ImportMode;
  budgetKiB: number;
  onText: (text: string) => void;
  onMode: (mode: ImportMode) => void;
  onApply: (incoming: KpiCatalog, mode: ImportMode) => void;
}

export function ImportTab({ draft, validation, text, mode, budgetKiB, onText, onMode, onApply }: Props) {
  const modes: Array<{ label: string; value: ImportMode; description: string }> = [
    {
      label: t('manage.import.merge', 'Merge'),
      value: 'merge',
      description: t('manage.import.merge-detail', 'Add new KPIs, update the file`s KPIs by id, keep the rest'),
    },
    {
      label: t('manage.import.replace', 'Replace'),
      value: 'replace',
      description: t('manage.import.replace-detail', 'The file becomes the catalog: what it lacks is removed'),
    },
  ];
  const onFile = async (event: FormEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    if (file) {
      onText(await file.text());
    }
  };
  return (
    <Stack direction="column" gap={2} alignItems="stretch">
      <Stack gap={2} alignItems="center" wrap="wrap">
        <FileUpload accept=".yaml,.yml,.json" onFileUpload={onFile}>
          {t('manage.import.upload', 'Upload a YAML or JSON catalog, or OpenSLO v1 documents')}
        </FileUpload>
        <OpenSloExportButton validation={validation} />
      </Stack>
      <Field label={t('manage.import.mode', 'How to apply it')} noMargin>
        <RadioButtonGroup options={modes} value={mode} onChange={onMode} />
      </Field>
      <Field label={t('manage.import.paste', 'Or paste it here')} noMargin>
        <TextArea
          rows={12}
          value={text}
          onChange={(e) => onText(e.currentTarget.value)}
          data-testid={testIds.editor.importText}
        />
      </Field>
      <IncomingReview
        draft={draft}
        text={text}
        applyLabel={t('manage.import.apply', 'Apply to draft (then save)')}
        mode={mode}
        budgetKiB={budgetKiB}
        onApply={onApply}
      />
    </Stack>
  );
}
