#!/usr/bin/env bash
# One command from a fresh clone to a running app: builds the plugin, then starts the Docker dev stack
# (Grafana + Prometheus with demo history, all provisioned) where a Docker engine runs, and otherwise
# Prometheus with the demo history plus the preview host (the built plugin in a browser, without Grafana).
#
# Env (without Docker): PROM_PORT (9091) and LIVE_PORT (9464) for the demo Prometheus and its exporter,
# PORT (3001) for the preview host. Ctrl-C stops what this run started.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

# demo: none (not started yet), started (by this run: stopped on exit), or kept (it ran before this run).
demo=none
stop_demo() {
  trap - EXIT INT TERM
  if [[ $demo == started ]]; then
    bash scripts/demo/stop-prometheus.sh >/dev/null
    printf '\nStopped the demo Prometheus (%s) and its exporter (port %s).\n' "$PROM_URL" "$LIVE_PORT"
  elif [[ $demo == kept ]]; then
    printf '\nThe demo Prometheus (%s) ran before this run and still does; stop it with: bash scripts/demo/stop-prometheus.sh\n' "$PROM_URL"
  fi
}
trap stop_demo EXIT
trap 'exit 130' INT TERM

if [[ ! -d node_modules ]]; then
  step "Installing the npm packages (about a minute on a fresh clone)"
  npm install --no-audit --no-fund --loglevel=error
fi

# A private log (mktemp: mode 600, a new name each run), not a fixed name others could read or clobber.
build_log=$(mktemp "${TMPDIR:-/tmp}/kpi-scorecards-build.XXXXXX")
step "Building the plugin into dist/ (about a minute; log: $build_log)"
if ! npm run --silent build >"$build_log" 2>&1; then
  tail -n 40 "$build_log"
  echo "The build failed; the whole log is in $build_log" >&2
  exit 1
fi
rm -f "$build_log"

if docker info >/dev/null 2>&1; then
  step "Docker engine found: starting Grafana and Prometheus (docker compose up). Open http://localhost:3000/a/kpi-scorecards-app"
  exec docker compose up --build
fi

export PROM_PORT=${PROM_PORT:-9091}
export LIVE_PORT=${LIVE_PORT:-9464}
export PROM_URL="http://127.0.0.1:$PROM_PORT"
source scripts/demo/demo-processes.sh

# A demo that was already up before this run is left running; one this run starts is stopped on exit.
if running prometheus "--web.listen-address=127.0.0.1:$PROM_PORT" && running live-samples live-samples.mjs; then
  demo=kept
else
  demo=started
fi

step "No Docker engine: starting Prometheus with the demo history on $PROM_URL (exporter on port $LIVE_PORT)"
bash scripts/demo/start-prometheus.sh

stops="it"
[[ $demo == started ]] && stops="it, Prometheus and the exporter"
step "Starting the preview host on port ${PORT:-3001} (Ctrl-C stops $stops)"
node preview/server.mjs --settings provisioning/plugins/app.yaml
