import { main } from './kpi';

// The bundle's banner (scripts/kpi.mjs) sets up navigator before @grafana/data loads.
// A reader that stops early (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  process.exit(e.code === 'EPIPE' ? 0 : 2);
});

main(
  process.argv.slice(2),
  (line) => process.stdout.write(line + '\n'),
  (line) => process.stderr.write(line + '\n')
).then((code) => {
  process.exitCode = code;
});
