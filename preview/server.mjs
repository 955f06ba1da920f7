#!/usr/bin/env node
// Preview host: the real, built dist/ of this app served the way Grafana serves
// plugins, with the few Grafana HTTP APIs it uses answered here and its data
// queries run against a real Prometheus. A test bench, not a second Grafana.
//
//   node preview/server.mjs [--settings provisioning/plugins/app.yaml]
//                           [--datasources provisioning/datasources/default.yaml] [--port 3001] [--rebuild] [--dev]
//   env: PORT (3001), HOST (127.0.0.1), PROM_URL (http://127.0.0.1:9091)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';

import { handleProvisioningApi } from './alerting/provisioningApi.mjs';
import { createRuleStatuses } from './alerting/ruleStatuses.mjs';
import { ruleSchemaSource } from './alerting/ruleSchema.mjs';
import { createRuleStore } from './alerting/ruleStore.mjs';
import { bootSettings } from './bootData.mjs';
import { bundleHost } from './bundleHost.mjs';
import { DEFAULT_PROMETHEUS, readDatasources } from './datasourceProvisioning.mjs';
import { handleDsQuery } from './dsQuery.mjs';
import { hostPage } from './hostPage.mjs';
import { createSettingsStore, readSeed } from './pluginSettings.mjs';
import { resolveUnder, serveFile } from './staticFiles.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const { values: args } = parseArgs({
  options: {
    settings: { type: 'string' },
    datasources: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    rebuild: { type: 'boolean', default: false },
    dev: { type: 'boolean', default: false },
    alerting: { type: 'string' },
  },
});
const port = Number(args.port ?? process.env.PORT ?? 3001);
const host = args.host ?? process.env.HOST ?? '127.0.0.1';
const promUrl = process.env.PROM_URL ?? 'http://127.0.0.1:9091';

if (!existsSync(join(dist, 'module.js'))) {
  console.error('preview: dist/module.js is missing; run `npm run build` first.');
  process.exit(1);
}
const pluginJson = JSON.parse(readFileSync(join(dist, 'plugin.json'), 'utf8'));
const pluginId = pluginJson.id;
const nestedPanels = existsSync(join(dist, 'panels'))
  ? readdirSync(join(dist, 'panels'))
      .filter((dir) => existsSync(join(dist, 'panels', dir, 'plugin.json')))
      .map((dir) => ({ dir, json: JSON.parse(readFileSync(join(dist, 'panels', dir, 'plugin.json'), 'utf8')) }))
  : [];

// The app's nested datasource (dist/datasource): Grafana lists its instances in boot data; here the one the app
// provisions (provisioning/datasources: uid kpi-scorecards).
const nestedDatasources = ['datasource']
  .filter((dir) => existsSync(join(dist, dir, 'plugin.json')))
  .map((dir) => ({ dir, json: JSON.parse(readFileSync(join(dist, dir, 'plugin.json'), 'utf8')) }));

const defaultSeed = join(root, 'provisioning', 'plugins', 'app.yaml');
const seedPath = args.settings ?? (existsSync(defaultSeed) ? defaultSeed : undefined);
const settings = createSettingsStore(pluginJson, seedPath ? readSeed(seedPath, pluginId) : undefined);

const defaultDatasources = join(root, 'provisioning', 'datasources', 'default.yaml');
const datasourcesPath = args.datasources ?? (existsSync(defaultDatasources) ? defaultDatasources : undefined);
const { prometheus, testdata, skipped } = datasourcesPath
  ? readDatasources(datasourcesPath)
  : { prometheus: DEFAULT_PROMETHEUS, skipped: [] };
const timeInterval = prometheus.jsonData.timeInterval ?? '';

// Grafana-managed alert rules, provisioned from provisioning/alerting as the dev stack's Grafana does
// (`--alerting none` starts without any, `--alerting <dir>` reads another folder).
const alertingDir = args.alerting === 'none' ? undefined : (args.alerting ?? join(root, 'provisioning', 'alerting'));
const ruleStore = createRuleStore();
const provisionedRules = ruleStore.seedFromFiles(alertingDir);
const ruleStatuses = createRuleStatuses(ruleStore, {
  promUrl,
  scrapeInterval: timeInterval,
  datasourceUid: prometheus.uid,
});

