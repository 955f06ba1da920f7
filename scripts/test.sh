#!/usr/bin/env bash
# Every check, on a fresh clone of a fresh machine: installs what it needs, then runs typecheck, lint, dead code,
# unit tests, the build, plugin.json against Grafana's schema, the demo catalog and dev stack, and the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# The demo Prometheus and the preview host that queries it agree on one port (PROM_PORT, default 9091).
export PROM_URL="http://127.0.0.1:${PROM_PORT:-9091}"

step() { printf '\n== %s\n' "$*"; }

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v prometheus >/dev/null || need_apt+=(prometheus)
command -v docker-compose >/dev/null || need_apt+=(docker-compose)
# pdftotext and pdftoppm: the Reports page's printed PDF is read back (tests/browser/reports.spec.ts).
command -v pdftotext >/dev/null || need_apt+=(poppler-utils)
if [ ${#need_apt[@]} -gt 0 ]; then
  step "Debian packages: ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

step "npm packages"
# npm ci refuses a lockfile made where the registry lacks other platforms' optional builds; install keeps it as is.
npm install --no-audit --no-fund --loglevel=error

step "typecheck"
npm run --silent typecheck

step "lint"
npm run --silent lint

step "dead code: no unused file, export or dependency (knip; knip.jsonc names the entry points)"
npm run --silent knip

step "translations: src/locales/en-US holds every t() text of the code (npm run i18n:extract)"
npm run --silent i18n:check || {
  echo "src/locales/en-US/kpi-scorecards-app.json does not match the code's t() texts: run npm run i18n:extract"
  exit 1
}

step "unit tests (jest)"
npm run --silent test:ci

step "build"
npm run --silent build > /tmp/kpi-scorecards-build.log 2>&1 || { cat /tmp/kpi-scorecards-build.log; exit 1; }
echo "dist/module.js: $(wc -c < dist/module.js) bytes"

step "plugin.json against Grafana's schema"
node scripts/validate-plugin-json.mjs

if [ -f provisioning/plugins/app.yaml ] && grep -q 'catalog:' provisioning/plugins/app.yaml; then
  step "demo catalog (kpi validate)"
  npm run --silent kpi -- validate provisioning/plugins/app.yaml
fi

step "dev stack and provisioning"
bash scripts/check-provisioning.sh

step "preview host: /api/ds/query frames against Grafana's golden files"
npm run --silent test:preview

step "demo Prometheus (backfilled history + live exporter) for the browser tests"
bash scripts/demo/start-prometheus.sh
trap 'bash scripts/demo/stop-prometheus.sh >/dev/null 2>&1 || true' EXIT

step "browser tests (Debian's Chromium, preview host)"
npm run --silent test:browser

step "Grafana e2e specs (need a running Grafana: listed so they compile)"
npx playwright test --list

step "all checks passed"
