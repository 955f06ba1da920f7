import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { type SceneComponentProps } from '@grafana/scenes';
import { Alert, EmptyState, Stack, Text, useStyles2 } from '@grafana/ui';
import { saveAs } from 'file-saver';
import React, { useMemo } from 'react';

import { PageLoading } from '../../components/PageLoading';
import { reportCsv } from '../../kpi/reportCsv';
import { type Report } from '../../kpi/reportRows';
import { testIds } from '../../testIds';
import { tText } from '../../utils/i18n';
import { periodDays, periodName, zoneLabel } from './periodWords';
import { ReportControls } from './ReportControls';
import { ReportGroupTable } from './ReportGroupTable';
import { PRINTED, usePrintStyles } from './reportPrintStyles';

import type { ReportScene } from './ReportScene';

export function ReportView({ model }: SceneComponentProps<ReportScene>) {
  const { phase, loaded, loadError, report, periodProblem, team, objective, period: written } = model.useState();
  const styles = useStyles2(getStyles);
  usePrintStyles();
  // The URL's period read at each render (a parse and some date arithmetic): it follows the URL and the time zone.
  const period = model.shownPeriod();
  const offered = useMemo(() => model.offeredPeriods(period.kind), [model, period.kind]);
  if (phase === 'failed') {
    return <Alert title={t('reports.load-failed', 'The report could not be made')}>{loadError}</Alert>;
  }
  if (!loaded) {
    return <PageLoading />;
  }
  const scope = team ?? (objective && objectiveTitle(report, objective)) ?? t('reports.scope.all', 'All KPIs');
  return (
    <div className={styles.page} data-testid={testIds.reports.container}>
      <ReportControls
        period={period}
        offered={offered}
        team={team}
        objective={objective}
        validation={loaded.validation}
        ready={report !== undefined}
        onKind={(kind) => model.setKind(kind)}
        onPeriod={(label) => model.setPeriod(label)}
        onScope={(s) => model.setScope(s)}
        onDownload={() => report && downloadCsv(report, team ?? objective)}
      />
      {periodProblem && (
        <Alert severity="warning" title={t('reports.period-problem', 'The period in the address cannot be reported')}>
          <span data-testid={testIds.reports.problem}>
            {tText('reports.period-problem-detail', 'period={{period}}: {{problem}}. Showing {{shown}}.', {
              period: written ?? '',
              problem: periodProblem,
              shown: period.label,
            })}
          </span>
        </Alert>
      )}
      <div {...{ [PRINTED]: '' }} className={styles.report}>
        <Stack direction="column" gap={0.5}>
          <Text element="h2" variant="h3">
            {tText('reports.heading', 'KPI report: {{period}}', { period: periodName(period) })}
          </Text>
          <Text color="secondary">
            {tText('reports.heading-detail', '{{days}} ({{zone}}), {{scope}}; compared with the previous {{kind}}', {
              days: periodDays(period),
              zone: zoneLabel(period.zone),
              scope,
              kind: period.kind,
            })}
          </Text>
        </Stack>
        {report === undefined ? (
          <PageLoading />
        ) : report.groups.length === 0 ? (
          <EmptyState variant="not-found" message={t('reports.empty', 'No KPI is selected')} />
        ) : (
          report.groups.map((group) => <ReportGroupTable key={group.objective ?? ''} group={group} />)
        )}
      </div>
    </div>
  );
}

function objectiveTitle(report: Report | undefined, id: string): string {
  return report?.groups.find((g) => g.objective === id)?.title ?? id;
}

/** The same text `kpi report` prints for this period and selection, saved as Grafana saves its exports. */
function downloadCsv(report: Report, scope?: string) {
  const name = `kpi-report-${report.period.label}${scope ? `-${scope.replace(/[^\w.-]+/g, '_')}` : ''}.csv`;
  saveAs(new Blob([reportCsv(report)], { type: 'text/csv;charset=utf-8' }), name);
}

const getStyles = (theme: GrafanaTheme2) => ({
  page: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(3), flexGrow: 1, minWidth: 0 }),
  report: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(4) }),
});