// --dev: an unminified host with React's development build, for readable errors.
const hostBuild = join(root, 'node_modules', '.cache', args.dev ? 'kpi-preview-host-dev' : 'kpi-preview-host');
const icons = join(root, 'node_modules', '@grafana', 'ui', 'dist', 'public', 'img');
const appUrl = `http://${host}:${port}/`;

const started = Date.now();
const { entryBytes, cached } = await bundleHost({
  root,
  outdir: hostBuild,
  force: args.rebuild,
  production: !args.dev,
});
const boot = bootSettings({ pluginJson, nestedPanels, nestedDatasources, prometheus, testdata, appUrl });
const page = hostPage(boot, {
  stylesheet: existsSync(join(hostBuild, 'main.css')),
});

function sendJson(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

class BadRequest extends Error {}

async function readJsonBody(req) {
  let raw = '';
  for await (const chunk of req) {
    raw += chunk;
  }
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    throw new BadRequest('bad request data'); // Grafana's words for a body it cannot bind
  }
}

// @grafana/ui ships only the icons it uses itself; Grafana serves many more (spinner ...).
// A 404 leaves react-inlinesvg in an error state that also hides the icon a badge
// switches to next, so a missing icon gets a plain circle, marked as a stand-in.
const STAND_IN_ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="12" r="8" fill="none" stroke="currentColor" stroke-width="2"/></svg>';
const standInIcons = new Set();

function sendStandInIcon(res, path) {
  if (!standInIcons.has(path)) {
    standInIcons.add(path);
    console.warn(`preview: icon ${path.split('/').pop()} is not in @grafana/ui; drawing a stand-in circle`);
  }
  res.writeHead(200, {
    'Content-Type': 'image/svg+xml',
    'X-Preview-Stand-In': 'icon',
    'Cache-Control': 'max-age=3600',
  });
  res.end(STAND_IN_ICON);
}

/** Panel specs for /preview/panel?spec=<repo path>: JSON or YAML files inside the repo only. */
function sendSpec(res, rel) {
  const path = rel && resolveUnder(root, rel);
  if (!path || !['.json', '.yaml', '.yml'].includes(extname(path))) {
    return sendJson(res, 404, { message: `no panel spec at ${rel}` });
  }
  const text = readFileSync(path, 'utf8');
  return sendJson(res, 200, extname(path) === '.json' ? JSON.parse(text) : parseYaml(text));
}

