#!/usr/bin/env bash
# Runs the BenchmarkDotNet benchmarks of the engine (benchmarks/Checker.Benchmarks) on the 6 KB / 100 KB / 1 MB
# drafts made by make-docs.py, with BenchmarkDotNet's short job (3 warm-ups, 3 iterations: the machine is shared,
# so figures are indicative). Extra arguments go to BenchmarkDotNet, e.g. --filter '*Stage*'.
# Results: BenchmarkDotNet.Artifacts/results/*.md under the benchmark project's run folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export CHECKER_BENCH_DOCS="${CHECKER_BENCH_DOCS:-/tmp/checker-bench-docs}"
python3 scripts/perf/make-docs.py drafts "$CHECKER_BENCH_DOCS"
dotnet build benchmarks/Checker.Benchmarks -c Release -nologo -v q -clp:ErrorsOnly
cd benchmarks/Checker.Benchmarks
if [ $# -eq 0 ]; then set -- --filter '*'; fi
dotnet bin/Release/net10.0/Checker.Benchmarks.dll --job short --memory --exporters github "$@"
