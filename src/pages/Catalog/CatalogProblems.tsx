import { t } from '@grafana/i18n';
import { Alert, Collapse, Text } from '@grafana/ui';
import React, { useState } from 'react';

import { canEditCatalog } from '../../catalog/permissions';
import { problemText } from '../../kpi/problemsText';
import { type ValidationResult } from '../../kpi/validateCatalog';
import { testIds } from '../../testIds';

/**
 * Problems that are not one KPI's: catalog-level errors (shown to everyone, they explain missing pieces) and,
 * for admins only, the lint warnings that carry the selection principles. Memoised: the validation does not
 * change while the user types in the search box, so a keystroke skips a 5,000-KPI catalog's problem list.
 */
export const CatalogProblems = React.memo(function CatalogProblems({ validation }: { validation: ValidationResult }) {
  const [open, setOpen] = useState(false);
  const general = validation.problems.filter((p) => p.severity === 'error' && p.at.list !== 'kpis');
  const warnings = validation.problems.filter((p) => p.severity === 'warning');
  const admin = canEditCatalog();
  return (
    <>
      {general.length > 0 && (
        <Alert severity="error" title={t('catalog.problems.errors', 'The catalog has errors')}>
          {general.map((p, i) => (
            <div key={i}>{problemText(p)}</div>
          ))}
        </Alert>
      )}
      {admin && warnings.length > 0 && (
        <div data-testid={testIds.catalog.lintWarnings}>
          <Collapse
            label={t('catalog.problems.warnings', '{{count}} lint warnings (visible to admins)', {
              count: warnings.length,
            })}
            isOpen={open}
            onToggle={() => setOpen(!open)}
          >
            {warnings.map((p, i) => (
              <Text key={i} element="p" variant="bodySmall">
                {problemText(p)}
              </Text>
            ))}
          </Collapse>
        </div>
      )}
    </>
  );
});
