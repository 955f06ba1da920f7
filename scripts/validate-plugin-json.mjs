// Validates the built plugin.json files (the app's and each nested panel's) against the schema Grafana
// validates plugins with. The schema is shared test data: when it is absent, say so and pass.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { globSync } from 'glob';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaPath = join(root, '..', 'shared', 'fixtures', 'grafana', 'schemas', 'plugin.schema.json');
if (!existsSync(schemaPath)) {
  console.log(`plugin.json: not validated: ${relative(root, schemaPath)} is not present`);
  process.exit(0);
}
const files = globSync('dist/**/plugin.json', { cwd: root });
if (files.length === 0) {
  console.error('plugin.json: dist/ has no plugin.json: run `npm run build` first');
  process.exit(1);
}
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
let failed = false;
for (const file of files.sort()) {
  const ok = validate(JSON.parse(readFileSync(join(root, file), 'utf8')));
  if (ok) {
    console.log(`${file}: valid against Grafana's plugin.schema.json`);
    continue;
  }
  failed = true;
  for (const e of validate.errors) {
    console.error(
      `${file}: ${e.instancePath || '(root)'}: ${e.message}${e.params ? ' ' + JSON.stringify(e.params) : ''}`
    );
  }
}
process.exit(failed ? 1 : 0);
