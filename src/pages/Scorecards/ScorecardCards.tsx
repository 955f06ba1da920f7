import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { Card, Text, useStyles2 } from '@grafana/ui';
import React from 'react';

import { targetText } from '../../components/kpi/KpiTarget';
import { problemText } from '../../kpi/problemsText';
import { type Kpi } from '../../kpi/types';
import { kpiDetailUrl } from '../../routing';
import { testIds } from '../../testIds';
import { type CatalogRow } from '../Catalog/catalogRows';
import { KpiStatusBadge } from '../shared/KpiStatusBadge';
import { KpiTrend } from '../shared/KpiTrend';
import { KpiValueText } from '../shared/KpiValueText';

/** The cards layout: one card per KPI with status, value, target and trend, as an executive scans them. */
export function ScorecardCards({ rows }: { rows: CatalogRow[] }) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.grid}>
      {rows.map((row) => {
        const evaluation = row.result?.evaluation;
        const kpi = row.kpi as Kpi;
        return (
          <div key={row.index} data-testid={testIds.scorecards.card(row.id)}>
            <Card href={row.errors ? undefined : kpiDetailUrl(row.id)}>
              {/* The badge leads the heading's line and wraps above the name in a narrow column, never over it. */}
              <Card.Heading>
                <span className={styles.heading}>
                  <KpiStatusBadge status={row.status} />
                  <span>{row.name}</span>
                </span>
              </Card.Heading>
              <Card.Description>
                {row.errors ? (
                  row.errors.map((p, i) => (
                    <Text key={i} color="error" element="p">
                      {problemText(p)}
                    </Text>
                  ))
                ) : (
                  <>
                    {evaluation && <KpiValueText kpi={kpi} evaluation={evaluation} now={row.evaluatedAt} size="h3" />}
                    <Text color="secondary">{targetText(kpi, true)}</Text>
                    <KpiTrend kpi={kpi} result={row.result} width={200} />
                  </>
                )}
              </Card.Description>
            </Card>
          </div>
        );
      })}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  grid: css({ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: theme.spacing(2) }),
  heading: css({ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: theme.spacing(1) }),
});
