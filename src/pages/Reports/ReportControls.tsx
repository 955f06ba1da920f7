import { t } from '@grafana/i18n';
import { Button, Combobox, Field, RadioButtonGroup, Stack, type ComboboxOption } from '@grafana/ui';
import React, { useMemo } from 'react';

import { type ValidationResult } from '../../kpi/catalogEntries';
import { PERIOD_KINDS, type ReportPeriod } from '../../kpi/reportPeriod';
import { testIds } from '../../testIds';
import { tText } from '../../utils/i18n';
import { kindWord, periodName } from './periodWords';

interface Props {
  period: ReportPeriod;
  /** The closed periods of the shown period's kind, newest first. */
  offered: ReportPeriod[];
  team?: string;
  objective?: string;
  validation: ValidationResult;
  ready: boolean;
  onKind: (kind: ReportPeriod['kind']) => void;
  onPeriod: (label: string) => void;
  onScope: (scope: { team?: string; objective?: string }) => void;
  onDownload: () => void;
}

/** The period (its kind, then one of the closed ones), the team or objective, and what to do with the report. */
export function ReportControls({ period, offered, team, objective, validation, ready, ...on }: Props) {
  const periods = useMemo(() => offered.map((p) => ({ value: p.label, label: periodName(p) })), [offered]);
  const scopes = useMemo(() => scopeOptions(validation), [validation]);
  const scope = team !== undefined ? `team:${team}` : objective !== undefined ? `objective:${objective}` : '';
  const pickScope = (value: string) => {
    const [key, ...rest] = value.split(':');
    const id = rest.join(':');
    on.onScope(key === 'team' ? { team: id } : key === 'objective' ? { objective: id } : {});
  };
  return (
    <Stack direction="row" gap={2} wrap="wrap" alignItems="flex-end">
      <Field label={t('reports.control.kind', 'Period')} noMargin>
        <RadioButtonGroup
          options={PERIOD_KINDS.map((kind) => ({ value: kind, label: kindWord(kind) }))}
          value={period.kind}
          onChange={on.onKind}
          data-testid={testIds.reports.kind}
        />
      </Field>
      <Field
        label={t('reports.control.closed', 'Closed period')}
        htmlFor="kpi-report-period"
        noMargin
        data-testid={testIds.reports.period}
      >
        <Combobox
          id="kpi-report-period"
          width={24}
          options={
            periods.some((p) => p.value === period.label)
              ? periods
              : [{ value: period.label, label: periodName(period) }, ...periods]
          }
          value={period.label}
          onChange={(v: ComboboxOption<string>) => on.onPeriod(v.value)}
        />
      </Field>
      <Field
        label={t('reports.control.scope', 'Team or objective')}
        htmlFor="kpi-report-scope"
        noMargin
        data-testid={testIds.reports.scope}
      >
        <Combobox
          id="kpi-report-scope"
          width={30}
          options={scopes}
          value={scope}
          onChange={(v: ComboboxOption<string>) => pickScope(v.value)}
        />
      </Field>
      {/* The two actions wrap together, never one without the other. */}
      <Stack direction="row" gap={1}>
        <Button
          icon="download-alt"
          variant="secondary"
          disabled={!ready}
          onClick={on.onDownload}
          data-testid={testIds.reports.download}
        >
          {t('reports.download', 'Download CSV')}
        </Button>
        <Button
          icon="file-alt"
          variant="secondary"
          disabled={!ready}
          onClick={() => window.print()}
          data-testid={testIds.reports.print}
        >
          {t('reports.print', 'Print')}
        </Button>
      </Stack>
    </Stack>
  );
}

function scopeOptions(validation: ValidationResult): Array<ComboboxOption<string>> {
  const teams = [...new Set(validation.validKpis.map((k) => k.team))].sort();
  const objectives = validation.objectives.flatMap((o) => (o.ok ? [o.value] : []));
  return [
    { value: '', label: t('reports.scope.all', 'All KPIs') },
    ...objectives.map((o) => ({
      value: `objective:${o.id}`,
      label: t('reports.scope.objective', 'Objective: {{title}}', {
        title: o.title,
        interpolation: { escapeValue: false },
      }),
    })),
    ...teams.map((team) => ({
      value: `team:${team}`,
      label: tText('reports.scope.team', 'Team: {{team}}', { team }),
    })),
  ];
}
