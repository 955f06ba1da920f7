#!/usr/bin/env node
// Burn rates from the demo SLOs' good/total, as the plugin reads them, against Prometheus's own increase
// ratio over each span (src/demo/checkBurnRates.ts). PROM_URL (default http://127.0.0.1:9091).
//   node scripts/demo/check-burn-rates.mjs [provisioning/plugins/app.yaml]
import { spawnSync } from 'node:child_process';
import { bundleForNode } from '../bundleNode.mjs';

const bundle = await bundleForNode('src/demo/checkBurnRates.ts', 'kpi-demo/check-burn-rates.cjs');
const run = spawnSync(process.execPath, [bundle, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 2);
