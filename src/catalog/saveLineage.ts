/** One save of the catalog: its version and a random id, so a save that another one replaced can be told apart. */
export interface SaveMark {
  version: number;
  id: string;
}

/** How many saves jsonData.catalogSaves remembers: enough to tell a lost save from one that others built on. */
const KEEP = 10;

export function newSaveId(): string {
  const c = globalThis.crypto;
  return typeof c?.randomUUID === 'function' ? c.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** The stored lineage with this save appended. */
export function withSave(lineage: unknown, mark: SaveMark): SaveMark[] {
  return [...readLineage(lineage), mark].slice(-KEEP);
}

/**
 * Whether the stored settings descend from this save: its mark is in their lineage. A save that a concurrent one
 * overwrote (both read the same version, the later write wins) is missing from it.
 */
export function survived(lineage: unknown, mark: SaveMark): boolean {
  return readLineage(lineage).some((m) => m.id === mark.id && m.version === mark.version);
}

function readLineage(value: unknown): SaveMark[] {
  return Array.isArray(value)
    ? value.filter((m): m is SaveMark => typeof m?.id === 'string' && typeof m?.version === 'number')
    : [];
}
