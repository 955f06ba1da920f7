import { t } from '@grafana/i18n';
import { InteractiveTable, Stack, Text, type CellProps, type Column } from '@grafana/ui';
import React, { useMemo } from 'react';

import { entryLabel } from '../../kpi/places';
import { type KpiCatalog } from '../../kpi/types';
import { type CatalogRules } from '../../rules/catalogRules';
import { testIds } from '../../testIds';

interface Row {
  id: string;
  name: string;
  grafana: string[];
  prometheus: string;
  why: string[];
}

type Cell = CellProps<Row>;

/** Per KPI of the draft: the Grafana rules it gets, whether Prometheus rules record its SLO, and why not. */
export function AlertingRulesTable({ draft, rules }: { draft: KpiCatalog; rules: CatalogRules }) {
  const rows = useMemo(() => tableRows(draft, rules), [draft, rules]);
  const columns = useMemo<Array<Column<Row>>>(
    () => [
      {
        id: 'name',
        header: t('manage.alerting.column.kpi', 'KPI'),
        cell: ({ row }: Cell) => <Text>{row.original.name}</Text>,
      },
      { id: 'grafana', header: t('manage.alerting.column.grafana', 'Grafana rules'), cell: lines('grafana') },
      {
        id: 'prometheus',
        header: t('manage.alerting.column.prometheus', 'Prometheus rules'),
        cell: ({ row }: Cell) => <Text>{row.original.prometheus}</Text>,
      },
      { id: 'why', header: t('manage.alerting.column.why', 'Why not'), cell: lines('why', 'secondary') },
    ],
    []
  );
  return (
    <div data-testid={testIds.editor.alertingRules}>
      <InteractiveTable columns={columns} data={rows} getRowId={(row) => row.id} />
    </div>
  );
}

function lines(field: 'grafana' | 'why', color?: 'secondary') {
  const Lines = ({ row }: Cell) => (
    <Stack direction="column" gap={0}>
      {row.original[field].map((line) => (
        <Text key={line} color={color}>
          {line}
        </Text>
      ))}
    </Stack>
  );
  return Lines;
}

function tableRows(draft: KpiCatalog, rules: CatalogRules): Row[] {
  const kpis: unknown[] = Array.isArray(draft.kpis) ? draft.kpis : [];
  const recorded = new Set(rules.prometheus.file.groups.map((group) => group.name));
  return kpis.map((kpi, index) => {
    const { id, name } = entryLabel(kpi, index);
    const reasons = [...rules.invalid, ...rules.grafana.skipped, ...rules.prometheus.skipped]
      .filter((skipped) => skipped.kpiId === id)
      .map((skipped) => skipped.reason);
    return {
      id: `${index}`,
      name,
      grafana: rules.grafana.rules.filter((rule) => rule.kpiId === id).map((rule) => rule.title),
      prometheus: recorded.has(`kpi-${id}`) ? t('manage.alerting.prometheus-yes', 'recordings and burn alerts') : '',
      why: [...new Set(reasons)],
    };
  });
}
