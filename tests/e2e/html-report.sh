#!/usr/bin/env bash
# End-to-end test of `checker verify --format html`: the report is opened in Debian's Chromium (headless); the DOM it
# builds is checked and a screenshot is saved. UPDATE_SCREENSHOT=1 copies the screenshot to docs/images/.
# Prints "N passed, N failed" last; exits non-zero on failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
passed=0
failed=0
check() { # check NAME COMMAND...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok - $name"; else failed=$((failed + 1)); echo "not ok - $name"; fi
}

if ! command -v chromium >/dev/null; then
  # Retried once: an install beside another one has been seen to fail the first time.
  { apt-get update -qq && apt-get install -y -qq chromium; } >/dev/null 2>&1 || { sleep 5; apt-get install -y -qq chromium >/dev/null 2>&1; }
fi
checker="$root/src/Checker.Cli/bin/Release/net10.0/checker"
[ -x "$checker" ] || dotnet build src/Checker.Cli -c Release -nologo -v q -clp:ErrorsOnly >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$checker" verify examples/draft.md --format html > "$work/report.html"
check "verify --format html exits 0 on a draft with warnings only" test $? -eq 0
claims=$("$checker" verify examples/draft.md --format json | grep -c '"verdict":')

render() { # render OUT.png URL-FRAGMENT
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$(mktemp -d -p "$work")" --hide-scrollbars "$@" 2>/dev/null
}
render --dump-dom "file://$work/report.html" > "$work/dom.html"
check "chromium renders one highlighted span per claim ($claims)" test "$(grep -o 'class="claim v-' "$work/dom.html" | wc -l)" -eq "$claims"
check "the refuted claim is highlighted as refuted" grep -q 'class="claim v-refuted"[^>]*>more than 50 countries<span class="tip"' "$work/dom.html"
check "its hover card quotes the evidence and the fix" grep -q 'backed by more than 30 countries including Canada.*Fix: Replace with more than 30 countries' "$work/dom.html"
check "the summary counts the verdicts" grep -q '<span class="chip v-refuted">2 refuted</span>' "$work/dom.html"
check "a finding links to its claim" grep -q 'href="#claim-0-1">line 9</a>' "$work/dom.html"
check "no raw HTML from the draft reaches the page" sh -c "! grep -q '<script' '$work/dom.html'"

# A headless screenshot cannot hover, so a copy of the page shows the refuted claim's hover card open.
sed 's|</head>|<style>#claim-0-1 .tip { display: block; }</style></head>|' "$work/report.html" > "$work/hover.html"
render --screenshot="$work/report.png" --window-size=1280,900 "file://$work/hover.html" >/dev/null
size=$(stat -c %s "$work/report.png" 2>/dev/null || echo 0)
check "chromium saved a screenshot with content ($size bytes)" test "$size" -gt 30000
if [ "${UPDATE_SCREENSHOT:-}" = 1 ] && [ "$size" -gt 0 ]; then mkdir -p docs/images && cp "$work/report.png" docs/images/html-report.png; fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
