/**
 * Catalog text (a KPI's name, a team) as a literal inside the Go templates Grafana and Prometheus expand in
 * labels and annotations: `{{` and `$` come out as written instead of running as template code. `{{"$"}}`
 * holds no `${`, so Grafana's provisioning reader, which expands `${NAME}` in annotations, leaves it too.
 */
export function templateLiteral(text: string): string {
  return text.replace(/\{\{|\$/g, (match) => `{{ "${match}" }}`);
}

/** A value as Grafana's file provisioning reads it: it expands `$NAME` and `${NAME}`, and `$$` is a `$`. */
export function provisioningLiteral(text: string): string {
  return text.replace(/\$/g, '$$$$');
}
