/** Grafana refuses a rule uid longer than this. */
const MAX_RULE_UID = 40;

/**
 * A rule's uid from its KPI's id and its kind: the same on every run, so provisioning it again updates the rule
 * instead of adding one. An id too long to fit keeps its start and gains a hash of the whole, so two long ids
 * with the same start still get two uids.
 */
export function ruleUid(kpiId: string, kind: string): string {
  const uid = `kpi-${kpiId}-${kind}`;
  if (uid.length <= MAX_RULE_UID) {
    return uid;
  }
  const hash = fnv1a(kpiId);
  const room = MAX_RULE_UID - `kpi--${kind}-${hash}`.length;
  return `kpi-${kpiId.slice(0, room)}-${hash}-${kind}`;
}

/** 32-bit FNV-1a as 7 base-36 digits: short, stable, and spread well enough for a uid's tail. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}
