// Diagnostics in the real editor: the findings of examples/ arrive with source 'corroborate', code = verdict,
// and related information pointing at the other articles' passages.

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CHANGED_WORD_QUOTE, GAZETTE, LEDGER, NUMBER_CLAIM, OTHER_SPEAKER_QUOTE, SHARED_QUOTE, WIRE, openExample, rangeOf,
} from './fixtures';
import { closeAllEditors, codeOf, exampleUri, screenshot, waitForDiagnostics } from './util';

/** Waits for a corroborate diagnostic with `code` whose range overlaps `text` in `doc`. */
export function waitForFinding(doc: vscode.TextDocument, text: string, code: string, timeoutMs?: number): Promise<vscode.Diagnostic> {
  const target = rangeOf(doc, text);
  return waitForDiagnostics(
    doc.uri,
    (ds) => ds.find((d) => codeOf(d) === code && d.range.intersection(target) !== undefined),
    `a '${code}' diagnostic on "${text}"`,
    timeoutMs,
  );
}

async function textAt(location: vscode.Location): Promise<string> {
  const doc = await vscode.workspace.openTextDocument(location.uri);
  return doc.getText(location.range);
}

export function registerDiagnostics(): void {
  describe('diagnostics', () => {
    after(closeAllEditors);

    it('publishes diagnostics for an article that was never opened', async () => {
      // The ledger quotes part of the shared quote; nothing has opened it.
      const uri = exampleUri(LEDGER);
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), `${LEDGER} is already open`);
      await openExample(WIRE);
      await waitForDiagnostics(uri, (ds) => ds.find((d) => codeOf(d) === 'corroborated'), 'a corroborated diagnostic on the unopened ledger');
    });

    it('marks the shared quote corroborated in the wire, pointing at the gazette', async () => {
      const wire = await openExample(WIRE);
      const d = await waitForFinding(wire, SHARED_QUOTE, 'corroborated');
      assert.equal(d.source, 'corroborate');
      assert.equal(d.severity, vscode.DiagnosticSeverity.Hint, 'corroborated findings are hints by default');
      const related = d.relatedInformation ?? [];
      const inGazette = related.find((r) => path.basename(r.location.uri.fsPath) === GAZETTE);
      assert.ok(inGazette, `relatedInformation should point at ${GAZETTE}; got ${related.map((r) => r.location.uri.fsPath).join(', ') || 'none'}`);
      assert.match(await textAt(inGazette.location), /We will not gamble with the lives/);
    });

    it('marks the same quote corroborated in the gazette, pointing back at the wire', async () => {
      const gazette = await openExample(GAZETTE);
      const d = await waitForFinding(gazette, SHARED_QUOTE, 'corroborated');
      const inWire = (d.relatedInformation ?? []).find((r) => path.basename(r.location.uri.fsPath) === WIRE);
      assert.ok(inWire, `relatedInformation should point at ${WIRE}`);
      assert.match(await textAt(inWire.location), /We will not gamble with the lives/);
    });

    it('flags a changed word, a different speaker and a different number as the conflicts they are', async () => {
      const wire = await openExample(WIRE);
      const wording = await waitForFinding(wire, CHANGED_WORD_QUOTE.wire, 'wording-differs');
      assert.match(wording.message, /last/);
      assert.match(wording.message, /take/);
      const speaker = await waitForFinding(wire, OTHER_SPEAKER_QUOTE, 'speaker-conflict');
      assert.equal(speaker.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(speaker.message, /Brekke/);
      const number = await waitForFinding(wire, NUMBER_CLAIM.wire, 'number-conflict');
      assert.equal(number.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(number.message, /12,000/);
    });

    it('shows the findings in the Problems panel', async () => {
      const wire = await openExample(WIRE);
      await waitForFinding(wire, SHARED_QUOTE, 'corroborated');
      await openExample(GAZETTE);
      const all = vscode.languages.getDiagnostics().filter(([, ds]) => ds.some((d) => d.source === 'corroborate'));
      const files = all.map(([u]) => path.basename(u.fsPath)).sort();
      assert.deepEqual(files, [WIRE, LEDGER, GAZETTE].sort(), 'every article has findings in the Problems panel');
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await screenshot({ name: 'problems', waitFor: '.markers-panel .monaco-list-row', text: 'corroborate' });
      await vscode.commands.executeCommand('workbench.action.closePanel');
    });
  });
}
