// Grafana's alert rules as its provisioning API holds them (ProvisionedAlertRule: orgID, folderUID,
// ruleGroup, title, condition, data, ...), and the folders they live in. Seeded like Grafana at start from
// the provisioning files in provisioning/alerting (provenance "file"); rules made through the API have none.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Grafana stores every query model with maxDataPoints and intervalMs, putting 43200 and 1000 where a model lacks
 * them or holds 0 (AlertQuery.PreSave, on every insert and update, from the API and from files alike).
 */
function presave(rule) {
  const data = (rule.data ?? []).map((query) => {
    const model = { ...query.model };
    for (const [key, fallback] of [
      ['maxDataPoints', 43200],
      ['intervalMs', 1000],
    ]) {
      if (typeof model[key] !== 'number' || model[key] === 0) {
        model[key] = fallback;
      }
    }
    return { ...query, model };
  });
  return { ...rule, data };
}

/** Grafana expands $NAME in a provisioning file's titles, labels and names; `$$` is a `$` (values.go). */
const unescapeDollars = (text) => String(text).replaceAll('$$', '$');

export function createRuleStore() {
  const folders = new Map(); // uid -> { uid, title }
  const rules = new Map(); // uid -> ProvisionedAlertRule

  const folderByTitle = (title) => [...folders.values()].find((f) => f.title === title);
  const addFolder = (title, uid) => {
    const folder = { uid: uid ?? `folder-${folders.size + 1}`, title };
    folders.set(folder.uid, folder);
    return folder;
  };

  return {
    folders: () => [...folders.values()],
    folder: (uid) => folders.get(uid),
    addFolder,
    rules: () => [...rules.values()],
    rule: (uid) => rules.get(uid),
    putRule: (rule) => rules.set(rule.uid, presave(rule)),
    deleteRule: (uid) => rules.delete(uid),

    /** Every `*.yaml` of a provisioning/alerting folder, as Grafana reads them at start. */
    seedFromFiles(dir) {
      if (!dir || !existsSync(dir)) {
        return 0;
      }
      for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
        const doc = parse(readFileSync(join(dir, file), 'utf8')) ?? {};
        for (const group of doc.groups ?? []) {
          const title = unescapeDollars(group.folder);
          const folder = folderByTitle(title) ?? addFolder(title);
          for (const rule of group.rules ?? []) {
            const labels = Object.fromEntries(
              Object.entries(rule.labels ?? {}).map(([k, v]) => [k, unescapeDollars(v)])
            );
            rules.set(
              rule.uid,
              presave({
                ...rule,
                title: unescapeDollars(rule.title),
                labels,
                orgID: group.orgId ?? 1,
                folderUID: folder.uid,
                ruleGroup: unescapeDollars(group.name),
                provenance: 'file',
              })
            );
          }
        }
      }
      return rules.size;
    },
  };
}
