import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Alert, EmptyState, LinkButton, Stack, Text, useStyles2 } from '@grafana/ui';
import React, { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import { canEditCatalog } from '../../catalog/permissions';
import { PageLoading } from '../../components/PageLoading';
import { manageUrl } from '../../routing';
import { testIds } from '../../testIds';
import { type KpiCatalogSourceState } from '../shared/KpiCatalogSource';
import { filterRows, type CatalogFilters } from './catalogFilters';
import { CatalogProblems } from './CatalogProblems';
import { buildRows, sortWorstFirst } from './catalogRows';
import { CatalogTable } from './CatalogTable';
import { CatalogToolbar } from './CatalogToolbar';
import { groupRows, type GroupBy } from './groupRows';

import type { CatalogScene } from './CatalogScene';

interface Props {
  model: CatalogScene;
  filters: CatalogFilters;
  groupBy: GroupBy;
  source: KpiCatalogSourceState;
}

/** How long typing pauses before the search goes to the scene and the URL (the list itself follows at once). */
const URL_SYNC_DELAY_MS = 300;

/**
 * The search as typed, shown and applied at once; the scene (and with it the URL, which re-renders the whole
 * page) gets it when typing pauses. A search set elsewhere (the URL, "Clear filters") wins over a pending one.
 */
function useInstantSearch(model: CatalogScene, committed: string): [string, (text: string) => void, () => void] {
  // The typed text counts while the scene's search is still the one it was typed over.
  const [typed, setTyped] = useState<{ text: string; over: string } | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The text this hook last gave the scene: when it lands, newer typing still pending is not dropped.
  const sent = useRef<string | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    if (committed === sent.current) {
      // Our own text landed; what was typed since (clearing the box as it landed) counts over it.
      setTyped((pending) => pending && { ...pending, over: committed });
      return;
    }
    // Something else (the URL, Back) replaced the scene's search: it wins over a pending one.
    clearTimeout(timer.current);
  }, [committed]);
  const onSearch = useCallback(
    (text: string) => {
      setTyped({ text, over: committed });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        sent.current = text;
        model.setSearch(text);
      }, URL_SYNC_DELAY_MS);
    },
    [model, committed]
  );
  // "Clear filters" also drops text that has not reached the scene yet.
  const onClear = useCallback(() => {
    clearTimeout(timer.current);
    setTyped(undefined);
    model.clearFilters();
  }, [model]);
  return [typed && typed.over === committed ? typed.text : committed, onSearch, onClear];
}

export function CatalogView({ model, filters: committedFilters, groupBy, source }: Props) {
  const styles = useStyles2(getStyles);
  const [search, onSearch, onClear] = useInstantSearch(model, committedFilters.search);
  const { team, category, type, status, tag, objective } = committedFilters;
  const filters = useMemo<CatalogFilters>(
    () => ({ search, team, category, type, status, tag, objective }),
    [search, team, category, type, status, tag, objective]
  );
  const { loaded, results, phase, loadError, evaluatedAt } = source;
  const validation = loaded?.validation;
  const allRows = useMemo(
    () => (validation ? sortWorstFirst(buildRows(validation, results, evaluatedAt)) : []),
    [validation, results, evaluatedAt]
  );
  const shown = useMemo(() => filterRows(allRows, filters), [allRows, filters]);
  // The valid objectives only: the catalog's list may hold anything (a `~`), which is marked where it is.
  const objectives = useMemo(
    () => (validation?.objectives ?? []).flatMap((e) => (e.ok ? [e.value] : [])),
    [validation]
  );
  const objectiveTitles = useMemo(() => new Map(objectives.map((o) => [o.id, o.title])), [objectives]);
  const groups = useMemo(() => groupRows(shown, groupBy, objectives), [shown, groupBy, objectives]);

  if (phase === 'failed') {
    return <Alert title={t('catalog.load-failed', 'The catalog could not be loaded')}>{loadError}</Alert>;
  }
  if (!loaded) {
    return <PageLoading />;
  }
  if (loaded.parseError) {
    return <Alert title={t('catalog.parse-error', 'The stored catalog cannot be read')}>{loaded.parseError}</Alert>;
  }
  if (allRows.length === 0) {
    // `kpis` missing or written as a mapping: the catalog's error says so here, where the KPIs would be.
    return (
      <div className={styles.page} data-testid={testIds.catalog.container}>
        <CatalogProblems validation={loaded.validation} />
        <EmptyState variant="call-to-action" message={t('catalog.empty', 'No KPIs in the catalog yet')}>
          {canEditCatalog() && (
            <LinkButton href={manageUrl()}>{t('catalog.add-first', 'Add a KPI or import a catalog')}</LinkButton>
          )}
        </EmptyState>
      </div>
    );
  }
  return (
    <div className={styles.page} data-testid={testIds.catalog.container}>
      {canEditCatalog() && (
        <Stack justifyContent="flex-end">
          <LinkButton icon="pen" variant="secondary" href={manageUrl()} data-testid={testIds.catalog.manageLink}>
            {t('catalog.manage', 'Manage catalog')}
          </LinkButton>
        </Stack>
      )}
      <CatalogToolbar
        model={model}
        rows={allRows}
        objectiveTitles={objectiveTitles}
        filters={filters}
        groupBy={groupBy}
        onSearch={onSearch}
        onClear={onClear}
      />
      <CatalogProblems validation={loaded.validation} />
      <Text color="secondary" variant="bodySmall">
        {t('catalog.count', '{{shown}} of {{total}} KPIs', { shown: shown.length, total: allRows.length })}
      </Text>
      {shown.length === 0 && (
        <div data-testid={testIds.catalog.empty}>
          <EmptyState variant="not-found" message={t('catalog.no-match', 'No KPI matches these filters')} />
        </div>
      )}
      {groups.map((group) => (
        <Stack key={group.key} direction="column" gap={1}>
          {group.title && <Text element="h3">{`${group.title} (${group.rows.length})`}</Text>}
          <CatalogTable rows={group.rows} />
        </Stack>
      ))}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  page: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(2), width: '100%' }),
});
