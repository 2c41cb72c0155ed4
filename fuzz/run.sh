#!/usr/bin/env bash
# Bounded fuzzing of the Markdown-to-claims path: builds fuzz/Checker.Fuzz and runs it in random mode for SECONDS
# (default 45) over the seeds, the example draft and the dev corpus. Uninstrumented (no libFuzzer coverage feedback):
# random mutations of real drafts plus recognizer tokens. Exit 0 when no input failed; a failing input is saved to /tmp.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-45}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build fuzz/Checker.Fuzz -c Release -nologo -v q -clp:ErrorsOnly >/dev/null
dotnet fuzz/Checker.Fuzz/bin/Release/net10.0/Checker.Fuzz.dll random "$seconds" seeds examples tests /work/shared/corpus/dev
