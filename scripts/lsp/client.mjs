// The minimal LSP client the harnesses share (latency.mjs, frames.mjs): spawns `dotnet checker.dll lsp --stdio`,
// frames messages with Content-Length, answers the server's own requests, and resolves requests and awaited
// notifications. Not a general client: just enough to drive the server from a script.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Starts the server. `stderr` and `env` go to the child process; `onFrame(frame, message)` sees every frame the server
 * sends, raw bytes and parsed, before it is dispatched. Each parsed message carries `arrived`: the hrtime at which its
 * last byte came in, so what follows (UTF-8 decode, JSON.parse) can be told apart as the client's own work.
 */
export function connect({ dll, stderr = 'ignore', env = process.env, onFrame = () => {} }) {
  // Background GC, as the VS Code extension starts the server (vscode-client/src/server.ts), unless the caller says.
  env = { DOTNET_gcConcurrent: '1', ...env };
  const server = spawn('dotnet', [dll, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', stderr], env });
  let buffer = Buffer.alloc(0);
  let nextId = 1;
  const pending = new Map();
  const listeners = new Set();
  const send = (message) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    // One write per frame: header and body in two writes could reach the server as two reads.
    server.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  };
  // Chunks are joined only once a frame is complete: joining on every 64 KB chunk copies a 1 MB frame ~16 times.
  let chunks = [];
  let received = 0;
  let needed = 0;
  server.stdout.on('data', (chunk) => {
    chunks.push(chunk);
    received += chunk.length;
    if (received < needed) return;
    buffer = Buffer.concat([buffer, ...chunks]);
    chunks = [];
    received = 0;
    needed = 0;
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))[1]);
      if (buffer.length < headerEnd + 4 + length) {
        needed = headerEnd + 4 + length - buffer.length;
        return;
      }
      const arrived = process.hrtime.bigint();
      const frame = buffer.subarray(0, headerEnd + 4 + length);
      const message = JSON.parse(frame.subarray(headerEnd + 4).toString('utf8'));
      message.arrived = arrived;
      buffer = buffer.subarray(headerEnd + 4 + length);
      onFrame(frame, message);
      if (message.method && message.id !== undefined) {
        // Server-to-client requests: configuration gets empty settings, everything else a null result.
        send({ id: message.id, result: message.method === 'workspace/configuration' ? message.params.items.map(() => ({})) : null });
      } else if (message.method) {
        for (const listener of listeners) listener(message);
      } else if (pending.has(message.id)) {
        pending.get(message.id)(message);
        pending.delete(message.id);
      }
    }
  });
  return {
    request: (method, params) => new Promise((resolve) => { const id = nextId++; pending.set(id, resolve); send({ id, method, params }); }),
    notify: (method, params) => send({ method, params }),
    waitFor: (predicate) => new Promise((resolve) => {
      const listener = (message) => { if (predicate(message)) { listeners.delete(listener); resolve(message); } };
      listeners.add(listener);
    }),
    close: async function () { await this.request('shutdown', null); this.notify('exit', null); },
  };
}

/** A draft of about `bytes`: dev-02-figures.md's front matter once, then its body repeated (the latency draft). */
export function repeatedDevDraft(root, bytes) {
  const source = readFileSync(join(root, 'tests/Checker.LanguageServer.Tests/Drafts/dev-02-figures.md'), 'utf8');
  const end = source.indexOf('\n---', 3) + 4;
  let text = source.slice(0, end);
  while (text.length < bytes) text += source.slice(end);
  return text;
}
