import { type Kpi } from '../../kpi/types';

/** What a section of the KPI form gets: the KPI being edited, a setter for some of its fields, the inline errors. */
export interface KpiFieldsProps {
  kpi: Kpi;
  set: (patch: Partial<Kpi>) => void;
  errors: Record<string, string[]>;
}

/** The props of a Field for one field of the item in a form: its label and the inline error validation found there. */
export function fieldProps(errors: Record<string, string[]>, key: string, label: string) {
  const error = errors[key]?.join('; ');
  return { label, invalid: Boolean(error), error, noMargin: true };
}

export function enumOptions<T extends string>(values: readonly T[]) {
  return values.map((v) => ({ value: v, label: v }));
}
