#!/usr/bin/env bash
# Fresh machine to a runnable clinscribe: system packages, the FHIR profile packages, then the build (models included).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
scripts/fetch-fhir-packages.sh
mvn -q -B install -DskipTests
