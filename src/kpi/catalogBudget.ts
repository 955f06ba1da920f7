import { type Problem } from './types';

/** MySQL keeps the app's jsonData in a TEXT column of 65,535 bytes: 64 KiB of JSON is the default budget. */
export const DEFAULT_BUDGET_KIB = 64;
/** From this share of the budget on, validation warns. */
export const WARN_SHARE = 0.75;

export interface CatalogSize {
  bytes: number;
  budgetBytes: number;
  /** bytes / budgetBytes */
  share: number;
}

/** The bytes a value takes as Grafana stores it: compact JSON, UTF-8. */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
}

/**
 * The budget in KiB from `jsonData.catalogBudgetKiB` or `--budget`: a positive number, else the default. Returns
 * an error text for a value that is there but is not one, so a typo never silently means "64".
 */
export function readBudgetKiB(value: unknown): { kib: number; error?: string } {
  if (value === undefined || value === null || value === '') {
    return { kib: DEFAULT_BUDGET_KIB };
  }
  const kib = typeof value === 'string' ? Number(value) : value;
  if (typeof kib !== 'number' || !Number.isFinite(kib) || kib <= 0) {
    return { kib: DEFAULT_BUDGET_KIB, error: `not a positive number of KiB: ${JSON.stringify(value)}` };
  }
  return { kib };
}

/** The size of the app's jsonData holding this catalog, against the budget. */
export function catalogSize(jsonData: unknown, budgetKiB = DEFAULT_BUDGET_KIB): CatalogSize {
  const bytes = jsonBytes(jsonData);
  const budgetBytes = Math.round(budgetKiB * 1024);
  return { bytes, budgetBytes, share: bytes / budgetBytes };
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** The error (over the budget) or warning (from 75% of it) about a catalog's size; none below 75%. */
export function budgetProblem(size: CatalogSize): Problem | undefined {
  const used = `${kib(size.bytes)} as stored (${size.bytes} bytes of JSON)`;
  const budget = `${kib(size.budgetBytes)}`;
  if (size.bytes > size.budgetBytes) {
    return {
      severity: 'error',
      at: { path: [] },
      message:
        `the catalog is ${used}, over its size budget of ${budget}: remove KPIs or history, or, on a Grafana ` +
        'on PostgreSQL or SQLite, raise jsonData.catalogBudgetKiB (kpi validate --budget KIB)',
    };
  }
  if (size.share >= WARN_SHARE) {
    return {
      severity: 'warning',
      at: { path: [] },
      message: `the catalog is ${used}, ${Math.floor(size.share * 100)}% of its size budget of ${budget}`,
    };
  }
  return undefined;
}
