import { dataFrameToJSON } from '@grafana/data';
import { t } from '@grafana/i18n';
import { config } from '@grafana/runtime';
import { Collapse, Stack, Text, TextLink } from '@grafana/ui';
import React, { useMemo, useState } from 'react';

import { type Kpi } from '../../kpi/types';
import { type KpiResult } from '../../query/evaluateResults';
import { type RequestResult } from '../../query/runKpiQueries';
import { testIds } from '../../testIds';
import { debugPresetUrl } from './debugPresetUrl';
import { exploreUrl } from './exploreUrl';
import { sentQuery } from './kpiRequests';

/** For whoever asks "why is this red": the request exactly as sent, the raw frames, and Explore with the same query. */
export function KpiDebug({ kpi, result, requests }: { kpi: Kpi; result?: KpiResult; requests: RequestResult[] }) {
  const [open, setOpen] = useState(false);
  const current = sentQuery(kpi, requests, 'current');
  const previous = sentQuery(kpi, requests, 'previous');
  const presetUrl = current?.request ? debugPresetUrl(kpi, current.request) : undefined;
  const frames = useMemo(() => {
    if (!open || !result?.current) {
      return '';
    }
    const outcome = result.current;
    return JSON.stringify(
      outcome.error !== undefined ? { error: outcome.error } : outcome.frames.map(dataFrameToJSON),
      null,
      2
    );
  }, [open, result]);
  return (
    <div data-testid={testIds.kpiDetail.debug}>
      <Collapse
        label={t('kpi.debug.title', 'Debug: query as sent and raw answer')}
        isOpen={open}
        onToggle={() => setOpen(!open)}
      >
        {open && (
          <Stack direction="column" gap={2}>
            {current?.request && (
              <TextLink
                href={exploreUrl(current.request, current.target, config.bootData?.user?.orgId)}
                icon="compass"
                inline={false}
                data-testid={testIds.kpiDetail.exploreLink}
              >
                {t('kpi.debug.explore', 'Open this query in Explore')}
              </TextLink>
            )}
            {presetUrl && (
              <TextLink href={presetUrl} icon="apps" inline={false}>
                {t('kpi.debug.preset', 'Open the debug dashboard for this KPI (the preset must be imported)')}
              </TextLink>
            )}
            <Text element="h4">{t('kpi.debug.request', 'Request (current window)')}</Text>
            <pre>
              {current?.request ? JSON.stringify(current.request, null, 2) : t('kpi.debug.none', 'Not sent yet')}
            </pre>
            {previous?.request && (
              <>
                <Text element="h4">{t('kpi.debug.previous', 'Request (previous period)')}</Text>
                <pre>{JSON.stringify(previous.request, null, 2)}</pre>
              </>
            )}
            <Text element="h4">{t('kpi.debug.frames', 'Raw frames for {{id}}', { id: kpi.id })}</Text>
            <pre>{frames || t('kpi.debug.no-frames', 'No answer yet')}</pre>
          </Stack>
        )}
      </Collapse>
    </div>
  );
}