async function handleApi(req, res, path) {
  const role = req.headers['x-preview-org-role'] ?? 'Admin';
  if (path === `/api/plugins/${pluginId}/settings`) {
    if (req.method === 'GET') {
      return sendJson(res, 200, settings.get());
    }
    if (req.method === 'POST') {
      // Grafana lets only org admins write app settings (plugins:write).
      if (role !== 'Admin') {
        return sendJson(res, 403, { message: 'Permission denied', accessErrorId: 'ACE0000000000' });
      }
      return sendJson(res, 200, settings.update(await readJsonBody(req)));
    }
  }
  if (path === '/api/ds/query' && req.method === 'POST') {
    const { status, body } = await handleDsQuery(await readJsonBody(req), {
      promUrl,
      scrapeInterval: timeInterval,
      uid: prometheus.uid,
      testdataUid: testdata?.uid,
    });
    for (const [refId, result] of Object.entries(body.results ?? {})) {
      if (result.error) {
        console.warn(`preview: ds/query ${refId}: ${result.error}`);
      }
    }
    return sendJson(res, status, body);
  }
  const provisioning = await handleProvisioningApi({
    method: req.method,
    path,
    role,
    readBody: () => readJsonBody(req),
    store: ruleStore,
    changed: () => ruleStatuses.invalidate(),
  });
  if (provisioning) {
    return sendJson(res, provisioning.status, provisioning.body);
  }
  // GET /api/datasources/uid/<uid>: the datasources of boot data (the Prometheus, TestData, the app's KPI datasource),
  // as Grafana answers for provisioned ones; any other uid is a 404, as in Grafana.
  const datasourceUid = /^\/api\/datasources\/uid\/([^/]+)$/.exec(path)?.[1];
  if (datasourceUid && req.method === 'GET') {
    const found = Object.values(boot.datasources).find((ds) => ds.uid === decodeURIComponent(datasourceUid));
    return found
      ? sendJson(res, 200, { ...found, meta: undefined })
      : sendJson(res, 404, { message: 'Data source not found' });
  }
  if (path === '/api/prometheus/grafana/api/v1/rules' && req.method === 'GET') {
    return sendJson(res, 200, await ruleStatuses.get());
  }
  console.warn(`preview: no answer for ${req.method} ${path} (Grafana API not part of the bench)`);
  return sendJson(res, 404, { message: 'Not found' });
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', appUrl);
  const path = url.pathname;
  try {
    if (path.startsWith('/api/')) {
      return await handleApi(req, res, path);
    }
    if (path === '/preview/healthz') {
      // The bench is up either way; whether queries can succeed is worth knowing.
      const ready = await fetch(new URL('-/ready', promUrl)).then(
        (r) => r.ok,
        () => false
      );
      return sendJson(res, 200, { ok: true, promUrl, prometheus: ready ? 'ready' : 'unreachable' });
    }
    if (path === '/preview/spec') {
      return sendSpec(res, url.searchParams.get('path'));
    }
    const pluginBase = `/public/plugins/${pluginId}/`;
    if (path.startsWith(pluginBase) && serveFile(res, dist, path.slice(pluginBase.length))) {
      return;
    }
    if (
      path.startsWith('/public/build/img/') &&
      serveFile(res, icons, path.slice('/public/build/img/'.length), { cache: true })
    ) {
      return;
    }
    if (path.startsWith('/public/build/img/icons/') && path.endsWith('.svg')) {
      return sendStandInIcon(res, path);
    }
    if (path.startsWith('/preview/assets/') && serveFile(res, hostBuild, path.slice('/preview/assets/'.length))) {
      return;
    }
    // Grafana's own public/ (fonts, core assets) ships in no package: a plain 404.
    if (path.startsWith('/public/') || path.startsWith('/preview/assets/')) {
      res.writeHead(404).end();
      return;
    }
    if (path === '/') {
      res.writeHead(302, { Location: `/a/${pluginId}/` }).end();
      return;
    }
    // SPA fallback: /a/<id>/..., /preview/panel and anything else a link may open.
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end(page);
  } catch (e) {
    if (e instanceof BadRequest) {
      return sendJson(res, 400, { message: e.message });
    }
    console.error(`preview: ${req.method} ${path} failed`, e);
    if (!res.headersSent) {
      sendJson(res, 500, { message: e.message });
    }
  }
});

server.on('error', (e) => {
  const taken = e.code === 'EADDRINUSE';
  console.error(
    `preview: cannot listen on ${host}:${port}: ${taken ? 'the port is taken; set PORT to another one' : e.message}`
  );
  process.exit(1);
});

server.listen(port, host, () => {
  const seed = seedPath ? relative(root, seedPath) : 'none';
  const how = cached ? 'up to date' : 'built';
  console.log(
    `preview: host bundle ${how} (${Math.round(entryBytes / 1024)} KB entry), ready in ${Date.now() - started} ms`
  );
  const panels = nestedPanels.map((p) => p.json.id).join(', ') || 'none';
  const datasources = nestedDatasources.map((d) => `${d.json.id} (uid kpi-scorecards)`).join(', ') || 'none';
  console.log(`preview: settings from ${seed}; nested panels: ${panels}; nested datasources: ${datasources}`);
  const others = skipped.filter((s) => !nestedDatasources.some((d) => s.endsWith(`(${d.json.id})`)));
  const notServed = others.length > 0 ? `; not served here: ${others.join(', ')}` : '';
  const td = testdata ? `, ${testdata.name} (uid ${testdata.uid}, csv_content only)` : '';
  console.log(`preview: datasource ${prometheus.name} (uid ${prometheus.uid}) -> ${promUrl}${td}${notServed}`);
  console.log(
    `preview: ${provisionedRules} alert rules provisioned from ${alertingDir ? relative(root, alertingDir) : 'nowhere'}`
  );
  const schema = ruleSchemaSource ? relative(root, ruleSchemaSource) : 'not found (required fields only)';
  console.log(`preview: alert rule bodies checked against ${schema}`);
  console.log(`preview: ${appUrl}a/${pluginId}/`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
