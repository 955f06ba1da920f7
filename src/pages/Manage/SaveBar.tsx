import { t } from '@grafana/i18n';
import { Alert, Button, Stack, Text } from '@grafana/ui';
import React from 'react';

import { testIds } from '../../testIds';
import { CatalogSizeNote } from './CatalogSizeNote';
import { MergeReportAlert } from './MergeReportAlert';
import { RuleFollowUp } from './RuleFollowUp';

import type { CatalogEditorState } from './catalogEditorState';

/** Save, discard and export, and what the last save said: saved, refused because of a conflict, or invalid. */
type Props = Pick<
  CatalogEditorState,
  'draft' | 'saved' | 'savedFrom' | 'saving' | 'lastSave' | 'saveError' | 'baseVersion' | 'budgetKiB' | 'merged'
> & {
  /** The draft differs from what is stored. */
  dirty: boolean;
  onSave: () => void;
  onDiscard: () => void;
  onExport: () => void;
  /** After a conflict or a lost write: merges the draft onto their version. */
  onRebase: () => void;
};

export function SaveBar({ dirty, onSave, onDiscard, onExport, onRebase, ...state }: Props) {
  const outcome = state.lastSave;
  return (
    <Stack direction="column" gap={1}>
      <Stack gap={1} alignItems="center">
        <Button icon="save" onClick={onSave} disabled={!dirty || state.saving} data-testid={testIds.editor.save}>
          {state.saving ? t('manage.saving', 'Saving…') : t('manage.save', 'Save catalog')}
        </Button>
        <Button variant="secondary" onClick={onDiscard} disabled={!dirty || state.saving}>
          {t('manage.discard', 'Discard changes')}
        </Button>
        <Button variant="secondary" icon="download-alt" onClick={onExport}>
          {t('manage.export', 'Export as YAML')}
        </Button>
        <Text color="secondary">
          {dirty
            ? t('manage.unsaved', 'Unsaved changes')
            : t('manage.version', 'Saved, version {{version}}', { version: state.baseVersion })}
        </Text>
        <CatalogSizeNote draft={state.draft} budgetKiB={state.budgetKiB} />
      </Stack>
      {state.merged && <MergeReportAlert theirVersion={state.merged.theirVersion} report={state.merged.report} />}
      {outcome?.kind === 'saved' && !dirty && <Alert severity="success" title={t('manage.saved', 'Catalog saved')} />}
      {outcome?.kind === 'saved' && state.savedFrom && (
        <RuleFollowUp key={outcome.version} before={state.savedFrom} after={state.saved} />
      )}
      {(outcome?.kind === 'conflict' || outcome?.kind === 'lost') && (
        <Alert
          severity={outcome.kind === 'lost' ? 'error' : 'warning'}
          title={
            outcome.kind === 'lost'
              ? t('manage.lost', 'Your save did not survive: another admin saved at the same moment, and theirs won')
              : t('manage.conflict', 'Someone else saved the catalog while you were editing')
          }
          data-testid={outcome.kind === 'lost' ? testIds.editor.lost : testIds.editor.conflict}
        >
          <Stack direction="column" gap={1}>
            <Text>
              {outcome.kind === 'lost'
                ? t(
                    'manage.lost-detail',
                    'Their version {{theirs}} is what is stored now. Your changes are still here, unsaved: merge them onto theirs and save again.',
                    { theirs: outcome.theirVersion }
                  )
                : t(
                    'manage.conflict-detail',
                    'Nothing was saved and your changes are still here. Their version is {{theirs}}; you started from {{mine}}.',
                    { theirs: outcome.theirVersion, mine: state.baseVersion }
                  )}
            </Text>
            <Stack gap={1}>
              <Button size="sm" onClick={onRebase}>
                {t('manage.conflict-rebase', 'Merge my changes onto their version')}
              </Button>
              <Button size="sm" variant="secondary" icon="download-alt" onClick={onExport}>
                {t('manage.conflict-download', 'Download my version')}
              </Button>
            </Stack>
          </Stack>
        </Alert>
      )}
      {outcome?.kind === 'invalid' && (
        <Alert
          severity="error"
          title={t(
            'manage.invalid',
            'The catalog cannot be saved as it is; nothing was saved, your changes are still here'
          )}
        >
          {outcome.messages.map((m, i) => (
            <div key={i}>{m}</div>
          ))}
        </Alert>
      )}
      {state.saveError && (
        <Alert severity="error" title={t('manage.save-failed', 'Saving failed; your changes are still here')}>
          {state.saveError}
        </Alert>
      )}
    </Stack>
  );
}
