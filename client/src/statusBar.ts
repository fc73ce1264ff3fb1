// The status bar item: how many articles are indexed, how many findings of each kind, and whether the server runs.

import * as vscode from 'vscode';
import type { StatusParams } from '../../shared/protocol';

export interface StatusBar {
  item: vscode.StatusBarItem;
  update(params: StatusParams): void;
  starting(): void;
  restarting(): void;
  stopped(message: string): void;
}

export function createStatusBar(): StatusBar {
  const item = vscode.window.createStatusBarItem('corroborate.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Corroborate';
  item.text = '$(loading~spin) Corroborate';
  item.command = 'corroborate.showReport';
  item.show();
  let restarts = 0;
  const problem = (text: string, tooltip: string, command: string): void => {
    item.text = text;
    item.tooltip = tooltip;
    item.command = command;
    item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
  };
  return {
    item,
    starting() {
      item.text = restarts ? `$(sync~spin) Corroborate: restarting (${restarts})` : '$(loading~spin) Corroborate';
    },
    restarting() {
      restarts++;
      problem(`$(sync~spin) Corroborate: restarting (${restarts})`, `The Corroborate server stopped; restarting it (attempt ${restarts}).`, 'corroborate.restartServer');
    },
    stopped(message) {
      problem('$(error) Corroborate', `${message}\nClick to restart the server.`, 'corroborate.restartServer');
    },
    update(p) {
      item.backgroundColor = undefined;
      item.command = 'corroborate.showReport';
      const shield = p.limited ? '$(shield) ' : '';
      if (p.state === 'indexing') {
        item.text = `${shield}$(loading~spin) Corroborate: indexing`;
        item.tooltip = 'Reading the articles of the workspace';
        return;
      }
      if (p.state === 'error') {
        problem('$(error) Corroborate', p.message ?? 'The Corroborate server is not running', 'corroborate.restartServer');
        return;
      }
      const conflicts = (p.counts['speaker-conflict'] ?? 0) + (p.counts['date-conflict'] ?? 0) + (p.counts['number-conflict'] ?? 0);
      const corroborated = p.counts['corroborated'] ?? 0;
      item.text = `${shield}$(checklist) ${corroborated} $(warning) ${conflicts}`;
      const lines = Object.entries(p.counts)
        .sort()
        .map(([verdict, n]) => `${verdict}: ${n}`);
      const notes = [p.limited, p.message, restarts ? `The server was restarted ${restarts} time${restarts === 1 ? '' : 's'} after stopping.` : undefined].filter(Boolean);
      item.tooltip = `Corroborate — ${p.articles} articles\n${lines.join('\n')}${notes.length ? `\n\n${notes.join('\n')}` : ''}\n\nClick for the cross-reference report.`;
    },
  };
}
