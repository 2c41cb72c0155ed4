import { Disposable, StatusBarAlignment, StatusBarItem, TextEditor, window } from 'vscode';

/** What the server sends in `checker/claimCounts` after each check of a draft. */
export interface ClaimCounts {
  uri: string;
  version: number;
  supported: number;
  refuted: number;
  stale: number;
  unsupported: number;
  qualifier: number;
  internal: number;
}

/** The status-bar item: the active draft's claims by verdict. Hidden for documents the server has not checked. */
export class ClaimStatusBar implements Disposable {
  private readonly item: StatusBarItem = window.createStatusBarItem('checker.claims', StatusBarAlignment.Left, 100);
  private readonly counts = new Map<string, ClaimCounts>();
  private readonly subscription = window.onDidChangeActiveTextEditor((editor) => this.show(editor));

  constructor() {
    this.item.name = 'Checker claims';
  }

  update(counts: ClaimCounts): void {
    this.counts.set(counts.uri, counts);
    this.show(window.activeTextEditor);
  }

  private show(editor: TextEditor | undefined): void {
    const counts = editor ? this.counts.get(editor.document.uri.toString()) : undefined;
    if (!counts) {
      this.item.hide();
      return;
    }
    const wrong = counts.refuted + counts.qualifier + counts.internal;
    this.item.text = `$(check) ${counts.supported}  $(error) ${wrong}  $(history) ${counts.stale}  $(question) ${counts.unsupported}`;
    const summary = `${counts.supported} supported, ${counts.refuted} refuted, ${counts.stale} stale, ${counts.unsupported} unsupported`;
    this.item.accessibilityInformation = { label: `Checker claims: ${summary}` };
    this.item.tooltip =
      `Checker: ${counts.supported} supported, ${counts.refuted} refuted, ${counts.stale} stale, ${counts.unsupported} unsupported` +
      (counts.qualifier + counts.internal > 0 ? ` (${counts.qualifier} changed qualifiers, ${counts.internal} self-contradictions)` : '');
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
