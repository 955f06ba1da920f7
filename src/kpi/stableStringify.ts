/** JSON with object keys sorted, so two spellings of one query compare equal. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(stableStringify).join(',')}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableStringify(record[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The identity of a KPI's query: datasource and query, without refId. */
export function queryIdentity(query: object): string {
  const { refId: _refId, ...rest } = query as Record<string, unknown>;
  return stableStringify(rest);
}
