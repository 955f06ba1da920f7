import React, { useMemo, useState } from 'react';
import { t } from '@grafana/i18n';
import { Button, CodeEditor, Stack } from '@grafana/ui';
import { readIncomingCatalog } from '../../catalog/readIncomingCatalog';
import { catalogToYaml } from '../../kpi/catalogYaml';
import { KpiCatalog } from '../../kpi/types';
import { testIds } from '../../testIds';
import type { CatalogEditorScene } from './CatalogEditorScene';
import { ImportPreview } from './ImportPreview';
import { IncomingProblems } from './IncomingProblems';

/** The whole draft as YAML, validated as typed like the form; applying it revises KPIs like an import. */
export function YamlTab({ model, draft }: { model: CatalogEditorScene; draft: KpiCatalog }) {
  const [text, setText] = useState(() => catalogToYaml(draft));
  const incoming = useMemo(() => readIncomingCatalog(text), [text]);
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
      <IncomingProblems incoming={incoming} />
      {incoming.catalog && (
        <>
          <ImportPreview current={draft} incoming={incoming.catalog} />
          <div>
            <Button onClick={() => model.applyCatalog(incoming.catalog!)}>
              {t('manage.yaml.apply', 'Apply YAML to draft')}
            </Button>
          </div>
        </>
      )}
    </Stack>
  );
}
