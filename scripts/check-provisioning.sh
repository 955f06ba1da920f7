#!/usr/bin/env bash
# The dev stack without a Docker engine: the compose file as Docker would read it, then the provisioning.
set -euo pipefail
cd "$(dirname "$0")/.."
docker-compose -f docker-compose.yaml config -q
echo "docker-compose.yaml: valid"
node scripts/check-provisioning.mjs
