import { t } from '@grafana/i18n';
import { CodeEditor, Stack } from '@grafana/ui';
import React, { useState } from 'react';

import { type ImportMode } from '../../catalog/importMerge';
import { catalogToYaml } from '../../kpi/catalogYaml';
import { type KpiCatalog } from '../../kpi/types';
import { testIds } from '../../testIds';
import { IncomingReview } from './IncomingReview';

/** The whole draft as YAML, validated as typed like the form; applying it revises KPIs like an import. */
export function YamlTab({
  draft,
  budgetKiB,
  onApply,
}: {
  draft: KpiCatalog;
  budgetKiB: number;
  onApply: (incoming: KpiCatalog, mode: ImportMode) => void;
}) {
  const [text, setText] = useState(() => catalogToYaml(draft));
  return (
    <Stack direction="column" gap={2} alignItems="stretch">
      <div data-testid={testIds.editor.yaml}>
        <CodeEditor
          value={text}
          language="yaml"
          height={480}
          showLineNumbers
          showMiniMap={false}
          onChange={setText}
          onBlur={setText}
        />
      </div>
      <IncomingReview
        draft={draft}
        text={text}
        applyLabel={t('manage.yaml.apply', 'Apply YAML to draft')}
        mode="replace"
        budgetKiB={budgetKiB}
        onApply={onApply}
      />
    </Stack>
  );
}
