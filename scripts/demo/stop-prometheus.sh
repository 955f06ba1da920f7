#!/usr/bin/env bash
# Stops the demo Prometheus and the live exporter started by start-prometheus.sh (by their pid
# files in .demo/). The data stays; DEMO_RESET=1 start-prometheus.sh regenerates it.
set -euo pipefail
source "$(dirname "$0")/demo-processes.sh"

stop_process prometheus "--storage.tsdb.path=$DEMO_DIR/data"
stop_process live-samples live-samples.mjs
