import { t } from '@grafana/i18n';

import { catalogToYaml } from '../../kpi/catalogYaml';
import { emptyCatalog } from '../../kpi/emptyCatalog';
import { type PathKey } from '../../kpi/places';
import { problemText } from '../../kpi/problemsText';
import { type KpiCatalog, type Problem } from '../../kpi/types';
import { readCatalogSettings, type AppJsonData } from '../../query/catalogSettings';

const LISTS = ['kpis', 'objectives', 'scorecards'] as const;

/** A problem with a list of the catalog itself: `kpis: required`, `scorecards: must be an array`. */
function isListProblem(p: Problem): boolean {
  return p.at.list === undefined && p.at.path.length === 1 && (LISTS as readonly PathKey[]).includes(p.at.path[0]);
}

/** The catalog's lists, each a list (empty where it is not one). */
function listsOf(catalog: KpiCatalog): Pick<KpiCatalog, (typeof LISTS)[number]> {
  const list = (value: unknown) => (Array.isArray(value) ? value : []);
  return { kpis: list(catalog.kpis), objectives: list(catalog.objectives), scorecards: list(catalog.scorecards) };
}

export interface StoredStart {
  /** What the draft starts from. */
  saved: KpiCatalog;
  /** Why the stored catalog could not be read, when it could not. */
  storedParseError?: string;
  /** The stored catalog as YAML, for the Import tab, when its lists could not be read. */
  importText?: string;
}

/**
 * Where editing starts from stored settings. A list that is not a list (`kpis` missing, or written as a mapping)
 * has no entries a tab can show: the draft starts with it empty, and the stored catalog waits in the Import tab to
 * be fixed and applied.
 */
export function storedStart(jsonData: AppJsonData): StoredStart {
  const loaded = readCatalogSettings(jsonData);
  const stored = loaded.parseError || !loaded.configured ? emptyCatalog() : loaded.validation.catalog;
  const unreadable = loaded.validation.problems.filter((p) => p.severity === 'error' && isListProblem(p));
  if (unreadable.length === 0) {
    return { saved: stored, storedParseError: loaded.parseError };
  }
  return {
    saved: { ...stored, ...listsOf(stored) },
    storedParseError:
      loaded.parseError ??
      `${unreadable.map(problemText).join('; ')}. ${t('manage.stored-in-import', 'The stored catalog is in the Import tab: fix it there and apply it.')}`,
    importText: catalogToYaml(stored),
  };
}
