// Checks an alert-rule request body against Grafana's ProvisionedAlertRule schema
// (../shared/fixtures/grafana/alerting/provisioned-alert-rule.schema.json, assembled from Grafana's swagger), so a
// browser check that writes rules fails on a body Grafana's API would not bind. Without the fixtures the
// provisioning API keeps only its own required-field check.
import Ajv from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// Beside the repository, or beside the worktrees folder a worktree is in.
const schemaPath = [join(repo, '..'), join(repo, '..', '..')]
  .map((dir) => join(dir, 'shared', 'fixtures', 'grafana', 'alerting', 'provisioned-alert-rule.schema.json'))
  .find(existsSync);

const validate = schemaPath
  ? new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(
      JSON.parse(readFileSync(schemaPath, 'utf8'))
    )
  : undefined;

/** Where the schema was read from, for the server's start line. */
export const ruleSchemaSource = schemaPath;

/** @returns {string | undefined} the body's problems in one line, as ajv names them; undefined when it is valid */
export function schemaProblems(body) {
  if (!validate || validate(body)) {
    return undefined;
  }
  return validate.errors.map((e) => `${e.instancePath || '(body)'} ${e.message}`).join('; ');
}
