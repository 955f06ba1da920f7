// `npm run bench`: bundles src/bench/domainBench.ts for Node like the command line, then runs it with
// --expose-gc so it can measure heap from a collected baseline. Prints one `NAME: VALUE` line per measure.
import { spawnSync } from 'node:child_process';
import { bundleForNode } from './bundleNode.mjs';

const bundle = await bundleForNode('src/bench/domainBench.ts', 'kpi-bench/bench.cjs');
const run = spawnSync(process.execPath, ['--expose-gc', bundle, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 2);
