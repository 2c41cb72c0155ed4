import { ExtensionContext, window } from 'vscode';
import { LanguageClient, LanguageClientOptions } from 'vscode-languageclient/node';
import { serverOptions } from './server';
import { ClaimCounts, ClaimStatusBar } from './statusBar';

// A thin client: it starts the bundled server, forwards the `checker` settings, and shows claim counts.
// Everything else (diagnostics, hover, code actions, watching seeds/) comes from the server.

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const clientOptions: LanguageClientOptions = {
    // Saved and unsaved Markdown alike: diagnostics follow the buffer.
    documentSelector: [{ language: 'markdown' }],
    // The server asks for `checker.*` with workspace/configuration; this makes VS Code tell it when they change.
    synchronize: { configurationSection: 'checker' },
    // The embedded sources are written here so evidence links open real files.
    initializationOptions: { cacheDirectory: context.globalStorageUri.fsPath },
    outputChannelName: 'Checker',
  };

  let options;
  try {
    options = serverOptions(context);
  } catch (error) {
    void window.showErrorMessage(String(error instanceof Error ? error.message : error));
    return;
  }

  const statusBar = new ClaimStatusBar();
  context.subscriptions.push(statusBar);
  client = new LanguageClient('checker', 'Checker', options, clientOptions);
  context.subscriptions.push(client.onNotification('checker/claimCounts', (counts: ClaimCounts) => statusBar.update(counts)));
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
