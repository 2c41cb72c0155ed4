#!/usr/bin/env node
// Wire-bytes check (not a test): drives a server through a fixed script of opens, edits, pulls, hovers and code
// actions and writes every frame it sends, byte for byte, to OUT. Run it against two builds and compare the files
// (cmp) to show that a change to how the server encodes its messages leaves the bytes on the wire as they were.
// Usage: node scripts/lsp/frames.mjs OUT [--dll path/to/checker.dll] [--pull] [--drafts a.md,b.md]
//        node scripts/lsp/frames.mjs --compare A B   (same frames byte for byte, or only the same JSON values?)
// --pull: the client declares pull diagnostics, asks textDocument/diagnostic after every edit (never sending a
//         previousResultId, so every answer is a full report) instead of waiting for publishDiagnostics.
// Default drafts: examples/draft.md, the dev drafts of the language-server tests, /tmp/checker-bench-docs/draft-100k.md
// and the latency harness's 100 KB draft (dev-02-figures.md repeated: ~900 KB of diagnostics).
// The cache folder is fixed, so seed and rule-page links are the same in both runs.
import { readFileSync, writeFileSync, existsSync, readdirSync, mkdirSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect, repeatedDevDraft } from './client.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
/** Splits a capture into frame bodies. */
function bodies(path) {
  const data = readFileSync(path);
  const found = [];
  for (let at = 0; at < data.length;) {
    const headerEnd = data.indexOf('\r\n\r\n', at);
    const length = Number(/Content-Length: *(\d+)/i.exec(data.subarray(at, headerEnd).toString('ascii'))[1]);
    found.push(data.subarray(headerEnd + 4, headerEnd + 4 + length));
    at = headerEnd + 4 + length;
  }
  return found;
}

if (process.argv[2] === '--compare') {
  // Byte-identical frames, or frames whose JSON parses to the same values (members in the same order): what a client
  // sees is then the same, and only the encoding differs (e.g. "\u201c" for a raw curly quote).
  const [a, b] = [bodies(process.argv[3]), bodies(process.argv[4])];
  let sameBytes = a.length === b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] && b[i] && a[i].equals(b[i])) continue;
    sameBytes = false;
    const [x, y] = [a[i] && JSON.stringify(JSON.parse(a[i].toString('utf8'))), b[i] && JSON.stringify(JSON.parse(b[i].toString('utf8')))];
    if (x !== y) {
      console.log(`frame ${i} differs in content:\n  ${String(x).slice(0, 300)}\n  ${String(y).slice(0, 300)}`);
      process.exit(1);
    }
  }
  const size = (list) => list.reduce((n, f) => n + f.length, 0);
  console.log(`${a.length} frames: ${sameBytes ? 'byte-identical' : 'same JSON values, different bytes'} (${size(a)} vs ${size(b)} body bytes)`);
  process.exit(0);
}

const out = process.argv[2];
if (!out || out.startsWith('--')) {
  console.error('usage: node scripts/lsp/frames.mjs OUT [--dll checker.dll] [--pull] [--drafts a.md,b.md]');
  process.exit(2);
}
const dll = arg('--dll', join(root, 'src/Checker.Cli/bin/Release/net10.0/checker.dll'));
const pull = process.argv.includes('--pull');
const testDrafts = join(root, 'tests/Checker.LanguageServer.Tests/Drafts');
const files = arg('--drafts', undefined)?.split(',') ?? [
  join(root, 'examples/draft.md'),
  ...readdirSync(testDrafts).filter((f) => f.endsWith('.md')).sort().map((f) => join(testDrafts, f)),
  '/tmp/checker-bench-docs/draft-100k.md',
].filter(existsSync);
const drafts = files.map((path) => ({ name: basename(path), text: readFileSync(path, 'utf8') }));
if (!process.argv.includes('--drafts')) drafts.push({ name: 'latency-100kb.md', text: repeatedDevDraft(root, 100 * 1024) });

const frames = [];
const cacheDirectory = '/tmp/checker-frames-cache';
mkdirSync(cacheDirectory, { recursive: true });
// Log lines carry timings and process details: they are not what this check compares.
const { request, notify, waitFor } = connect({
  dll,
  onFrame: (frame, message) => { if (message.method !== 'window/logMessage') frames.push(Buffer.from(frame)); },
});

/** Edits that move diagnostics (a space, a new line on top), remove one, add one, and undo them. */
function editsFor(text) {
  const lines = text.split('\n');
  const figure = Math.max(0, lines.findIndex((l) => /\$\d/.test(l)));
  const at = (line, character) => ({ line, character });
  return [
    { range: { start: at(figure, 0), end: at(figure, 0) }, text: ' ' },
    { range: { start: at(figure, 0), end: at(figure, 1) }, text: '' },
    { range: { start: at(0, 0), end: at(0, 0) }, text: '\n' },
    { range: { start: at(0, 0), end: at(1, 0) }, text: '' },
    { range: { start: at(figure, 0), end: at(figure, lines[figure].length) }, text: '' },
    { range: { start: at(figure, 0), end: at(figure, 0) }, text: lines[figure] },
    { range: { start: at(lines.length, 0), end: at(lines.length, 0) }, text: '\nThe package was worth $9.25 billion, more than 120 officials said.\n' },
  ];
}

const capabilities = pull ? { textDocument: { diagnostic: { dynamicRegistration: false } } } : {};
await request('initialize', { processId: process.pid, rootUri: null, capabilities, initializationOptions: { cacheDirectory } });
notify('initialized', {});
for (const { name, text } of drafts) {
  const uri = `file:///frames/${name}`;
  const published = (version) => (m) => m.method === 'checker/claimCounts' && m.params.uri === uri && m.params.version === version;
  const check = async (version) => {
    if (pull) await request('textDocument/diagnostic', { textDocument: { uri } });
    else await waitFor(published(version));
  };
  let wait = pull ? null : waitFor(published(1));
  notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  if (pull) await check(1); else await wait;
  let version = 1;
  for (const change of editsFor(text)) {
    version++;
    wait = pull ? null : waitFor(published(version));
    notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    if (pull) await check(version); else await wait;
    const figure = Math.max(0, text.split('\n').findIndex((l) => /\$\d/.test(l)));
    const position = { line: figure, character: Math.max(0, text.split('\n')[figure].indexOf('$') + 1) };
    await request('textDocument/hover', { textDocument: { uri }, position });
    await request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: figure, character: 0 }, end: { line: figure + 1, character: 0 } }, context: { diagnostics: [] } });
  }
  notify('textDocument/didClose', { textDocument: { uri } });
}
await request('shutdown', null);
notify('exit', null);
writeFileSync(out, Buffer.concat(frames));
console.log(`${frames.length} frames, ${Buffer.concat(frames).length} bytes -> ${out}`);
