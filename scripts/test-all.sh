#!/usr/bin/env bash
# Runs every test of the project — the .NET suites and every end-to-end suite under tests/e2e/ — and ends with one
# plain line "N passed, N failed". Installs what it needs first (NuGet restore, npm ci, Debian packages), so it works
# on a fresh machine. Exit status: 0 when nothing failed.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
passed=0
failed=0
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "== build"
if ! dotnet build Checker.sln -c Release -nologo -v q -clp:ErrorsOnly; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

echo "== .NET tests"
log=$(mktemp)
dotnet test Checker.sln -c Release --no-build -nologo -v q 2>&1 | tee "$log"
# Each test assembly prints: "Passed!  - Failed:     0, Passed:    12, Skipped:     0, Total:    12, ..."
while read -r f p; do
  passed=$((passed + p)); failed=$((failed + f))
done < <(grep -E '(Passed|Failed)! +- Failed: ' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+).*/\1 \2/')
if ! grep -qE '(Passed|Failed)! +- Failed: ' "$log"; then failed=$((failed + 1)); echo "no .NET test summary found"; fi
rm -f "$log"

# End-to-end suites: each tests/e2e/*.sh prints its own "N passed, N failed" as its last line.
for suite in tests/e2e/*.sh; do
  [ -e "$suite" ] || continue
  echo "== $suite"
  out=$(mktemp)
  bash "$suite" 2>&1 | tee "$out"
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$out" | tail -n 1)
  if [ -n "$line" ]; then
    passed=$((passed + $(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/')))
    failed=$((failed + $(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')))
  else
    echo "$suite printed no summary"; failed=$((failed + 1))
  fi
  rm -f "$out"
  cd "$root"
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
