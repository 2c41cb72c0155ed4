#!/usr/bin/env node
// Latency harness (not a test): how long from a keystroke (textDocument/didChange) to the diagnostics for that
// version (textDocument/publishDiagnostics), on a ~6 KB and a ~100 KB draft made by repeating dev-02-figures.md.
// Usage: node scripts/lsp/latency.mjs [--runs N] [--warmup N] [--debounce MS] [--dll path/to/checker.dll] [--trace FILE] [--pull] [--file DRAFT]
// --file: time this draft instead of the two generated ones (the edit goes in the line of its middle claim-bearing text).
// --pull: the client declares pull diagnostics and times didChange -> the textDocument/diagnostic answer it then asks
//         for (with the last resultId it was given, as VS Code does); the trace then has no per-stage lines.
// Needs a built server: dotnet build src/Checker.Cli -c Release. Prints median and 95th percentile per size.
// --warmup: edits made and waited for but not timed, so the JIT compiles the typing path before the clock starts.
// --trace: runs the server with CHECKER_LSP_TRACE=1 and writes its stderr (one line per version: ms per stage) to FILE.
import { readFileSync, mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect, repeatedDevDraft } from './client.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('--runs', '30'));
const debounce = arg('--debounce', undefined);
const warmup = Number(arg('--warmup', '10'));
const dll = arg('--dll', join(root, 'src/Checker.Cli/bin/Release/net10.0/checker.dll'));
const trace = arg('--trace', undefined);
const pull = process.argv.includes('--pull');
const file = arg('--file', undefined);

/** A minimal LSP client over the server's stdio (client.mjs), with the server's trace on stderr when asked. */
function start() {
  const stderr = trace === undefined ? 'ignore' : openSync(trace, 'w');
  const env = trace === undefined ? process.env : { ...process.env, CHECKER_LSP_TRACE: '1' };
  return connect({ dll, stderr, env });
}

/** Send and receive times (hrtime, ns) of each timed version, to line up with the server's trace clock. */
const clocks = new Map();
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function measure(client, name, text) {
  const uri = `file:///latency/${name}.md`;
  const published = (version) => (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === version;
  let wait = pull ? null : client.waitFor(published(1));
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  let resultId = null;
  const pullReport = async () => {
    const answer = await client.request('textDocument/diagnostic', { textDocument: { uri }, ...(resultId ? { previousResultId: resultId } : {}) });
    resultId = answer.result.resultId;
    return answer;
  };
  if (pull) await pullReport(); else await wait;
  const samples = [];
  // The edit goes at the start of the line with the dev draft's wrong figure, else of the middle line with a digit.
  const lines = text.split('\n');
  let line = lines.findIndex((l) => l.includes('$7.5 billion'));
  if (line < 0) line = lines.map((l, i) => (/[0-9]/.test(l) ? i : -1)).filter((i) => i >= 0)[Math.floor(lines.filter((l) => /[0-9]/.test(l)).length / 2)] ?? 0;
  for (let version = 2; version < warmup + runs + 2; version++) {
    // Alternately add and remove a space at the start of the line with the wrong figure: a real one-key edit.
    const change = version % 2 === 0
      ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: ' ' }
      : { range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' };
    wait = pull ? null : client.waitFor(published(version));
    const start = process.hrtime.bigint();
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    const message = pull ? await pullReport() : await wait;
    const end = process.hrtime.bigint();
    if (version >= warmup + 2) {
      samples.push(Number(end - start) / 1e6);
      clocks.set(`${uri} v${version}`, { start, end, arrived: message.arrived });
    }
  }
  samples.sort((a, b) => a - b);
  return { name, bytes: Buffer.byteLength(text), median: percentile(samples, 50), p95: percentile(samples, 95) };
}

const client = start();
const initializationOptions = { cacheDirectory: mkdtempSync(join(tmpdir(), 'checker-latency-')) };
if (debounce !== undefined) initializationOptions.debounceMs = Number(debounce);
const capabilities = pull ? { textDocument: { diagnostic: { dynamicRegistration: false } } } : {};
await client.request('initialize', { processId: process.pid, rootUri: null, capabilities, initializationOptions });
client.notify('initialized', {});
const results = file === undefined
  ? [await measure(client, '6kb', repeatedDevDraft(root, 6 * 1024)), await measure(client, '100kb', repeatedDevDraft(root, 100 * 1024))]
  : [await measure(client, file.split('/').pop().replace(/\.md$/, ''), readFileSync(file, 'utf8'))];
await client.close();
console.log(`didChange -> ${pull ? 'textDocument/diagnostic answer' : 'publishDiagnostics'}, ${runs} timed edits per draft after ${warmup} untimed, debounce ${debounce === undefined ? 'adaptive (server default)' : debounce + ' ms'}`);
for (const r of results) {
  console.log(`${r.name.padEnd(6)} ${String(r.bytes).padStart(7)} bytes  median ${r.median.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms`);
}
if (trace !== undefined) {
  // The server's own account of the timed versions: median ms between consecutive stages of its trace lines.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const lines = readFileSync(trace, 'utf8').split('\n').filter((l) => l.includes('] trace '));
  for (const { name } of results) {
    const rows = lines.filter((l) => l.includes(`/${name}.md v`)).slice(-runs).map((l) => {
      const parts = l.slice(l.indexOf(': ') + 2).replace(/ clock \d+$/, '').trim().split(/\s+/);
      const stages = [];
      for (let i = 0; i + 1 < parts.length; i += 2) stages.push([parts[i], Number(parts[i + 1])]);
      return stages;
    });
    if (rows.length === 0) continue;
    const steps = rows[rows.length - 1].slice(1).map(([stage], i) => {
      const previous = rows[rows.length - 1][i][0];
      const gaps = rows.map((r) => {
        const at = new Map(r);
        return at.has(stage) && at.has(previous) ? at.get(stage) - at.get(previous) : undefined;
      }).filter((g) => g !== undefined).sort((a, b) => a - b);
      return `${previous}->${stage} ${percentile(gaps, 50).toFixed(2)}`;
    });
    console.log(`${name.padEnd(6)} server stages, median ms over ${rows.length} versions: ${steps.join(', ')}`);
    // Both clocks are CLOCK_MONOTONIC: the rest of each sample is the pipe, the process wake-ups and this client.
    const inbound = [];
    const outbound = [];
    const transport = [];
    const parse = [];
    for (const l of lines.filter((l) => l.includes(`/${name}.md v`) && l.includes(' clock '))) {
      const key = /trace (\S+ v\d+):/.exec(l)?.[1];
      const times = clocks.get(key);
      if (!times) continue;
      const frame = BigInt(/ clock (\d+)/.exec(l)[1]);
      const published = Number(/ published ([\d.]+)/.exec(l)[1]);
      inbound.push(Number(frame - times.start) / 1e6);
      outbound.push(Number(times.end - frame) / 1e6 - published);
      transport.push(Number(times.arrived - frame) / 1e6 - published);
      parse.push(Number(times.end - times.arrived) / 1e6);
    }
    if (inbound.length > 0) {
      for (const list of [inbound, outbound, transport, parse]) list.sort((a, b) => a - b);
      console.log(`${name.padEnd(6)} outside the server's stages, median ms: client send -> frame forwarded ${percentile(inbound, 50).toFixed(2)}, published -> client received ${percentile(outbound, 50).toFixed(2)} (of which published -> last byte in ${percentile(transport, 50).toFixed(2)}, decode + JSON.parse ${percentile(parse, 50).toFixed(2)})`);
    }
  }
}
