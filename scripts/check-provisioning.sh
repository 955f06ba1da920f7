#!/usr/bin/env bash
# The dev stack without a Docker engine: the compose file as Docker would read it, then the provisioning.
set -euo pipefail
cd "$(dirname "$0")/.."
docker-compose -f docker-compose.yaml config -q
echo "docker-compose.yaml: valid"

# The demo's alert rules are made from the demo catalog: the file in provisioning/alerting must be what
# `kpi rules grafana` makes of it now (its stderr names the calendar KPIs Grafana rules cannot express).
rules=provisioning/alerting/kpi-rules.yaml
made=$(mktemp)
trap 'rm -f "$made"' EXIT
npm run --silent kpi -- rules grafana provisioning/plugins/app.yaml > "$made" 2>/dev/null
if ! diff -u "$rules" "$made"; then
  echo "$rules is not what the demo catalog makes: run"
  echo "  npm run --silent kpi -- rules grafana provisioning/plugins/app.yaml > $rules"
  exit 1
fi
echo "$rules: current with provisioning/plugins/app.yaml"

node scripts/check-provisioning.mjs
