// The editor features in real VS Code: definition, code lens, a code action applied and undone (and a finding
// ignored and restored), a settings change taking effect, an edit in one article changing the verdict in another,
// and the cross-reference report.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { waitForFinding } from './diagnostics.test';
import { CHANGED_WORD_QUOTE, GAZETTE, LEDGER, NUMBER_CLAIM, OTHER_SPEAKER_QUOTE, SHARED_QUOTE, WIRE, inside, openExample, rangeOf } from './fixtures';
import { EXAMPLES, closeAllEditors, codeOf, corroborateDiagnostics, screenshot, waitForDiagnostics, waitForEvent } from './util';

const EXTENSION_ID = 'corroborate.corroborate';
const IGNORE_FILE = path.join(EXAMPLES, '.corroborate.json');
const SETTINGS_DIR = path.join(EXAMPLES, '.vscode');

interface CorroborateApi {
  reportHtml(): string;
}

function targetOf(l: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
  return 'targetUri' in l ? { uri: l.targetUri, range: l.targetRange } : { uri: l.uri, range: l.range };
}

/** Undo the test's edits of an example without saving: the file on disk is never touched. */
async function revert(doc: vscode.TextDocument): Promise<void> {
  if (!doc.isDirty) return;
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

export function registerFeatures(): void {
  describe('editor features', () => {
    const ignoreFileExisted = fs.existsSync(IGNORE_FILE);
    const settingsDirExisted = fs.existsSync(SETTINGS_DIR);
    after(async () => {
      for (const doc of vscode.workspace.textDocuments) if (doc.uri.scheme === 'file' && doc.uri.fsPath.startsWith(EXAMPLES)) await revert(doc);
      await closeAllEditors();
      if (!ignoreFileExisted) fs.rmSync(IGNORE_FILE, { force: true });
      if (!settingsDirExisted) fs.rmSync(SETTINGS_DIR, { recursive: true, force: true });
    });

    it('go to definition leads from the shared quote to the other sources’ passages', async () => {
      const wire = await openExample(WIRE);
      await waitForFinding(wire, SHARED_QUOTE, 'corroborated');
      const found = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', wire.uri, inside(wire, SHARED_QUOTE));
      const targets = found.map(targetOf);
      const names = targets.map((t) => path.basename(t.uri.fsPath)).sort();
      assert.deepEqual(names, [LEDGER, GAZETTE].sort(), `definition targets: ${names.join(', ')}`);
      const inGazette = targets.find((t) => path.basename(t.uri.fsPath) === GAZETTE)!;
      const gazette = await vscode.workspace.openTextDocument(inGazette.uri);
      assert.match(gazette.getText(inGazette.range), /We will not gamble with the lives/);
    });

    it('code lenses say how many sources agree and where the speaker differs', async () => {
      const wire = await openExample(WIRE);
      await waitForFinding(wire, OTHER_SPEAKER_QUOTE, 'speaker-conflict');
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', wire.uri);
      const on = (text: string): string[] => lenses.filter((l) => l.range.start.line === rangeOf(wire, text).start.line).map((l) => l.command?.title ?? '');
      assert.ok(on(SHARED_QUOTE).includes('3 of 3 sources agree'), `lenses on the shared quote: ${on(SHARED_QUOTE).join(' | ')}`);
      assert.ok(on(OTHER_SPEAKER_QUOTE).some((t) => /speaker differs in harbour-gazette\.md/.test(t)), `lenses: ${on(OTHER_SPEAKER_QUOTE).join(' | ')}`);
      const peek = lenses.find((l) => l.command?.title === '3 of 3 sources agree')!.command!;
      assert.equal(peek.command, 'corroborate.peekSources');
    });

    it('"Use the wording of" is applied, changes the verdict, and is undone', async () => {
      const wire = await openExample(WIRE);
      const original = wire.getText();
      const d = await waitForFinding(wire, CHANGED_WORD_QUOTE.wire, 'wording-differs');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', wire.uri, d.range, vscode.CodeActionKind.QuickFix.value);
      const use = actions.find((a) => a.title === `Use the wording of ${GAZETTE}`);
      assert.ok(use?.edit, `code actions: ${actions.map((a) => a.title).join(' | ')}`);
      const editor = await vscode.window.showTextDocument(wire, { preview: false });
      assert.ok(await vscode.workspace.applyEdit(use.edit), 'the edit applies');
      assert.ok(wire.getText().includes(CHANGED_WORD_QUOTE.gazette), 'the quote now has the gazette’s wording');
      await waitForFinding(wire, CHANGED_WORD_QUOTE.gazette, 'corroborated');
      assert.equal(fs.readFileSync(wire.uri.fsPath, 'utf8'), original, 'nothing is written to disk');

      await vscode.window.showTextDocument(editor.document, { preview: false });
      await vscode.commands.executeCommand('undo');
      assert.equal(wire.getText(), original, 'undo restores the text');
      await waitForFinding(wire, CHANGED_WORD_QUOTE.wire, 'wording-differs');
      await revert(wire);
    });

    it('"Ignore this finding" hides it, persists it in .corroborate.json, and "Stop ignoring" brings it back', async () => {
      const wire = await openExample(WIRE);
      const d = await waitForFinding(wire, NUMBER_CLAIM.wire, 'number-conflict');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', wire.uri, d.range);
      const ignore = actions.find((a) => a.title.startsWith('Ignore this finding'));
      assert.ok(ignore?.command, `code actions: ${actions.map((a) => a.title).join(' | ')}`);
      await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
      const target = rangeOf(wire, NUMBER_CLAIM.wire);
      await waitForDiagnostics(wire.uri, (ds) => (ds.some((x) => codeOf(x) === 'number-conflict' && x.range.intersection(target)) ? undefined : true), 'the number conflict to be ignored');
      const stored = JSON.parse(fs.readFileSync(IGNORE_FILE, 'utf8')) as { ignore: Array<{ file: string }> };
      assert.ok(stored.ignore.some((e) => e.file === WIRE));

      const again = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', wire.uri, new vscode.Range(target.start, target.start));
      const stop = again.find((a) => a.title.startsWith('Stop ignoring this finding'));
      assert.ok(stop?.command, `code actions: ${again.map((a) => a.title).join(' | ')}`);
      await vscode.commands.executeCommand(stop.command.command, ...(stop.command.arguments ?? []));
      await waitForFinding(wire, NUMBER_CLAIM.wire, 'number-conflict');
    });

    it('a settings change takes effect without a restart', async () => {
      const wire = await openExample(WIRE);
      const config = vscode.workspace.getConfiguration('corroborate', wire.uri);
      const severity = { ...(config.get<Record<string, string>>('severity') ?? {}), corroborated: 'warning' };
      try {
        await config.update('severity', severity, vscode.ConfigurationTarget.Workspace);
        await config.update('codeLens', false, vscode.ConfigurationTarget.Workspace);
        const target = rangeOf(wire, SHARED_QUOTE);
        await waitForDiagnostics(wire.uri, (ds) => ds.find((x) => codeOf(x) === 'corroborated' && x.range.intersection(target) && x.severity === vscode.DiagnosticSeverity.Warning), 'the corroborated quote as a warning');
        const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', wire.uri);
        assert.ok(!lenses.some((l) => /sources agree/.test(l.command?.title ?? '')), 'no code lenses once corroborate.codeLens is off');
      } finally {
        await config.update('severity', undefined, vscode.ConfigurationTarget.Workspace);
        await config.update('codeLens', undefined, vscode.ConfigurationTarget.Workspace);
      }
      await waitForDiagnostics(wire.uri, (ds) => ds.find((x) => codeOf(x) === 'corroborated' && x.severity === vscode.DiagnosticSeverity.Hint), 'the corroborated quote back to a hint');
    });

    it('an edit in one article changes the verdict in another', async () => {
      const gazette = await openExample(GAZETTE);
      const wire = await openExample(WIRE);
      await waitForFinding(gazette, OTHER_SPEAKER_QUOTE, 'speaker-conflict');
      const edit = new vscode.WorkspaceEdit();
      edit.replace(wire.uri, rangeOf(wire, 'said Finance Minister Ingrid Solberg'), 'said Transport Minister Tomas Brekke');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const target = rangeOf(gazette, OTHER_SPEAKER_QUOTE);
      await waitForDiagnostics(
        gazette.uri,
        (ds) => (ds.some((x) => codeOf(x) === 'speaker-conflict' && x.range.intersection(target)) ? undefined : ds.find((x) => x.range.intersection(target))),
        'the gazette’s quote to lose its speaker conflict',
      );
      await revert(wire);
      await waitForFinding(gazette, OTHER_SPEAKER_QUOTE, 'speaker-conflict');
      assert.ok(corroborateDiagnostics(wire.uri).length > 0);
    });

    it('shows the cross-reference report', async () => {
      const ext = vscode.extensions.getExtension<CorroborateApi>(EXTENSION_ID);
      assert.ok(ext);
      const api = await ext.activate();
      const wire = await openExample(WIRE);
      await waitForFinding(wire, SHARED_QUOTE, 'corroborated');
      await vscode.commands.executeCommand('corroborate.showReport');
      const html = await waitForEvent(vscode.window.onDidChangeActiveTextEditor, () => (api.reportHtml() ? api.reportHtml() : undefined), 15_000, () => 'the report to render');
      assert.match(html, /We will not gamble/);
      assert.match(html, /coastal-wire\.txt/);
      assert.match(html, /speaker-conflict/);
      // The picture for the README: the report alone in the editor area, no notification over it, and no
      // files the tests above left in the explorer.
      if (!ignoreFileExisted) fs.rmSync(IGNORE_FILE, { force: true });
      if (!settingsDirExisted) fs.rmSync(SETTINGS_DIR, { recursive: true, force: true });
      await vscode.commands.executeCommand('notifications.clearAll');
      await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
      await screenshot({ name: 'report', waitFor: '.tabs-container .tab.active', text: 'cross-reference report', frameText: 'Cross-reference report' });
    });
  });
}
