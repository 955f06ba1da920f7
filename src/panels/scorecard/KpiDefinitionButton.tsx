import React from 'react';
import { t } from '@grafana/i18n';
import { IconButton, Toggletip } from '@grafana/ui';
import { KpiDefinition } from '../../components/kpi/KpiDefinition';
import { Kpi } from '../../kpi/types';
import { scorecardTestIds } from './testIds';

/**
 * Opens the KPI's full definition, links included, by click, Enter or Space: the keyboard's way to the tooltip.
 * Memoised: its Toggletip sets up floating-ui hooks, and the card renders again as the KPI's answers come in.
 */
export const KpiDefinitionButton = React.memo(function KpiDefinitionButton({
  kpi,
  className,
}: {
  kpi: Kpi;
  className?: string;
}) {
  return (
    <Toggletip content={<KpiDefinition kpi={kpi} withLinks />} placement="bottom-end" closeButton>
      <IconButton
        name="info-circle"
        size="sm"
        className={className}
        data-testid={scorecardTestIds.definitionButton}
        aria-label={t('scorecard.definition.open', 'Definition of {{name}}', {
          name: kpi.name,
          interpolation: { escapeValue: false },
        })}
      />
    </Toggletip>
  );
});
