import { parseAllDocuments } from 'yaml';

import { CatalogParseError } from '../catalogParseError';
import { isRecord } from '../places';
import { OPENSLO_API } from './fromOpenSlo';

/**
 * The documents of a YAML text when it is OpenSLO (its first document's apiVersion is openslo/v1), else undefined:
 * OpenSLO files hold several documents separated by `---`, which a catalog never does.
 */
export function openSloDocuments(text: string): unknown[] | undefined {
  if (!/apiVersion:\s*["']?openslo\/v1/.test(text)) {
    return undefined;
  }
  const documents = parseAllDocuments(text, { uniqueKeys: true });
  if (!Array.isArray(documents)) {
    return undefined;
  }
  for (const doc of documents) {
    const first = doc.errors[0];
    if (first) {
      const pos = first.linePos?.[0];
      throw new CatalogParseError(first.message.split('\n')[0], pos?.line, pos?.col);
    }
  }
  const data = documents.map((doc) => doc.toJS({ maxAliasCount: 100 }) as unknown).filter((d) => d !== null);
  return isRecord(data[0]) && typeof data[0].apiVersion === 'string' && OPENSLO_API.test(data[0].apiVersion)
    ? data
    : undefined;
}
