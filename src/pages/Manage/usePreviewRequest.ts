import { useCallback, useEffect, useRef, useState } from 'react';

import { type Kpi } from '../../kpi/types';
import { previewKpi, type PreviewDraft } from './previewKpi';

/** How long a run the query editor asks for waits for the next one: editors ask on blur, on Enter, on a pick. */
const PREVIEW_DEBOUNCE_MS = 400;

export type PreviewRequest = PreviewDraft & { now: number };

/**
 * When the form's KPI is previewed: at once on `ask` (the Preview button), a little later on `askSoon` (the query
 * editor's onRunQuery, which several events in a row may call), never on an edit alone. The KPI previewed is
 * the form's as it is once the editor's last change is in, evaluated at the time it was asked.
 */
export function usePreviewRequest(kpi: Kpi) {
  // An object per ask: asking twice in one millisecond still asks twice.
  const [asked, setAsked] = useState<{ at: number }>();
  const [shown, setShown] = useState<{ for?: { at: number }; of?: Kpi; request?: PreviewRequest }>({});
  // Worked out in the render after the ask, so it has the editor's last change (an editor calls onChange, then
  // onRunQuery); later edits wait for the next ask (React's "state from the previous render" pattern).
  if (asked !== shown.for) {
    setShown({ for: asked, of: kpi, request: asked && { ...previewKpi(kpi), now: asked.at } });
  }
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const ask = useCallback(() => {
    clearTimeout(timer.current);
    setAsked({ at: Date.now() });
  }, []);
  const askSoon = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setAsked({ at: Date.now() }), PREVIEW_DEBOUNCE_MS);
  }, []);
  // The form's KPI is a new object on every edit: one edited since the preview is not what it shows.
  return { request: shown.request, outdated: shown.request !== undefined && shown.of !== kpi, ask, askSoon };
}
