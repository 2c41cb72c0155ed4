#!/usr/bin/env bash
# End-to-end: a bounded (30 s) random fuzz run of the Markdown-to-claims path (fuzz/run.sh). Last line: N passed, N failed.
cd "$(dirname "$0")/../.."
if bash fuzz/run.sh "${FUZZ_SECONDS:-30}"; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; exit 1; fi
