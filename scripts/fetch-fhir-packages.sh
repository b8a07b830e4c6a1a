#!/usr/bin/env bash
# Fetches the FHIR packages the offline validator checks bundles against (the International Patient Summary
# profiles and what they are built on) from the npm registry, into the directory the validator reads by
# default: ${CLINSCRIBE_FHIR_PACKAGES:-${XDG_DATA_HOME:-$HOME/.local/share}/clinscribe/fhir-packages}.
#
# Idempotent: a package already there is not downloaded again. All packages are CC0 (HL7 International).
# Usage: scripts/fetch-fhir-packages.sh [DIRECTORY]
set -euo pipefail

dir="${1:-${CLINSCRIBE_FHIR_PACKAGES:-${XDG_DATA_HOME:-$HOME/.local/share}/clinscribe/fhir-packages}}"

# Only the IPS package is needed. Its package.json lists hl7.terminology.r4 6.5.0, hl7.fhir.uv.extensions.r4
# 5.2.0 and hl7.fhir.uv.ipa 1.1.0, but the npm registry serves none of those versions (terminology 7.0.1,
# 4.6 MB; extensions 5.3.0-ballot-tc1; no IPA at all), and they are not required: the IPS 2.0.0 profiles
# ship with their snapshots, built on R4 core (which comes with HAPI's validation resources), and clinscribe's
# bundles validate against them with no errors without the others. Without THO, some IPS value sets stay
# unknown to the validator and their bindings are reported as warnings, not checked.
packages=(
  "hl7.fhir.uv.ips@2.0.0"
)

command -v npm >/dev/null || { echo "npm is required (apt-get install npm)" >&2; exit 1; }
mkdir -p "$dir"
chmod 700 "$dir" 2>/dev/null || true

for spec in "${packages[@]}"; do
  name="${spec%@*}"
  version="${spec#*@}"
  file="$dir/$name-$version.tgz"
  if [[ -s "$file" ]] && tar -tzf "$file" package/package.json >/dev/null 2>&1; then
    echo "present: $file"
    continue
  fi
  tmp="$(mktemp -d "$dir/.fetch.XXXXXX")"
  trap 'rm -rf "$tmp"' EXIT
  if ! (cd "$tmp" && npm pack --silent "$spec" >/dev/null); then
    echo "could not fetch $spec from the npm registry ($(npm config get registry 2>/dev/null))" >&2
    exit 1
  fi
  packed="$(ls "$tmp"/*.tgz)"
  tar -tzf "$packed" package/package.json >/dev/null   # a truncated download fails here, not in the validator
  mv -f "$packed" "$file"
  rm -rf "$tmp"
  trap - EXIT
  echo "fetched: $file ($(du -h "$file" | cut -f1))"
done
