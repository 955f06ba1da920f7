import { t } from '@grafana/i18n';
import { Alert } from '@grafana/ui';
import React from 'react';

import { type MergeReport } from '../../catalog/mergeEdits';
import { testIds } from '../../testIds';

/** After a conflict: the draft is my edits merged onto their save; what came from whom, and what both changed. */
export function MergeReportAlert({ theirVersion, report }: { theirVersion: number; report: MergeReport }) {
  const ids = (entries: MergeReport['mine']) => entries.map((e) => (e.list === 'kpis' ? e.id : `${e.list}: ${e.id}`));
  return (
    <Alert
      severity={report.both.length > 0 ? 'warning' : 'info'}
      title={t('manage.merged', 'Your changes are merged onto their version {{version}}: review, then save', {
        version: theirVersion,
      })}
      data-testid={testIds.editor.merged}
    >
      {report.mine.length > 0 && (
        <div>{t('manage.merged-mine', 'Yours: {{ids}}', { ids: ids(report.mine).join(', ') })}</div>
      )}
      {report.theirs.length > 0 && (
        <div>{t('manage.merged-theirs', 'Theirs, kept: {{ids}}', { ids: ids(report.theirs).join(', ') })}</div>
      )}
      {report.both.length > 0 && (
        <div>
          {t('manage.merged-both', 'Changed by both, yours in the draft (check theirs): {{ids}}', {
            ids: ids(report.both).join(', '),
          })}
        </div>
      )}
    </Alert>
  );
}
