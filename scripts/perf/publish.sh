#!/usr/bin/env bash
# Publishes the CLI three ways for cold-start comparison (the default build stays plain JIT):
#   out/perf/jit   framework-dependent, JIT            (what `dotnet build` gives)
#   out/perf/r2r   self-contained, ReadyToRun          (-p:PublishReadyToRun=true)
#   out/perf/aot   NativeAOT                           (-p:PublishAot=true; needs clang and zlib1g-dev)
#   out/perf/aot-icu  NativeAOT with ICU loaded, for comparison (the project is globalization-invariant by default)
# Usage: scripts/perf/publish.sh [jit|r2r|aot ...]   (default: all three). Prints what failed, continues.
set -uo pipefail
cd "$(dirname "$0")/../.."
mkdir -p out/perf
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
rid=linux-x64
mkdir -p out/perf
kinds=("$@"); [ ${#kinds[@]} -eq 0 ] && kinds=(jit r2r aot)
for kind in "${kinds[@]}"; do
  out=out/perf/$kind
  case $kind in
    jit) args=(-c Release -o "$out") ;;
    r2r) args=(-c Release -r $rid --self-contained true -p:PublishReadyToRun=true -o "$out") ;;
    aot) command -v clang >/dev/null || { echo "aot: clang missing (apt-get install -y clang zlib1g-dev)"; continue; }
         args=(-c Release -r $rid -p:PublishAot=true -o "$out") ;;
    aot-icu) command -v clang >/dev/null || { echo "aot: clang missing"; continue; }
         args=(-c Release -r $rid -p:PublishAot=true -p:InvariantGlobalization=false -o "$out") ;;
    *) echo "unknown kind $kind"; continue ;;
  esac
  echo "== $kind -> $out"
  if dotnet publish src/Checker.Cli "${args[@]}" -nologo -v q -clp:ErrorsOnly 2>&1 | tee "out/perf/$kind.log"; then
    echo "$kind: ok ($(du -sh "$out" | cut -f1))"
  else
    echo "$kind: FAILED (see out/perf/$kind.log)"
  fi
done
