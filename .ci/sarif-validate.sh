#!/usr/bin/env bash
# Validates the SARIF log the gate writes against GitHub's ingestion rules with Microsoft's SARIF
# multitool (`validate --rule-kind "Sarif;Gh"`): zero errors, and only the warnings listed in
# ALLOWED_WARNINGS (each justified in docs/reporting.md). Runs the built dist/cli.js on a copy of
# examples/hello under the built-in policy with GOFLAGS=-mod=mod, and again with a baseline, a
# drift and a damaged build cache, so every kind of location is covered.
set -euo pipefail
cd "$(dirname "$0")/.."

MULTITOOL_VERSION=5.7.0
MT_DIR=.ci/sarif-multitool
MT="$MT_DIR/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -x "$MT" ]; then
  npm install --no-save --no-package-lock --no-audit --no-fund --prefix "$MT_DIR" \
    "@microsoft/sarif-multitool@$MULTITOOL_VERSION"
  # Its postinstall (chmod) may not run; the npm bin.js splits arguments on ';', so the platform
  # binary is run directly.
  chmod u+x "$MT"
fi
# No ICU on a minimal machine: the .NET runtime then needs invariant globalization.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1

ALLOWED_WARNINGS='' # rule IDs separated by spaces; none at present

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
GO_DIR="$(dirname "$(command -v go)")"

run_gate() { # name, workspace, cache-verify, VAR=value...
  local name="$1" ws="$2" verify="$3" cli="$PWD/dist/cli.js"
  shift 3
  (cd "$ws" && env -i PATH="$GO_DIR:/usr/bin:/bin" HOME="$tmp/home" GOTOOLCHAIN=local \
    GOTELEMETRY=off GOCACHE="$tmp/gocache" GOMODCACHE="$tmp/gomodcache" "$@" \
    node "$cli" check --format sarif --cache-verify "$verify") >"$tmp/$name.sarif"
}

validate() { # name
  local name="$1"
  "$MT" validate --rule-kind "Sarif;Gh" -o "$tmp/$name.validation.sarif" "$tmp/$name.sarif" >/dev/null
  node -e '
    const [file, name, allowed] = process.argv.slice(1)
    const log = JSON.parse(require("node:fs").readFileSync(file, "utf8"))
    const gate = JSON.parse(require("node:fs").readFileSync(file.replace(".validation", ""), "utf8"))
    const results = log.runs.flatMap((r) => r.results ?? [])
    const level = (r) => r.level ?? "warning"
    const errors = results.filter((r) => level(r) === "error")
    const warnings = results.filter((r) => level(r) === "warning")
    const ok = new Set(allowed.split(" ").filter(Boolean))
    const unexpected = warnings.filter((r) => !ok.has(r.ruleId))
    const gateResults = gate.runs[0].results
    const located = gateResults.every((r) => Array.isArray(r.locations) && r.locations.length > 0)
    console.log(`${name}: ${gateResults.length} result(s), every one located: ${located}; multitool: ${errors.length} error(s), ${warnings.length} warning(s)`)
    for (const r of [...errors, ...unexpected]) {
      console.log(`  ${level(r)} ${r.ruleId}: ${JSON.stringify(r.message.arguments ?? r.message.text)}`)
    }
    if (errors.length || unexpected.length || !located || gateResults.length === 0) process.exit(1)
  ' "$tmp/$name.validation.sarif" "$name" "$ALLOWED_WARNINGS"
}

mkdir -p "$tmp/home"
cp -r examples/hello "$tmp/builtin"
rm -rf "$tmp/builtin/.github" "$tmp/builtin/go-baseline-gate"
run_gate builtin "$tmp/builtin" off GOFLAGS=-mod=mod
validate builtin

cp -r "$tmp/builtin" "$tmp/baseline"
mkdir -p "$tmp/baseline/.github"
printf 'version: 1\nenv:\n  GOPROXY: "off"\n  CGO_ENABLED: "0"\n' >"$tmp/baseline/.github/go-baseline.yml"
(cd "$tmp/baseline" && env -i PATH="$GO_DIR:/usr/bin:/bin" HOME="$tmp/home" GOTOOLCHAIN=local \
  GOTELEMETRY=off GOCACHE="$tmp/gocache" go build ./...)
entry="$(find "$tmp/gocache" -name '*-a' -print -quit)"
echo damaged >"$entry"
run_gate baseline "$tmp/baseline" quick GOFLAGS=-mod=mod GOSUMDB=off
validate baseline

# Negative control: the same log with its locations removed must fail (GitHub rejects it), so a
# validator that silently accepts everything cannot pass this step.
node -e '
  const fs = require("node:fs")
  const [from, to] = process.argv.slice(1)
  const log = JSON.parse(fs.readFileSync(from, "utf8"))
  for (const r of log.runs[0].results) r.locations = []
  fs.writeFileSync(to, JSON.stringify(log))
' "$tmp/baseline.sarif" "$tmp/broken.sarif"
if validate broken >"$tmp/broken.out"; then
  cat "$tmp/broken.out"
  echo "the multitool accepted a log without locations: the check above proves nothing" >&2
  exit 1
fi
echo "negative control: $(head -1 "$tmp/broken.out")"
