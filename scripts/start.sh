#!/usr/bin/env bash
# One command from a fresh clone to a running app: builds the plugin, then starts the Docker dev stack
# (Grafana + Prometheus with demo history, all provisioned) where a Docker engine runs, and otherwise
# Prometheus with the demo history plus the preview host (the built plugin in a browser, without Grafana).
set -euo pipefail
cd "$(dirname "$0")/.."

[ -d node_modules ] || npm install --no-audit --no-fund --loglevel=error
npm run --silent build > /tmp/kpi-scorecards-build.log 2>&1 || { cat /tmp/kpi-scorecards-build.log; exit 1; }

if docker info >/dev/null 2>&1; then
  echo "Docker engine found: starting Grafana and Prometheus (docker compose up). Open http://localhost:3000/a/kpi-scorecards-app"
  exec docker compose up --build
fi

echo "No Docker engine: starting Prometheus with the demo history and the preview host."
bash scripts/demo/start-prometheus.sh
exec node preview/server.mjs --settings provisioning/plugins/app.yaml
