#!/usr/bin/env bash
# End-to-end: the language server in a real editor, headless Neovim (Debian's 0.7). Installs neovim if missing,
# builds `checker`, opens dev-02-figures.md and checks diagnostic, hover and code action (scripts/lsp/neovim/).
# Last line: "N passed, N failed"; non-zero exit on failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

fail() { echo "$1"; echo "0 passed, 1 failed"; exit 1; }

if ! command -v nvim >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim) >/dev/null 2>&1 ||
    (sleep 5; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim >/dev/null 2>&1) || fail "could not install neovim"
fi
dotnet build src/Checker.Cli -c Release -nologo -v q -clp:ErrorsOnly >/dev/null || fail "build of src/Checker.Cli failed"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp tests/Checker.LanguageServer.Tests/Drafts/dev-02-figures.md "$work/"
export CHECKER_DLL="$root/src/Checker.Cli/bin/Release/net10.0/checker.dll"
export CHECKER_DRAFT="$work/dev-02-figures.md"
export CHECKER_CACHE="$work/cache"
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state" XDG_DATA_HOME="$work/data"

out="$work/out.txt"
timeout 180 nvim --headless --clean -c "luafile $root/scripts/lsp/neovim/check-draft.lua" >"$out" 2>"$work/err.txt"
status=$?
cat "$out"
summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$out" | tail -n 1)
if [ -z "$summary" ]; then
  echo "neovim exited with $status before finishing; stderr:"; tail -n 20 "$work/err.txt"
  echo "0 passed, 1 failed"; exit 1
fi
if [ "$status" -ne 0 ] && echo "$summary" | grep -q ' 0 failed'; then
  echo "neovim exited with $status"; echo "0 passed, 1 failed"; exit 1
fi
echo "$summary" >/dev/null
[ "$status" -eq 0 ]
