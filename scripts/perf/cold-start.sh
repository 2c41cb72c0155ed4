#!/usr/bin/env bash
# Cold start of the published native checker against the floor (benchmarks/Checker.Floor: read + Markdig parse + one
# compiled regex, also NativeAOT) and `checker --version`, all timed together so machine load affects them alike.
# Usage: scripts/perf/cold-start.sh [DRAFT] [RUNS]   (publishes out/perf/aot and out/perf/floor first if missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
draft=${1:-/tmp/checker-bench-docs/draft-6k.md}
runs=${2:-30}
[ -f "$draft" ] || python3 scripts/perf/make-docs.py drafts "$(dirname "$draft")"
[ -x out/perf/aot/checker ] || bash scripts/perf/publish.sh aot
if [ ! -x out/perf/floor/Checker.Floor ]; then
  dotnet publish benchmarks/Checker.Floor -c Release -r linux-x64 -p:PublishAot=true -o out/perf/floor -nologo -v q -clp:ErrorsOnly
fi
hyperfine -N --warmup 5 --runs "$runs" --export-markdown out/perf/cold-start.md \
  "out/perf/floor/Checker.Floor $draft" \
  "out/perf/aot/checker --version" \
  "out/perf/aot/checker verify $draft --as-of 2025-09-01"
cat out/perf/cold-start.md
