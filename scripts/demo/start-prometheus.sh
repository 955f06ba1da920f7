#!/usr/bin/env bash
# Starts a demo Prometheus on 127.0.0.1:${PROM_PORT:-9091} with ~200 days of generated history for
# the demo catalog (provisioning/plugins/app.yaml) plus live samples, and prints its URL.
#
#   scripts/demo/start-prometheus.sh          # start (or report the running one)
#   DEMO_RESET=1 scripts/demo/start-prometheus.sh   # regenerate the history up to now
#   scripts/demo/stop-prometheus.sh           # stop
#
# Idempotent: a running demo is left as it is; stopped, it restarts on its existing data.
# Env: PROM_PORT (9091), LIVE_PORT (9464), DEMO_DIR (.demo), DEMO_NOW (ISO time the history ends).
set -euo pipefail
source "$(dirname "$0")/demo-processes.sh"

# Running on another port (an earlier run with other PROM_PORT/LIVE_PORT) counts as not running: restarted here.
if [[ ${DEMO_RESET:-} != 1 ]] && running prometheus "--web.listen-address=127.0.0.1:$PROM_PORT" &&
  running live-samples live-samples.mjs && curl -sf "http://127.0.0.1:$LIVE_PORT/-/ready" >/dev/null 2>&1; then
  echo "$PROM_URL"
  exit 0
fi

if ! command -v prometheus >/dev/null || ! command -v promtool >/dev/null; then
  SUDO=$([[ $(id -u) == 0 ]] || echo sudo)
  if ! compgen -G "/var/lib/apt/lists/*_Packages*" >/dev/null; then
    $SUDO apt-get update -qq
  fi
  echo "Installing Prometheus (Debian's package)" >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends prometheus >/dev/null
fi

"$(dirname "$0")/stop-prometheus.sh" >/dev/null
mkdir -p "$DEMO_DIR"
if [[ ${DEMO_RESET:-} == 1 ]]; then
  rm -rf "$DEMO_DIR/data" "$DEMO_DIR/anchor.json"
fi

if [[ ! -f $DEMO_DIR/data/.backfilled || ! -f $DEMO_DIR/anchor.json ]]; then
  rm -rf "$DEMO_DIR/data"
  echo "Generating about 200 days of demo history into $DEMO_DIR (a minute or two, once)" >&2
  node "$ROOT/scripts/demo/generate-history.mjs" --out "$DEMO_DIR/history.om" ${DEMO_NOW:+--now "$DEMO_NOW"}
  # Blocks of up to ~60 days: with the default 2h blocks promtool re-reads the file once per block.
  promtool tsdb create-blocks-from openmetrics --quiet --max-block-duration=1500h "$DEMO_DIR/history.om" "$DEMO_DIR/data"
  rm -f "$DEMO_DIR/history.om"
  touch "$DEMO_DIR/data/.backfilled"
fi

cat >"$DEMO_DIR/prometheus.yml" <<YAML
# Written by scripts/demo/start-prometheus.sh
global:
  scrape_interval: 15s
scrape_configs:
  - job_name: kpi-demo
    static_configs:
      - targets: ['127.0.0.1:$LIVE_PORT']
    metric_relabel_configs:
      # The backfilled history has no instance label: keep live samples on the same series.
      - action: labeldrop
        regex: instance
YAML

cd "$ROOT"
LIVE_PORT=$LIVE_PORT LIVE_HOST=127.0.0.1 DEMO_ANCHOR_FILE="$DEMO_DIR/anchor.json" \
  nohup node scripts/demo/live-samples.mjs >"$DEMO_DIR/live-samples.log" 2>&1 &
echo $! >"$DEMO_DIR/live-samples.pid"

nohup prometheus \
  --config.file="$DEMO_DIR/prometheus.yml" \
  --storage.tsdb.path="$DEMO_DIR/data" \
  --storage.tsdb.retention.time=400d \
  --web.listen-address="127.0.0.1:$PROM_PORT" \
  >"$DEMO_DIR/prometheus.log" 2>&1 &
echo $! >"$DEMO_DIR/prometheus.pid"

for _ in $(seq 1 240); do
  if curl -sf "$PROM_URL/-/ready" >/dev/null 2>&1 && curl -sf "http://127.0.0.1:$LIVE_PORT/-/ready" >/dev/null 2>&1; then
    echo "$PROM_URL"
    exit 0
  fi
  if ! running prometheus "--storage.tsdb.path=$DEMO_DIR/data" || ! running live-samples live-samples.mjs; then
    break
  fi
  sleep 0.5
done
echo "the demo did not become ready; see $DEMO_DIR/prometheus.log and $DEMO_DIR/live-samples.log" >&2
tail -5 "$DEMO_DIR/prometheus.log" "$DEMO_DIR/live-samples.log" >&2 || true
exit 1
