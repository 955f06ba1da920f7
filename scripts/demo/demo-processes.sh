# Shared by start-prometheus.sh and stop-prometheus.sh: where the demo keeps its state and how to
# tell whether a process it started is still running. Sourced, not executed.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DEMO_DIR=${DEMO_DIR:-$ROOT/.demo}
PROM_PORT=${PROM_PORT:-9091}
LIVE_PORT=${LIVE_PORT:-9464}
PROM_URL="http://127.0.0.1:$PROM_PORT"

# running NAME PATTERN: true when DEMO_DIR/NAME.pid names a live process whose command line
# contains PATTERN (a recycled pid of some other program does not count).
running() {
  local pidfile="$DEMO_DIR/$1.pid"
  [[ -f $pidfile ]] || return 1
  local pid
  pid=$(cat "$pidfile")
  [[ -n $pid && -r /proc/$pid/cmdline ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "$2"
}

# stop_process NAME PATTERN: ends the process recorded in NAME.pid (TERM, then KILL after 10 s).
stop_process() {
  if running "$1" "$2"; then
    local pid
    pid=$(cat "$DEMO_DIR/$1.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
      running "$1" "$2" || break
      sleep 0.1
    done
    running "$1" "$2" && kill -9 "$pid" 2>/dev/null || true
    echo "stopped $1 (pid $pid)"
  fi
  rm -f "$DEMO_DIR/$1.pid"
}
