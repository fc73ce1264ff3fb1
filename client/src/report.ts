// "Corroborate: Show cross-reference report": a webview with the table of quotes and claims × sources, kept up to date.

import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ReportRequest, type ReportParams, type ReportResult } from '../../shared/protocol';
import { renderReport } from './reportHtml';

interface OpenMessage {
  open?: { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } };
}

export class ReportView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The last HTML shown (the VS Code tests read it through the extension's API). */
  html = '';

  constructor(private readonly client: () => LanguageClient | undefined) {}

  async show(): Promise<void> {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('corroborate.report', 'Corroborate: cross-reference report', vscode.ViewColumn.Beside, {
        enableScripts: true,
        localResourceRoots: [],
        retainContextWhenHidden: false,
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((m: OpenMessage) => void this.open(m));
    } else this.panel.reveal(undefined, true);
    await this.refresh();
  }

  /** Re-render when the panel is open (after each re-check of the workspace). */
  async refresh(): Promise<void> {
    const client = this.client();
    if (!this.panel || !client) return;
    const report = await client.sendRequest<ReportResult>(ReportRequest, {} satisfies ReportParams);
    if (!this.panel) return;
    this.html = renderReport(report, randomBytes(16).toString('base64'), this.panel.webview.cspSource);
    this.panel.webview.html = this.html;
  }

  private async open(message: OpenMessage): Promise<void> {
    const target = message.open;
    if (!target || typeof target.uri !== 'string') return;
    const r = target.range;
    const range = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
    await vscode.window.showTextDocument(vscode.Uri.parse(target.uri), { selection: range, viewColumn: vscode.ViewColumn.One });
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
