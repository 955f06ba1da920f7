import React, { useState } from 'react';
import { t } from '@grafana/i18n';
import { CodeEditor, Stack } from '@grafana/ui';
import { catalogToYaml } from '../../kpi/catalogYaml';
import { KpiCatalog } from '../../kpi/types';
import { testIds } from '../../testIds';
import type { CatalogEditorScene } from './CatalogEditorScene';
import { IncomingReview } from './IncomingReview';

/** The whole draft as YAML, validated as typed like the form; applying it revises KPIs like an import. */
export function YamlTab({
  model,
  draft,
  budgetKiB,
}: {
  model: CatalogEditorScene;
  draft: KpiCatalog;
  budgetKiB: number;
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
        model={model}
        draft={draft}
        text={text}
        applyLabel={t('manage.yaml.apply', 'Apply YAML to draft')}
        mode="replace"
        budgetKiB={budgetKiB}
      />
    </Stack>
  );
}
