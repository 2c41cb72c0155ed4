import * as fs from 'fs';
import * as path from 'path';
import { ExtensionContext, workspace } from 'vscode';
import { Executable, ServerOptions, TransportKind } from 'vscode-languageclient/node';

/**
 * How to start `checker lsp`: the server bundled in the extension (`server/checker.dll`, run with `dotnet`), or the
 * one `checker.server.path` names (a `.dll` is run with `dotnet`, anything else directly). The stdio transport makes
 * the client append `--stdio`, which the server accepts.
 */
export function serverOptions(context: ExtensionContext): ServerOptions {
  const configured = workspace.getConfiguration('checker').get<string>('server.path')?.trim();
  const target = configured ? configured : context.asAbsolutePath(path.join('server', 'checker.dll'));
  if (!fs.existsSync(target)) {
    throw new Error(`Checker language server not found at ${target}`);
  }
  // `checker` ships with blocking collections and a large gen0 budget, for `checker verify`'s throughput; a server
  // re-checking one draft per keystroke answers ~2 ms sooner with background GC (docs/performance/throughput.md).
  const options = { env: { ...process.env, DOTNET_gcConcurrent: '1' } };
  const run: Executable = target.endsWith('.dll')
    ? { command: 'dotnet', args: [target, 'lsp'], transport: TransportKind.stdio, options }
    : { command: target, args: ['lsp'], transport: TransportKind.stdio, options };
  return { run, debug: run };
}
