// Checks what an admin provisions, without a Grafana: every provisioning file parses and has the fields
// Grafana needs, every dashboard (bundled in the plugin or provisioned) is valid JSON with a unique uid,
// every panel's datasource is a provisioned uid or a variable, and every panel type exists.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { globSync } from 'glob';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const problems = [];
const fail = (file, message) => problems.push(`${file}: ${message}`);

function readYaml(file) {
  try {
    return parse(readFileSync(join(root, file), 'utf8'));
  } catch (e) {
    fail(file, `not YAML: ${e.message.split('\n')[0]}`);
    return undefined;
  }
}

// Datasources: each with name, type and a fixed uid that dashboards can name.
const datasourceUids = new Set();
for (const file of globSync('provisioning/datasources/*.{yaml,yml}', { cwd: root })) {
  const doc = readYaml(file);
  (doc?.datasources ?? []).forEach((ds, i) => {
    for (const key of ['name', 'type', 'uid']) {
      if (!ds?.[key]) {
        fail(file, `datasources[${i}].${key}: required`);
      }
    }
    datasourceUids.add(ds?.uid);
  });
}

// Apps: the type must be this plugin; its catalog is checked by `kpi validate` in the test command.
const pluginId = JSON.parse(readFileSync(join(root, 'src/plugin.json'), 'utf8')).id;
for (const file of globSync('provisioning/plugins/*.{yaml,yml}', { cwd: root })) {
  (readYaml(file)?.apps ?? []).forEach((app, i) => {
    if (app?.type !== pluginId) {
      fail(file, `apps[${i}].type: '${app?.type}' is not ${pluginId}`);
    }
  });
}

// Alert rules (made by `kpi rules grafana`): every query on a provisioned datasource or Grafana's expressions,
// every uid unique and within Grafana's 40 characters.
const ruleUids = new Set();
for (const file of globSync('provisioning/alerting/*.{yaml,yml}', { cwd: root })) {
  const doc = readYaml(file);
  if (doc?.apiVersion !== 1 || !Array.isArray(doc?.groups)) {
    fail(file, 'needs apiVersion: 1 and groups');
  }
  (doc?.groups ?? []).forEach((group, g) => {
    if (!group?.name || !group?.folder) {
      fail(file, `groups[${g}]: needs name and folder`);
    }
    (group?.rules ?? []).forEach((rule, r) => {
      const where = `groups[${g}].rules[${r}] (${rule?.uid})`;
      if (typeof rule?.uid !== 'string' || rule.uid.length > 40 || ruleUids.has(rule.uid)) {
        fail(file, `${where}: uid must be unique and at most 40 characters`);
      }
      ruleUids.add(rule?.uid);
      for (const query of rule?.data ?? []) {
        if (query?.datasourceUid !== '__expr__' && !datasourceUids.has(query?.datasourceUid)) {
          fail(file, `${where}: query ${query?.refId}: datasource uid '${query?.datasourceUid}' is not provisioned`);
        }
      }
    });
  });
  console.log(`${file}: ${ruleUids.size} alert rules checked`);
}

// Dashboard providers: a name, type file and a path that the compose file mounts.
for (const file of globSync('provisioning/dashboards/*.{yaml,yml}', { cwd: root })) {
  (readYaml(file)?.providers ?? []).forEach((p, i) => {
    if (!p?.name || p?.type !== 'file' || !p?.options?.path) {
      fail(file, `providers[${i}]: needs name, type: file and options.path`);
    }
  });
}

// Panel types: Grafana's core panels as @grafana/schema describes them, rows, and this plugin's own panels.
const coreDir = join(root, 'node_modules/@grafana/schema/dist/esm/raw/composable');
const normalise = (type) => type.toLowerCase().replace(/[^a-z0-9]/g, '');
const corePanels = new Set(readdirSync(coreDir).map(normalise));
const ownPanels = new Set(
  globSync('src/panels/*/plugin.json', { cwd: root }).map((f) => JSON.parse(readFileSync(join(root, f), 'utf8')).id)
);
// Grafana's core panels that @grafana/schema has no schema for (their options live in Grafana's own code).
const coreWithoutSchema = new Set(['alertlist']);
const panelTypeExists = (type) =>
  type === 'row' || ownPanels.has(type) || corePanels.has(normalise(type)) || coreWithoutSchema.has(type);

const isVariable = (uid) => typeof uid === 'string' && /^\$\{?\w+/.test(uid);
const builtInUids = new Set(['grafana', '-- Grafana --', '-- Mixed --', '-- Dashboard --']);
const uids = new Map();
const dashboards = globSync(['src/dashboards/*.json', 'provisioning/dashboards/**/*.json'], { cwd: root }).sort();
for (const file of dashboards) {
  let dashboard;
  try {
    dashboard = JSON.parse(readFileSync(join(root, file), 'utf8'));
  } catch (e) {
    fail(file, `not JSON: ${e.message}`);
    continue;
  }
  if (!dashboard.uid) {
    fail(file, 'uid: required (links and provisioning need a fixed uid)');
  } else if (uids.has(dashboard.uid)) {
    fail(file, `uid '${dashboard.uid}' is also the uid of ${uids.get(dashboard.uid)}`);
  } else {
    uids.set(dashboard.uid, file);
  }
  const panels = (dashboard.panels ?? []).flatMap((p) => [p, ...(p.panels ?? [])]);
  for (const panel of panels) {
    const where = `panel ${panel.id} '${panel.title ?? ''}'`;
    if (!panelTypeExists(panel.type)) {
      fail(file, `${where}: unknown panel type '${panel.type}'`);
    }
    for (const ds of [panel.datasource, ...(panel.targets ?? []).map((t) => t.datasource)]) {
      const uid = typeof ds === 'string' ? ds : ds?.uid;
      if (uid && !isVariable(uid) && !builtInUids.has(uid) && !datasourceUids.has(uid)) {
        fail(file, `${where}: datasource uid '${uid}' is neither provisioned nor a variable`);
      }
    }
  }
  console.log(`${file}: ${panels.length} panels checked`);
}
if (!existsSync(join(root, 'docker-compose.yaml'))) {
  fail('docker-compose.yaml', 'missing');
}
for (const p of problems) {
  console.error(p);
}
console.log(
  problems.length === 0 ? `provisioning: ${dashboards.length} dashboards and the provisioning files are valid` : ''
);
process.exit(problems.length === 0 ? 0 : 1);
