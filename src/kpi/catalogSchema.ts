import { z } from 'zod';

import { CADENCES, CATEGORIES, DIRECTIONS, KPI_TYPES, LAYOUTS, ROLL_UPS } from './types';

/**
 * The catalog's structure. Cross-field rules (targets against direction, references between KPIs,
 * units, reducers and windows that only @grafana/data knows) are in validateCatalog.ts.
 */

const text = z.string().trim().min(1, 'must not be empty');
const finite = z.number();

const targetSchema = z.strictObject({
  value: finite.optional(),
  atRisk: finite.optional(),
  min: finite.optional(),
  max: finite.optional(),
});

const linkSchema = z.strictObject({
  title: text,
  url: text,
});

const querySchema = z.looseObject({
  datasource: z.looseObject({ type: z.string().optional(), uid: text }),
});

/** An SLO's good or total events: a query like `query` whose datasource, when left out, is the KPI's. */
const sloQuerySchema = z.looseObject({
  datasource: z.looseObject({ type: z.string().optional(), uid: text }).optional(),
});

const sloSchema = z.strictObject({
  objective: z.number().gt(0).lt(100),
  good: sloQuerySchema.optional(),
  total: sloQuerySchema.optional(),
});

/** A revision number: a whole number from 1 (spec: "revision starts at 1"). */
const revisionNumber = z.number().int().min(1);

/** One entry of a KPI's history; that `at` is an ISO 8601 time is checked in validateCatalog.ts. */
const revisionSchema = z.looseObject({
  revision: revisionNumber,
  at: text,
  by: text,
  changes: z.array(z.string()),
  snapshot: z.looseObject({}).optional(),
});

export const kpiSchema = z.strictObject({
  id: text,
  name: text,
  description: z.string().optional(),
  category: z.enum(CATEGORIES).optional(),
  team: text,
  owner: text,
  type: z.enum(KPI_TYPES),
  objective: text.optional(),
  weight: z.number().gt(0, 'must be a number above 0').optional(),
  drives: z.array(text).optional(),
  unit: text.optional(),
  decimals: z.number().int().min(0).max(20).optional(),
  direction: z.enum(DIRECTIONS),
  target: targetSchema,
  window: text,
  timezone: text.optional(),
  reduce: text.optional(),
  cadence: z.enum(CADENCES).optional(),
  maxAge: text.optional(),
  slo: sloSchema.optional(),
  query: querySchema,
  links: z.array(linkSchema).optional(),
  tags: z.array(text).optional(),
  revision: revisionNumber.optional(),
  history: z.array(revisionSchema).optional(),
});

export const objectiveSchema = z.strictObject({
  id: text,
  title: text,
  owner: text.optional(),
  description: z.string().optional(),
  rollUp: z.enum(ROLL_UPS).optional(),
});

const selectorSchema = z.strictObject({
  ids: z.array(text).optional(),
  team: text.optional(),
  category: text.optional(),
  type: text.optional(),
  tag: text.optional(),
  objective: text.optional(),
  status: text.optional(),
});

export const scorecardSchema = z.strictObject({
  id: text,
  title: text,
  select: selectorSchema,
  layout: z.enum(LAYOUTS).optional(),
});

export const catalogHeaderSchema = z.looseObject({
  apiVersion: z.literal('kpi-scorecards/v1'),
  kind: z.literal('KpiCatalog'),
  objectives: z.array(z.unknown()).optional(),
  kpis: z.array(z.unknown()),
  scorecards: z.array(z.unknown()).optional(),
});

/** Turns zod's issue into the short sentence a catalog author reads after the place. */
export function issueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return invalidTypeMessage(issue);
    case 'invalid_value':
      // A missing enum field (type, direction) is missing, not a wrong choice.
      if (issue.input === undefined) {
        return 'required';
      }
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}, got ${describe(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string'
        ? 'must not be empty'
        : `must be ${issue.inclusive ? '>=' : '>'} ${issue.minimum}`;
    case 'too_big':
      return `must be ${issue.inclusive ? '<=' : '<'} ${issue.maximum}`;
    default:
      return issue.message ?? 'invalid';
  }
}

function invalidTypeMessage(issue: z.core.$ZodRawIssue<z.core.$ZodIssueInvalidType>): string {
  if (issue.input === undefined) {
    return 'required';
  }
  if (issue.expected === 'number' && typeof issue.input === 'number') {
    return `must be a finite number, got ${issue.input}`;
  }
  if (issue.expected === 'int') {
    return `must be a whole number, got ${describe(issue.input)}`;
  }
  return `must be ${article(issue.expected)}, got ${describe(issue.input)}`;
}

function article(expected: string): string {
  return expected === 'array' || expected === 'object' || expected === 'integer' ? `an ${expected}` : `a ${expected}`;
}

function describe(input: unknown): string {
  if (input === null) {
    return 'null';
  }
  if (Array.isArray(input)) {
    return 'a list';
  }
  if (typeof input === 'string') {
    return JSON.stringify(input.length > 40 ? input.slice(0, 40) + '…' : input);
  }
  if (typeof input === 'object') {
    return 'an object';
  }
  return String(input);
}
