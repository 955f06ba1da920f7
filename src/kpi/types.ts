import type { Place } from './places';

/** The catalog document, as the spec (shared/spec/catalog.md) defines it. */

export const API_VERSION = 'kpi-scorecards/v1';
export const KIND = 'KpiCatalog';

export const CATEGORIES = ['engineering', 'product', 'operations', 'business', 'security', 'data'] as const;
export const KPI_TYPES = ['leading', 'lagging'] as const;
export const DIRECTIONS = ['higher-is-better', 'lower-is-better', 'in-range'] as const;
export const CADENCES = ['daily', 'weekly', 'monthly', 'quarterly'] as const;
export const CALENDAR_WINDOWS = ['week', 'month', 'quarter', 'year'] as const;
export const LAYOUTS = ['cards', 'table'] as const;
/** How an objective rolls its KPIs' statuses up (docs/catalog.md, "Objectives"). */
export const ROLL_UPS = ['worst', 'weighted'] as const;
export const STATUSES = ['on-track', 'at-risk', 'off-track', 'no-data', 'stale', 'error'] as const;

type Category = (typeof CATEGORIES)[number];
export type KpiType = (typeof KPI_TYPES)[number];
export type Direction = (typeof DIRECTIONS)[number];
type Cadence = (typeof CADENCES)[number];
export type CalendarWindow = (typeof CALENDAR_WINDOWS)[number];
export type Layout = (typeof LAYOUTS)[number];
export type RollUp = (typeof ROLL_UPS)[number];
export type KpiStatus = (typeof STATUSES)[number];

export interface Target {
  value?: number;
  atRisk?: number;
  min?: number;
  max?: number;
}

export interface KpiLink {
  title: string;
  url: string;
}

/** A Grafana DataQuery, kept as its datasource defines it. */
export interface KpiQuery {
  datasource: { type?: string; uid: string };
  [key: string]: unknown;
}

/**
 * An SLO's objective, and optionally its good and total event counts: queries like `query` (on the KPI's
 * datasource unless they name their own) where `$__range` stands for the span asked. With them burn rates are
 * exact (1 - good/total over each span).
 */
interface Slo {
  objective: number;
  good?: SloQuery;
  total?: SloQuery;
}

/** A DataQuery whose datasource may be left out: it is then the KPI's. */
export interface SloQuery {
  datasource?: { type?: string; uid: string };
  [key: string]: unknown;
}

export interface Revision {
  revision: number;
  at: string;
  by: string;
  changes: string[];
  /** What this change replaced: the old values of the fields it changed (see revisionSnapshots). */
  snapshot?: Partial<Kpi>;
}

export interface Kpi {
  id: string;
  name: string;
  description?: string;
  category?: Category;
  team: string;
  owner: string;
  type: KpiType;
  objective?: string;
  /** Its weight in its objective's weighted roll-up (default 1). */
  weight?: number;
  drives?: string[];
  unit?: string;
  decimals?: number;
  direction: Direction;
  target: Target;
  window: string;
  timezone?: string;
  reduce?: string;
  cadence?: Cadence;
  maxAge?: string;
  slo?: Slo;
  query: KpiQuery;
  links?: KpiLink[];
  tags?: string[];
  revision?: number;
  history?: Revision[];
}

export interface Objective {
  id: string;
  title: string;
  owner?: string;
  description?: string;
  /** worst (default): the worst status of its KPIs; weighted: their weighted score. */
  rollUp?: RollUp;
}

export interface KpiSelector {
  ids?: string[];
  team?: string;
  category?: string;
  type?: string;
  tag?: string;
  objective?: string;
  status?: string;
}

export interface Scorecard {
  id: string;
  title: string;
  select: KpiSelector;
  layout?: Layout;
}

export interface KpiCatalog {
  apiVersion: string;
  kind: string;
  objectives?: Objective[];
  kpis: Kpi[];
  scorecards?: Scorecard[];
}

type Severity = 'error' | 'warning';

/** One validation finding, at its place (placeText writes it as `kpis[2] (mttr).owner`). */
export interface Problem {
  severity: Severity;
  at: Place;
  message: string;
}

export type DeltaKind = 'percentage-points' | 'relative' | 'absolute';

/** What the CLI prints and the views show for one KPI. */
export interface KpiEvaluation {
  id: string;
  status: KpiStatus;
  value: number | null;
  target: number | null;
  atRisk: number | null;
  attainment: number | null;
  forecast: number | null;
  previous: number | null;
  delta: number | null;
  deltaKind: DeltaKind | null;
  newestSampleAt: string | null;
  /** An SLO KPI's share of its error budget left (1 untouched, 0 spent, below 0 overspent); null for others. */
  budgetLeft: number | null;
  error: string | null;
}
