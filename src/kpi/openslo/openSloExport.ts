import { stringify } from 'yaml';

import { type ValidationResult } from '../validateCatalog';
import { toOpenSlo } from './toOpenSlo';

export interface OpenSloExport {
  /** The documents as YAML, one `---` apart ('' when there is none). */
  text: string;
  count: number;
  /** The valid SLO KPIs OpenSLO cannot express, by their index in kpis[], with why. */
  skipped: Array<{ index: number; id: string; reason: string }>;
}

/**
 * A validated catalog's SLO KPIs as OpenSLO v1 documents, as `kpi openslo export` prints them and the editor's
 * Import tab downloads them: one code for both. KPIs with errors are left out (the caller names the errors).
 */
export function openSloExport(validation: ValidationResult): OpenSloExport {
  const documents: unknown[] = [];
  const skipped: OpenSloExport['skipped'] = [];
  validation.kpis.forEach((entry) => {
    if (!entry.ok || !entry.value.slo) {
      return;
    }
    const { index, value: kpi } = entry;
    const document = toOpenSlo(kpi);
    if (typeof document === 'string') {
      skipped.push({ index, id: kpi.id, reason: document });
    } else {
      documents.push(document);
    }
  });
  const text = documents.map((d) => stringify(d, { lineWidth: 0 })).join('---\n');
  return { text, count: documents.length, skipped };
}
