#!/usr/bin/env bash
# Fresh machine to a runnable clinscribe: system packages, then the build (models included).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
mvn -q -B install -DskipTests
