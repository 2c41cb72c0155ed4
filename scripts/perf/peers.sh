#!/usr/bin/env bash
# Times the whole process - `checker verify` against harper.js and textlint (two rules) - on the same 6 KB / 100 KB /
# 1 MB Markdown drafts (scripts/perf/make-docs.py), with hyperfine, and prints the ratios. Peers are installed from
# npm into a scratch folder (never committed); hyperfine comes from Debian (apt-get install -y hyperfine).
#   CHECKER=path/to/checker  the binary to time (default: the Release build; publish.sh makes R2R/AOT ones)
#   PEERS_DIR                 scratch folder for node_modules (default /tmp/checker-peers)
#   RUNS                      hyperfine runs per command (default 5; 1 for the 1 MB draft, whose peer runs take minutes)
#   SIZES                     which drafts (default "6k 100k 1m")
# Writes out/perf/peers.md (a table) and the hyperfine JSON beside it. Also reports peak RSS via /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
docs=${CHECKER_BENCH_DOCS:-/tmp/checker-bench-docs}
peers=${PEERS_DIR:-/tmp/checker-peers}
runs=${RUNS:-5}
out=$root/out/perf
mkdir -p "$out"
command -v hyperfine >/dev/null || { echo "hyperfine missing: apt-get install -y hyperfine" >&2; exit 2; }
python3 scripts/perf/make-docs.py drafts "$docs"

checker=${CHECKER:-}
if [ -z "$checker" ]; then
  dotnet build src/Checker.Cli -c Release -nologo -v q -clp:ErrorsOnly >/dev/null
  checker=$root/src/Checker.Cli/bin/Release/net10.0/checker
fi

if [ ! -d "$peers/node_modules/harper.js" ] || [ ! -d "$peers/node_modules/textlint" ]; then
  mkdir -p "$peers"
  (cd "$peers" && [ -f package.json ] || (cd "$peers" && npm init -y >/dev/null))
  (cd "$peers" && npm install --no-audit --no-fund --silent harper.js textlint textlint-rule-sentence-length textlint-rule-max-comma)
fi
cat > "$peers/harper-lint.mjs" <<'JS'
// Lints each Markdown file given with harper.js (LocalLinter: the WASM linter in-process); prints the lint count.
import { readFileSync } from 'node:fs';
import { LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';
const linter = new LocalLinter({ binary });
await linter.setup();
for (const file of process.argv.slice(2)) {
  const lints = await linter.lint(readFileSync(file, 'utf8'), { language: 'markdown' });
  console.log(`${file}: ${lints.length} lints`);
}
JS
echo '{"rules":{"sentence-length":true,"max-comma":true}}' > "$peers/.textlintrc.json"
textlint="$peers/node_modules/.bin/textlint --config $peers/.textlintrc.json --rules-base-directory $peers/node_modules"

{
  echo "| draft | checker (ms) | harper.js (ms) | textlint (ms) | harper.js / checker | textlint / checker | checker RSS (MB) | harper.js RSS (MB) | textlint RSS (MB) |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$out/peers.md.new"
[ -f "$out/peers.md" ] && [ -n "${APPEND:-}" ] && tail -n +3 "$out/peers.md" >> "$out/peers.md.new"
mv "$out/peers.md.new" "$out/peers.md"
rss() { /usr/bin/time -f %M "$@" >/dev/null 2>"$out/rss.tmp" || true; echo $(( $(tail -n 1 "$out/rss.tmp") / 1024 )); }
for size in ${SIZES:-6k 100k 1m}; do
  f=$docs/draft-$size.md
  # The 1 MB peers take from seconds to minutes a run: one run, no warm-up, there.
  r=$runs; w=1; [ "$size" = 1m ] && r=1 && w=0
  hyperfine -N --warmup "$w" --runs "$r" -i --export-json "$out/peers-$size.json" \
    -n checker "$checker verify $f --as-of 2025-09-01" \
    -n harper "node $peers/harper-lint.mjs $f" \
    -n textlint "$textlint $f" >/dev/null 2>&1
  read -r c h t < <(python3 -c "import json,sys; r={x['command']:x['mean']*1000 for x in json.load(open('$out/peers-$size.json'))['results']}; print(r['checker'], r['harper'], r['textlint'])")
  rc=$(rss "$checker" verify "$f" --as-of 2025-09-01); rh=$(rss node "$peers/harper-lint.mjs" "$f"); rt=$(rss $textlint "$f")
  python3 -c "print('| %s | %.0f | %.0f | %.0f | %.1fx | %.1fx | %s | %s | %s |' % ('$size', $c, $h, $t, $h/$c, $t/$c, '$rc', '$rh', '$rt'))" >> "$out/peers.md"
done
rm -f "$out/rss.tmp"
cat "$out/peers.md"
