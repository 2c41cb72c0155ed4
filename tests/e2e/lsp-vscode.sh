#!/usr/bin/env bash
# End-to-end: the extension in real VS Code. Installs what it needs when missing (Debian: chromium, ripgrep,
# libkrb5-dev; npm: code-server 4.100.3 under .tmp/, the client's packages), packages the .vsix, installs it into a
# throw-away code-server profile, and drives Chromium with playwright-core (scripts/lsp/vscode/drive-code-server.mjs).
# Screenshots land in .tmp/lsp-vscode-screenshots/. Last line: "N passed, N failed"; non-zero exit on failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
code_server_version=4.100.3

fail() { echo "$1"; echo "0 passed, 1 failed"; exit 1; }

apt_install() {
  # Own step, retried once: an install beside a busy npm has been seen to fail once.
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@") >/dev/null 2>&1 ||
    (sleep 5; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1)
}
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v rg >/dev/null || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
# code-server's native modules compile on install.
command -v g++ >/dev/null || missing+=(g++)
command -v make >/dev/null || missing+=(make)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}" || fail "could not install ${missing[*]}"; fi

code_server="$root/.tmp/code-server/node_modules/.bin/code-server"
if [ ! -x "$code_server" ]; then
  echo "installing code-server $code_server_version (about 75 s)"
  # Its postinstall downloads ripgrep; seed that download from Debian's rg (no other host is reachable).
  tmp=${TMPDIR:-/tmp}
  mkdir -p "$tmp/vscode-ripgrep-cache-1.15.11"
  tar czf "$tmp/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C /usr/bin rg
  mkdir -p .tmp/code-server
  [ -f .tmp/code-server/package.json ] || echo '{"private": true}' > .tmp/code-server/package.json
  (cd .tmp/code-server && npm_config_yes=true npm install "code-server@$code_server_version" --unsafe-perm --no-audit --no-fund >/dev/null 2>&1) ||
    fail "could not install code-server"
fi

work=$(mktemp -d)
bash scripts/lsp/package-extension.sh >"$work/package.log" 2>&1 ||
  { tail -n 30 "$work/package.log"; fail "packaging the extension failed (scripts/lsp/package-extension.sh)"; }

server_pid=
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
mkdir -p "$work/workspace" "$work/user-data/User" "$work/home"
cp tests/Checker.LanguageServer.Tests/Drafts/dev-02-figures.md "$work/workspace/"
cat > "$work/user-data/User/settings.json" <<'JSON'
{ "workbench.startupEditor": "none", "security.workspace.trust.enabled": false, "telemetry.telemetryLevel": "off",
  "workbench.tips.enabled": false, "extensions.ignoreRecommendations": true, "editor.hover.delay": 300,
  "workbench.enableExperiments": false, "chat.disableAIFeatures": true }
JSON
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" XDG_CACHE_HOME="$work/home/.cache"
common=(--user-data-dir "$work/user-data" --extensions-dir "$work/extensions")
"$code_server" "${common[@]}" --install-extension vscode-client/checker.vsix >"$work/install.log" 2>&1 ||
  { cat "$work/install.log"; fail "code-server could not install the .vsix"; }

port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})')
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$port" > "$work/config.yaml"
"$code_server" --config "$work/config.yaml" "${common[@]}" --disable-telemetry --disable-update-check \
  --disable-workspace-trust "$work/workspace" >"$work/code-server.log" 2>&1 &
server_pid=$!
healthy() { node -e 'fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "http://127.0.0.1:$port/healthz"; }
for _ in $(seq 1 60); do healthy && break; sleep 1; done
healthy || { tail -n 20 "$work/code-server.log"; fail "code-server did not start"; }

screens="$root/.tmp/lsp-vscode-screenshots"
rm -rf "$screens"
echo "screenshots: $screens"
CODE_SERVER_URL="http://127.0.0.1:$port" WORKSPACE="$work/workspace" SCREENSHOTS="$screens" PROFILE="$work/chromium" \
  timeout 300 node scripts/lsp/vscode/drive-code-server.mjs >"$work/driver.txt" 2>&1
status=$?
grep -vE '^[0-9]+ passed, [0-9]+ failed$' "$work/driver.txt"
summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$work/driver.txt" | tail -n 1)
if [ "$status" -ne 0 ]; then
  echo "extension log:"; find "$work/user-data/logs" -path '*checker*' -name '*.log' -exec tail -n 30 {} \; 2>/dev/null
fi
if [ -z "$summary" ]; then summary="0 passed, 1 failed"; [ "$status" -ne 0 ] || status=1; fi
echo "$summary"
exit "$status"
