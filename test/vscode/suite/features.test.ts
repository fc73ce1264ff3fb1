// The editor features a fact-checker reaches for, through VS Code's own commands: definition (peek the other
// sources), code lens, quick fixes applied and undone, ignoring a finding, a settings change taking effect,
// and an edit in one article changing the verdict in another. Runs on the runner's copy of examples/.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CHANGED_WORD_QUOTE, GAZETTE, LEDGER, OTHER_SPEAKER_QUOTE, SHARED_QUOTE, WIRE, inside, openExample, rangeOf,
} from './fixtures';
import { waitForFinding } from './diagnostics.test';
import { EXAMPLES, closeAllEditors, codeOf, corroborateDiagnostics, waitForDiagnostics, waitForEvent } from './util';

function targetUri(l: vscode.Location | vscode.LocationLink): vscode.Uri {
  return 'targetUri' in l ? l.targetUri : l.uri;
}

/** Waits until the text of `doc` satisfies `predicate`. */
function waitForText(doc: vscode.TextDocument, predicate: (text: string) => boolean, what: string): Promise<true> {
  return waitForEvent(vscode.workspace.onDidChangeTextDocument, () => (predicate(doc.getText()) ? true : undefined), 10_000, () => what);
}

/** The code actions VS Code collects for the corroborate diagnostic `code` on `text`. */
async function actionsOn(doc: vscode.TextDocument, text: string, code: string): Promise<vscode.CodeAction[]> {
  const d = await waitForFinding(doc, text, code);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
  return actions ?? [];
}

async function revertAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty) continue;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
}

