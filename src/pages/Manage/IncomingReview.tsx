import { t } from '@grafana/i18n';
import { Alert, Button, LoadingPlaceholder } from '@grafana/ui';
import React, { useMemo, useState } from 'react';
import { useDebounce } from 'react-use';

import { importedCatalog, type ImportMode } from '../../catalog/importMerge';
import { readIncomingCatalog, type IncomingCatalog } from '../../catalog/readIncomingCatalog';
import { budgetProblem, catalogSize } from '../../kpi/catalogBudget';
import { type KpiCatalog } from '../../kpi/types';
import { ImportPreview } from './ImportPreview';

interface Props {
  draft: KpiCatalog;
  /** The catalog as typed, pasted or uploaded. */
  text: string;
  applyLabel: string;
  /** replace (the YAML tab, and an import so chosen) or merge by id. */
  mode: ImportMode;
  budgetKiB: number;
  /** Applies the catalog read from the text to the draft, in `mode`. */
  onApply: (incoming: KpiCatalog, mode: ImportMode) => void;
}

/** How long typing must pause before the text is read again: a large catalog takes a while to read. */
export const REVIEW_DELAY_MS = 400;

/**
 * The review of an incoming catalog, the same for the YAML and Import tabs: every problem with its place, what
 * applying it changes, and the button that applies it, offered only while it has no errors. The text is read
 * once typing pauses, not on every keystroke (20,000 keys would freeze each one); until then the button waits,
 * so what is applied is always what was read.
 */
export function IncomingReview({ draft, text, applyLabel, mode, budgetKiB, onApply }: Props) {
  const [settled, setSettled] = useState(text);
  useDebounce(() => setSettled(text), REVIEW_DELAY_MS, [text]);
  const incoming = useMemo(() => readIncomingCatalog(settled), [settled]);
  const result = useMemo(
    () => (incoming.catalog ? importedCatalog(draft, incoming.catalog, mode) : undefined),
    [draft, incoming, mode]
  );
  // Refused before it reaches the draft, as a save would be: the size and the budget named, the text kept.
  const tooBig = useMemo(() => {
    const problem = result && budgetProblem(catalogSize({ catalog: result }, budgetKiB));
    return problem?.severity === 'error' ? problem.message : undefined;
  }, [result, budgetKiB]);
  if (settled !== text) {
    return <LoadingPlaceholder text={t('manage.incoming.reading', 'Reading the catalog…')} />;
  }
  return (
    <>
      <IncomingProblems incoming={incoming} />
      {tooBig && (
        <Alert severity="error" title={t('manage.incoming.too-big', 'Too big to apply')}>
          {tooBig}
        </Alert>
      )}
      {incoming.catalog && result && (
        <>
          <ImportPreview current={draft} incoming={result} file={mode === 'merge' ? incoming.catalog : undefined} />
          {!tooBig && (
            <div>
              <Button onClick={() => onApply(incoming.catalog!, mode)}>{applyLabel}</Button>
            </div>
          )}
        </>
      )}
    </>
  );
}

function IncomingProblems({ incoming }: { incoming: IncomingCatalog }) {
  return (
    <>
      {incoming.errors.length > 0 && (
        <Alert
          severity="error"
          title={t('manage.incoming.errors', '{{count}} errors: fix them before applying', {
            count: incoming.errors.length,
          })}
        >
          {incoming.errors.map((line, i) => (
            <div key={i}>{line}</div>
          ))}
        </Alert>
      )}
      {incoming.warnings.length > 0 && (
        <Alert
          severity="info"
          title={t('manage.incoming.warnings', '{{count}} warnings (they do not block)', {
            count: incoming.warnings.length,
          })}
        >
          {incoming.warnings.map((line, i) => (
            <div key={i}>{line}</div>
          ))}
        </Alert>
      )}
    </>
  );
}
