import { z } from 'zod';

/**
 * The fields of a broken entry that have the shape the schema gives them, as written: what a view may show of an
 * entry the catalog marks invalid (its name, team, owner...) without checking a shape itself. A field whose shape
 * is wrong (`tags: dora`, `links` as an object) is left out.
 */
export function salvage<T>(schema: z.ZodObject, raw: unknown): Partial<T> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {};
  }
  const record = raw as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const value = record[key];
    if (value !== undefined && hasShape(field as z.ZodType, value)) {
      fields[key] = value;
    } else if (Array.isArray(value)) {
      // A list keeps the items that have their shape (`drives: [deploys, {id: x}]` keeps deploys).
      const item = listItem(field as z.ZodType);
      const kept = item ? value.filter((v) => hasShape(item, v)) : [];
      if (kept.length > 0) {
        fields[key] = kept;
      }
    }
  }
  return fields as Partial<T>;
}

/** The item schema of a list field (optional or not); undefined for another field. */
function listItem(field: z.ZodType): z.ZodType | undefined {
  const inner = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : field;
  return inner instanceof z.ZodArray ? (inner.element as z.ZodType) : undefined;
}

/** Whether a value has the schema's shape: unknown fields are warnings (an older plugin reads a newer catalog). */
function hasShape(schema: z.ZodType, value: unknown): boolean {
  const parsed = schema.safeParse(value);
  return parsed.success || parsed.error.issues.every((issue) => issue.code === 'unrecognized_keys');
}
