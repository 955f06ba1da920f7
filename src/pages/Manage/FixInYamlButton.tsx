import React from 'react';
import { t } from '@grafana/i18n';
import { Button } from '@grafana/ui';
import type { CatalogEditorScene } from './CatalogEditorScene';

/** Where a list entry no form can open gets fixed: the YAML tab, which lists its error at the same place. */
export function FixInYamlButton({ model }: { model: CatalogEditorScene }) {
  return (
    <Button size="sm" variant="secondary" icon="brackets-curly" onClick={() => model.setTab('yaml')}>
      {t('manage.entry.fix', 'Fix in the YAML tab')}
    </Button>
  );
}

/** What the lists say in place of an entry's name: why it has no Edit button. */
export const notEditableText = () =>
  t('manage.entry.not-editable', 'Not an object, so no form can open it: fix or remove it in the YAML tab');
