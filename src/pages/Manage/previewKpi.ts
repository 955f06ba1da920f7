import { fieldProblems } from '../../catalog/fieldProblems';
import { API_VERSION, KIND, type Kpi } from '../../kpi/types';
import { validateCatalog } from '../../kpi/validateCatalog';

export type PreviewDraft = { kpi: Kpi } | { problems: Record<string, string[]> };

/** Stands in for what does not change a KPI's value or status, so a half-filled form can preview already. */
const STAND_INS = { id: 'preview', name: 'Preview', team: 'preview', owner: 'preview' };

/**
 * The form's KPI as the pages would evaluate it: validated as a catalog entry, then the entry validation hands
 * the pages (validKpis). Its id, name, team and owner, and its links to objectives, other KPIs and its revision
 * history, play no part in its value: they are stood in for or left out, so only the fields the preview needs
 * block it, and those come back by field, with validation's messages.
 */
export function previewKpi(kpi: Kpi): PreviewDraft {
  const { objective, drives, weight, revision, history, ...measured } = kpi;
  const candidate = { ...measured, ...STAND_INS };
  const validation = validateCatalog({ apiVersion: API_VERSION, kind: KIND, kpis: [candidate] });
  const valid = validation.validKpis[0];
  return valid ? { kpi: valid } : { problems: fieldProblems(validation, 'kpis', 0) };
}
