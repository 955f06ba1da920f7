import { getTimeZone } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Alert, Button, Stack, Text } from '@grafana/ui';
import React, { useMemo } from 'react';

import { KpiTarget } from '../../components/kpi/KpiTarget';
import { useKpiResults } from '../../components/kpi/useKpiResults';
import { type Kpi } from '../../kpi/types';
import { testIds } from '../../testIds';
import { KpiStatusBadge } from '../shared/KpiStatusBadge';
import { KpiValueText } from '../shared/KpiValueText';
import { type PreviewRequest } from './usePreviewRequest';

interface Props {
  request?: PreviewRequest;
  /** The form was edited since: the preview shows the KPI as it was then. */
  outdated: boolean;
  onPreview: () => void;
}

/**
 * The KPI's value and status for the query in the form, before anything is saved: what the catalog page would
 * show for it now, through the same evaluation (useKpiResults), with its target; the datasource's own words when
 * the query fails, and the fields to fix first when the form cannot be evaluated yet.
 */
export function KpiPreview({ request, outdated, onPreview }: Props) {
  return (
    <Stack direction="column" gap={1}>
      <Stack gap={2} alignItems="center">
        <Button variant="secondary" icon="eye" onClick={onPreview} data-testid={testIds.editor.previewButton}>
          {t('manage.kpi.preview', 'Preview')}
        </Button>
        <Text color="secondary" variant="bodySmall" data-testid={testIds.editor.previewNote}>
          {outdated
            ? t('manage.kpi.preview-outdated', 'Edited since this preview: preview again to see the changes')
            : !request &&
              t('manage.kpi.preview-help', 'The value and status of this KPI now, as the catalog would show them')}
        </Text>
      </Stack>
      {request && 'problems' in request && (
        <Alert
          severity="warning"
          title={t('manage.kpi.preview-blocked', 'Fix these fields to preview')}
          data-testid={testIds.editor.previewProblems}
        >
          <ul>
            {Object.entries(request.problems).map(([field, messages]) => (
              <li key={field}>{`${field || t('manage.kpi.preview-the-kpi', 'the KPI')}: ${messages.join('; ')}`}</li>
            ))}
          </ul>
        </Alert>
      )}
      {request && 'kpi' in request && <PreviewResult kpi={request.kpi} now={request.now} />}
    </Stack>
  );
}

function PreviewResult({ kpi, now }: { kpi: Kpi; now: number }) {
  const kpis = useMemo(() => [kpi], [kpi]);
  const [result] = useKpiResults(kpis, { now, timeZone: getTimeZone() });
  const evaluation = result?.loading ? undefined : result?.evaluation;
  return (
    <Stack direction="column" gap={1}>
      <Stack gap={2} alignItems="center" wrap="wrap" data-testid={testIds.editor.preview}>
        <span data-testid={testIds.editor.previewStatus}>
          <KpiStatusBadge status={evaluation?.status ?? 'loading'} />
        </span>
        {evaluation && (
          <span data-testid={testIds.editor.previewValue}>
            <KpiValueText kpi={kpi} evaluation={evaluation} now={now} />
          </span>
        )}
        <Text color="secondary">
          <KpiTarget
            direction={kpi.direction}
            target={kpi.target}
            unit={kpi.unit}
            decimals={kpi.decimals}
            slo={kpi.slo}
          />
        </Text>
      </Stack>
      {evaluation?.error && (
        <Alert
          severity="error"
          title={t('manage.kpi.preview-failed', 'The query failed')}
          data-testid={testIds.editor.previewError}
        >
          {evaluation.error}
        </Alert>
      )}
    </Stack>
  );
}
