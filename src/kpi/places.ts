/** Human-readable places in a catalog: `kpis[2] (mttr).target.value`. */

export function itemPlace(list: string, index: number, item: unknown): string {
  const id = isRecord(item) && typeof item.id === 'string' && item.id !== '' ? ` (${item.id})` : '';
  return `${list}[${index}]${id}`;
}

export function joinPath(base: string, path: readonly PropertyKey[]): string {
  let place = base;
  for (const key of path) {
    place += typeof key === 'number' ? `[${key}]` : place === '' ? String(key) : `.${String(key)}`;
  }
  return place;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