export function registerFeatures(): void {
  describe('editor features', () => {
    afterEach(async () => {
      await revertAll();
      await vscode.commands.executeCommand('notifications.clearAll');
    });
    after(closeAllEditors);

    it('go to definition on the shared quote lists the other sources passages', async () => {
      const wire = await openExample(WIRE);
      await waitForFinding(wire, SHARED_QUOTE, 'corroborated');
      const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', wire.uri, inside(wire, SHARED_QUOTE));
      const files = (defs ?? []).map((l) => path.basename(targetUri(l).fsPath));
      assert.ok(files.includes(GAZETTE), `definition should reach ${GAZETTE}; got ${files.join(', ') || 'nothing'}`);
      assert.ok(files.includes(LEDGER), `definition should reach ${LEDGER}; got ${files.join(', ')}`);
      const inGazette = defs.find((l) => path.basename(targetUri(l).fsPath) === GAZETTE)!;
      const range = 'targetRange' in inGazette ? inGazette.targetRange : inGazette.range;
      const gazette = await vscode.workspace.openTextDocument(targetUri(inGazette));
      assert.match(gazette.getText(range), /We will not gamble with the lives/);
    });

    it('code lens tells how many sources agree and where the speaker differs', async () => {
      const wire = await openExample(WIRE);
      await waitForFinding(wire, OTHER_SPEAKER_QUOTE, 'speaker-conflict');
      const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', wire.uri, 100)) ?? [];
      const titlesOn = (text: string): string[] => {
        const line = rangeOf(wire, text).start.line;
        return lenses.filter((l) => l.range.start.line === line).map((l) => l.command?.title ?? '');
      };
      const shared = titlesOn(SHARED_QUOTE).join(' | ');
      assert.match(shared, /3 of 3 sources agree/, `lens on the shared quote: ${shared || 'none'}`);
      const speaker = titlesOn(OTHER_SPEAKER_QUOTE).join(' | ');
      assert.match(speaker, /speaker differs in/i, `lens on the quote given to another speaker: ${speaker || 'none'}`);
    });

    it('"Use the wording of" applies the other source\'s words, and undo brings the verdict back', async () => {
      const wire = await openExample(WIRE);
      const actions = await actionsOn(wire, CHANGED_WORD_QUOTE.wire, 'wording-differs');
      const use = actions.find((a) => /^Use the wording of/.test(a.title));
      assert.ok(use?.edit, `no "Use the wording of" action; got: ${actions.map((a) => a.title).join(', ') || 'none'}`);
      assert.ok(await vscode.workspace.applyEdit(use.edit), 'the edit applies');
      assert.ok(wire.getText().includes(CHANGED_WORD_QUOTE.gazette), 'the wire now has the gazette\'s wording');
      await waitForFinding(wire, CHANGED_WORD_QUOTE.gazette, 'corroborated');

      await vscode.window.showTextDocument(wire);
      await vscode.commands.executeCommand('undo');
      await waitForText(wire, (t) => t.includes(CHANGED_WORD_QUOTE.wire), 'undo to restore the wire\'s wording');
      assert.equal(wire.isDirty, false, 'undo brings the document back to its saved state');
      await waitForFinding(wire, CHANGED_WORD_QUOTE.wire, 'wording-differs');
    });

    it('an edit in one article changes the verdict in another', async () => {
      const wire = await openExample(WIRE);
      await waitForFinding(wire, CHANGED_WORD_QUOTE.wire, 'wording-differs');
      const gazette = await openExample(GAZETTE);
      const edit = new vscode.WorkspaceEdit();
      edit.replace(gazette.uri, rangeOf(gazette, CHANGED_WORD_QUOTE.gazette), CHANGED_WORD_QUOTE.wire);
      assert.ok(await vscode.workspace.applyEdit(edit));
      // The wire is not edited, yet its quote is now corroborated by the gazette's (unsaved) words.
      await waitForFinding(wire, CHANGED_WORD_QUOTE.wire, 'corroborated');
      await revertAll();
      await waitForFinding(wire, CHANGED_WORD_QUOTE.wire, 'wording-differs');
    });

    it('"Ignore this finding" hides it, persists it in the workspace, and "Stop ignoring" brings it back', async () => {
      const wire = await openExample(WIRE);
      const ignoreFile = path.join(EXAMPLES, '.corroborate.json');
      const actions = await actionsOn(wire, OTHER_SPEAKER_QUOTE, 'speaker-conflict');
      const ignore = actions.find((a) => /^Ignore this finding/.test(a.title));
      assert.ok(ignore?.command, `no "Ignore this finding" action; got: ${actions.map((a) => a.title).join(', ') || 'none'}`);
      const target = rangeOf(wire, OTHER_SPEAKER_QUOTE);
      const isSpeakerConflict = (d: vscode.Diagnostic): boolean => codeOf(d) === 'speaker-conflict' && d.range.intersection(target) !== undefined;

      await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
      await waitForDiagnostics(wire.uri, (ds) => (ds.some(isSpeakerConflict) ? undefined : true), 'the ignored finding to disappear');
      assert.ok(fs.existsSync(ignoreFile), `the ignore list ${ignoreFile} was written`);
      assert.match(fs.readFileSync(ignoreFile, 'utf8'), /speaker-conflict/);

      const again = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', wire.uri, target, vscode.CodeActionKind.QuickFix.value);
      const stop = (again ?? []).find((a) => /^Stop ignoring/.test(a.title));
      assert.ok(stop?.command, `no "Stop ignoring" action; got: ${(again ?? []).map((a) => a.title).join(', ') || 'none'}`);
      await vscode.commands.executeCommand(stop.command.command, ...(stop.command.arguments ?? []));
      await waitForDiagnostics(wire.uri, (ds) => (ds.some(isSpeakerConflict) ? true : undefined), 'the finding to come back');
    });

    it('a settings change (severity per verdict) takes effect without a restart', async () => {
      const wire = await openExample(WIRE);
      const target = rangeOf(wire, SHARED_QUOTE);
      const corroborated = (ds: vscode.Diagnostic[]): vscode.Diagnostic | undefined =>
        ds.find((d) => codeOf(d) === 'corroborated' && d.range.intersection(target) !== undefined);
      const before = await waitForFinding(wire, SHARED_QUOTE, 'corroborated');
      assert.equal(before.severity, vscode.DiagnosticSeverity.Hint);
      const config = vscode.workspace.getConfiguration('corroborate', wire.uri);
      await config.update('severity', { corroborated: 'warning' }, vscode.ConfigurationTarget.Workspace);
      try {
        await waitForDiagnostics(wire.uri, (ds) => (corroborated(ds)?.severity === vscode.DiagnosticSeverity.Warning ? true : undefined), 'the corroborated quote to become a warning');
        await config.update('severity', { corroborated: 'off' }, vscode.ConfigurationTarget.Workspace);
        await waitForDiagnostics(wire.uri, (ds) => (corroborated(ds) ? undefined : true), 'severity "off" to hide the corroborated quote');
      } finally {
        await config.update('severity', undefined, vscode.ConfigurationTarget.Workspace);
      }
      await waitForDiagnostics(wire.uri, (ds) => (corroborated(ds)?.severity === vscode.DiagnosticSeverity.Hint ? true : undefined), 'the default severity to come back');
      assert.ok(corroborateDiagnostics(wire.uri).length > 0);
    });
  });
}
