// Code actions and the ignore list over a real stdio connection: use another source's wording, ignore and stop
// ignoring a finding (persisted in .corroborate.json, across restarts), add a publication date.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { applyEdits, copyFolder, startServer, uriOf, type StartOptions, type TestServer } from './harness';

describe('code actions over a real stdio connection', function () {
  this.timeout(30000);
  let dir: string;
  let server: TestServer;
  let wire: string;
  let gazette: string;
  beforeEach(() => {
    dir = copyFolder();
    wire = path.join(dir, 'coastal-wire.txt');
    gazette = path.join(dir, 'harbour-gazette.md');
  });
  afterEach(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const start = async (options: StartOptions = {}): Promise<void> => {
    server = await startServer(dir, {}, true, options);
    await server.open(wire);
    // Wait for the whole verdict set, not the first publish: the tests below read several of them.
    const expected = ['corroborated', 'wording-differs', 'number-conflict'];
    await server.waitFor(uriOf(wire), (d) => expected.every((code) => d.some((x) => x.code === code)));
  };
  const actionsFor = (file: string, d: Diagnostic): Promise<CodeAction[]> =>
    server.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: uriOf(file) }, range: d.range, context: { diagnostics: [d] } });
  const diagnostic = (file: string, code: string, text: string): Diagnostic => {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const d = server.diagnostics.get(uriOf(file))?.diagnostics.find((x) => x.code === code && lines[x.range.start.line].includes(text));
    assert.ok(d, `no ${code} diagnostic on "${text}"`);
    return d;
  };
  const editsOf = (edit: WorkspaceEdit, file: string): TextEdit[] => {
    const versioned = edit.documentChanges?.find((c) => 'textDocument' in c && c.textDocument.uri === uriOf(file));
    return versioned && 'edits' in versioned ? (versioned.edits as TextEdit[]) : (edit.changes?.[uriOf(file)] ?? []);
  };

  it('"Use the wording of" replaces the quote’s words with the other source’s, and the verdict follows', async () => {
    await start();
    const d = diagnostic(wire, 'wording-differs', 'The repairs will last');
    const actions = await actionsFor(wire, d);
    const use = actions.find((a) => a.title === 'Use the wording of harbour-gazette.md');
    assert.ok(use?.edit, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(use.isPreferred, true);
    assert.deepEqual(use.diagnostics, [d]);
    assert.equal((use.edit.documentChanges?.[0] as { textDocument: { version: number } }).textDocument.version, 1, 'the edit is tied to the version it was computed for');
    const before = fs.readFileSync(wire, 'utf8');
    const after = applyEdits(before, editsOf(use.edit, wire));
    assert.ok(after.includes('"The repairs will take at least six weeks," the mayor added.'), after);
    assert.equal(fs.readFileSync(wire, 'utf8'), before, 'the server never writes the article itself');
    await server.change(wire, after);
    await server.waitFor(uriOf(wire), (ds) => !ds.some((x) => x.code === 'wording-differs') && ds.some((x) => x.code === 'corroborated' && x.range.start.line === d.range.start.line));
    // Undo is the editor's: the old text brings the old verdict back.
    await server.change(wire, before);
    await server.waitFor(uriOf(wire), (ds) => ds.some((x) => x.code === 'wording-differs'));
  });

  it('offers no rewording on a quote the others only quote in part', async () => {
    await start();
    const actions = await actionsFor(wire, diagnostic(wire, 'corroborated', 'We will not gamble'));
    assert.ok(!actions.some((a) => a.title.startsWith('Use the wording')), actions.map((a) => a.title).join(' | '));
  });

  it('"Ignore this finding" writes .corroborate.json, hides the finding across restarts, and "Stop ignoring" brings it back', async () => {
    await start();
    const d = diagnostic(wire, 'speaker-conflict', 'Lindholm will not be left');
    const ignore = (await actionsFor(wire, d)).find((a) => a.title.startsWith('Ignore this finding'));
    assert.ok(ignore?.command);
    const result = (await server.conn.sendRequest('workspace/executeCommand', { command: ignore.command.command, arguments: ignore.command.arguments })) as { ignored: boolean; file: string };
    assert.equal(result.ignored, true);
    assert.equal(result.file, path.join(dir, '.corroborate.json'));
    const stored = JSON.parse(fs.readFileSync(result.file, 'utf8')) as { ignore: Array<{ file: string; key: string }> };
    assert.deepEqual(stored.ignore.map((e) => e.file), ['coastal-wire.txt']);
    await server.waitFor(uriOf(wire), (ds) => !ds.some((x) => x.code === 'speaker-conflict') && ds.some((x) => x.code === 'corroborated'));
    await server.stop();

    // A new server reads the ignore list back.
    await start();
    await server.waitFor(uriOf(wire), (ds) => ds.some((x) => x.code === 'wording-differs') && !ds.some((x) => x.code === 'speaker-conflict'));
    const lines = fs.readFileSync(wire, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('Lindholm will not be left'));
    const here = { start: { line, character: 3 }, end: { line, character: 3 } };
    const actions = (await server.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: uriOf(wire) }, range: here, context: { diagnostics: [] } })) as CodeAction[];
    const stop = actions.find((a) => a.title === 'Stop ignoring this finding (speaker-conflict)');
    assert.ok(stop?.command, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    await server.conn.sendRequest('workspace/executeCommand', { command: stop.command.command, arguments: stop.command.arguments });
    await server.waitFor(uriOf(wire), (ds) => ds.some((x) => x.code === 'speaker-conflict'));
    assert.deepEqual((JSON.parse(fs.readFileSync(result.file, 'utf8')) as { ignore: unknown[] }).ignore, []);
  });

  it('offers Undo after ignoring, through window/showMessageRequest', async () => {
    let prompted = '';
    await start({ onShowMessageRequest: (p) => ((prompted = p.message), { title: 'Undo' }) });
    const d = diagnostic(wire, 'number-conflict', '15,000');
    const ignore = (await actionsFor(wire, d)).find((a) => a.title.startsWith('Ignore this finding'))!;
    await server.conn.sendRequest('workspace/executeCommand', { command: ignore.command!.command, arguments: ignore.command!.arguments });
    await server.until(() => (prompted ? true : undefined), 'the undo prompt');
    assert.match(prompted, /ignored/);
    await server.until(() => {
      const stored = JSON.parse(fs.readFileSync(path.join(dir, '.corroborate.json'), 'utf8')) as { ignore: unknown[] };
      return stored.ignore.length === 0 ? true : undefined;
    }, 'the undo to empty the ignore list');
    await server.waitFor(uriOf(wire), (ds) => ds.some((x) => x.code === 'number-conflict'));
  });

  it('keeps other keys of .corroborate.json, and re-reads the file when it changes on disk', async () => {
    const file = path.join(dir, '.corroborate.json');
    fs.writeFileSync(file, JSON.stringify({ comment: 'kept', ignore: [] }));
    await start();
    const d = diagnostic(wire, 'number-conflict', '15,000');
    const ignore = (await actionsFor(wire, d)).find((a) => a.title.startsWith('Ignore this finding'))!;
    await server.conn.sendRequest('workspace/executeCommand', { command: ignore.command!.command, arguments: ignore.command!.arguments });
    await server.waitFor(uriOf(wire), (ds) => !ds.some((x) => x.code === 'number-conflict'));
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { comment: string; ignore: unknown[] };
    assert.equal(stored.comment, 'kept');
    // Someone empties the list by hand: the file watcher tells the server.
    fs.writeFileSync(file, JSON.stringify({ comment: 'kept', ignore: [] }));
    await server.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 2 }] });
    await server.waitFor(uriOf(wire), (ds) => ds.some((x) => x.code === 'number-conflict'));
  });

  it('"Add publication date" on plain text inserts a Published: line the reader then finds', async () => {
    // The wire's text without its dateline: the date is only mentioned in the running text.
    const undated = path.join(dir, 'undated-wire.txt');
    fs.writeFileSync(undated, fs.readFileSync(wire, 'utf8').replace('LINDHOLM, March 12, 2026 (Coastal Wire) — The city', 'The city').replace('who met the mayor on Thursday', 'who met the mayor on March 12, 2026'));
    await start();
    await server.open(undated);
    await server.waitFor(uriOf(undated), (ds) => ds.some((x) => x.code === 'no-publication-date'));
    const d = diagnostic(undated, 'no-publication-date', '');
    const actions = await actionsFor(undated, d);
    const add = actions.find((a) => a.title.startsWith('Add publication date 2026-03-12'));
    assert.ok(add?.edit, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(actions.some((a) => /\(today\)$/.test(a.title)));
    const after = applyEdits(fs.readFileSync(undated, 'utf8'), editsOf(add.edit, undated));
    assert.ok(after.startsWith('Published: 2026-03-12\n\n'), after.slice(0, 80));
    await server.change(undated, after);
    await server.waitFor(uriOf(undated), (ds) => !ds.some((x) => x.code === 'no-publication-date'));
  });

  it('"Add publication date" on Markdown adds date: to the front matter, or creates front matter', async () => {
    const noDate = path.join(dir, 'no-date.md');
    const bare = path.join(dir, 'bare.md');
    fs.writeFileSync(noDate, '---\ntitle: Library\n---\n\nThe town library reopened on Monday after a flood, its director said.\n');
    fs.writeFileSync(bare, 'The town library reopened on Monday after a flood, its director said.\n');
    await start();
    for (const [file, expected] of [
      [noDate, /^---\ntitle: Library\ndate: \d{4}-\d{2}-\d{2}\n---\n/],
      [bare, /^---\ndate: \d{4}-\d{2}-\d{2}\n---\n\nThe town/],
    ] as const) {
      await server.open(file);
      const ds = await server.waitFor(uriOf(file), (x) => x.some((y) => y.code === 'no-publication-date'));
      const d = ds.find((x) => x.code === 'no-publication-date')!;
      const add = (await actionsFor(file, d)).find((a) => a.title.startsWith('Add publication date'));
      assert.ok(add?.edit);
      const after = applyEdits(fs.readFileSync(file, 'utf8'), editsOf(add.edit, file));
      assert.match(after, expected);
      await server.change(file, after);
      await server.waitFor(uriOf(file), (x) => !x.some((y) => y.code === 'no-publication-date'));
    }
  });

  it('sends plain changes to a client without versioned edits', async () => {
    await start({ minimal: true });
    const use = (await actionsFor(wire, diagnostic(wire, 'wording-differs', 'The repairs'))).find((a) => a.title.startsWith('Use the wording'))!;
    assert.equal(use.edit?.documentChanges, undefined);
    assert.equal(use.edit?.changes?.[uriOf(wire)]?.[0].newText, 'The repairs will take at least six weeks');
    void gazette;
  });
});
