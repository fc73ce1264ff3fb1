// Hover in the real editor: the verdict and the other sources, through VS Code's hover provider machinery.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CHANGED_WORD_QUOTE, GAZETTE, LEDGER, SHARED_QUOTE, WIRE, inside, openExample } from './fixtures';
import { waitForFinding } from './diagnostics.test';
import { closeAllEditors, hoverText, screenshot } from './util';

export function registerHover(): void {
  describe('hover', () => {
    after(closeAllEditors);

    it('on the shared quote gives the verdict and the other sources', async () => {
      const wire = await openExample(WIRE);
      await waitForFinding(wire, SHARED_QUOTE, 'corroborated');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', wire.uri, inside(wire, SHARED_QUOTE));
      const text = hoverText(hovers);
      assert.match(text, /corroborated/, `hover: ${text}`);
      assert.ok(text.includes(GAZETTE.replace(/\.md$/, '')) || /Harbour Gazette/i.test(text), `hover should name the gazette: ${text}`);
      assert.ok(text.includes(LEDGER.replace(/\.md$/, '')) || /Evening Ledger/i.test(text), `hover should name the ledger: ${text}`);
      assert.match(text, /Vasquez/, 'hover should give the speaker');
    });

    it('on a quote with one word changed shows the word diff', async () => {
      const wire = await openExample(WIRE);
      await waitForFinding(wire, CHANGED_WORD_QUOTE.wire, 'wording-differs');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', wire.uri, inside(wire, CHANGED_WORD_QUOTE.wire));
      const text = hoverText(hovers);
      assert.match(text, /wording-differs/, `hover: ${text}`);
      assert.match(text, /last/);
      assert.match(text, /take/);
    });

    it('opens on the shared quote in the editor', async () => {
      const wire = await openExample(WIRE);
      await waitForFinding(wire, SHARED_QUOTE, 'corroborated');
      const editor = await vscode.window.showTextDocument(wire, { preview: false });
      const at = inside(wire, SHARED_QUOTE);
      editor.selection = new vscode.Selection(at, at);
      editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      await vscode.commands.executeCommand('editor.action.showHover');
      await screenshot({ name: 'hover', waitFor: '.monaco-hover', text: 'corroborated' });
    });
  });
}
