import { t } from '@grafana/i18n';
import { Text } from '@grafana/ui';
import React, { useMemo } from 'react';

import { catalogSize, WARN_SHARE } from '../../kpi/catalogBudget';
import { type KpiCatalog } from '../../kpi/types';
import { testIds } from '../../testIds';

/** "41 KB of 64 KB": the draft's size as stored against the budget, in the warning colour from 75% of it. */
export function CatalogSizeNote({ draft, budgetKiB }: { draft: KpiCatalog; budgetKiB: number }) {
  const size = useMemo(() => catalogSize({ catalog: draft }, budgetKiB), [draft, budgetKiB]);
  const over = size.bytes > size.budgetBytes;
  const color = over ? 'error' : size.share >= WARN_SHARE ? 'warning' : 'secondary';
  const text = t('manage.size', '{{used}} KB of {{budget}} KB', {
    used: Math.ceil(size.bytes / 1024),
    budget: budgetKiB,
  });
  return (
    <span data-testid={testIds.editor.size}>
      <Text color={color}>
        {over ? t('manage.size-over', '{{size}}: over the size budget, it cannot be saved', { size: text }) : text}
      </Text>
    </span>
  );
}
