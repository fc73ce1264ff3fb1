// Definition, code lens, inlay hints, document and workspace symbols over a real stdio connection.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeLens, DocumentSymbol, InlayHint, LocationLink, SymbolInformation, Location } from 'vscode-languageserver-protocol';
import { positionOf, root, startServer, uriOf, type TestServer } from './harness';

const examples = path.join(root, 'examples');
const gazette = path.join(examples, 'harbour-gazette.md');
const wire = path.join(examples, 'coastal-wire.txt');
const ledger = path.join(examples, 'evening-ledger.md');
const SHARED = 'We will not gamble with the lives';
const whole = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

describe('navigation providers over a real stdio connection', function () {
  this.timeout(30000);
  let server: TestServer;
  afterEach(async () => server?.stop());

  const ready = async (options: Parameters<typeof startServer>[3] = {}, settings: Record<string, unknown> = {}): Promise<void> => {
    server = await startServer(examples, settings, true, options);
    await server.open(gazette);
    await server.open(wire);
    await server.waitFor(uriOf(gazette), (d) => d.some((x) => x.code === 'corroborated'));
    await server.waitFor(uriOf(wire), (d) => d.some((x) => x.code === 'corroborated'));
  };
  const lenses = (file: string): Promise<CodeLens[]> => server.conn.sendRequest('textDocument/codeLens', { textDocument: { uri: uriOf(file) } });
  const hints = (file: string): Promise<InlayHint[]> => server.conn.sendRequest('textDocument/inlayHint', { textDocument: { uri: uriOf(file) }, range: whole });
  const lensOn = (all: CodeLens[], file: string, needle: string): CodeLens | undefined => all.find((l) => l.range.start.line === positionOf(fs.readFileSync(file, 'utf8'), needle).line);

  describe('definition', () => {
    it('goes from the shared quote to the other sources’ passages, as links with the quote as origin', async () => {
      await ready();
      const text = fs.readFileSync(gazette, 'utf8');
      const links = (await server.conn.sendRequest('textDocument/definition', { textDocument: { uri: uriOf(gazette) }, position: positionOf(text, SHARED, 3) })) as LocationLink[];
      const targets = links.map((l) => l.targetUri).sort();
      assert.deepEqual(targets, [uriOf(wire), uriOf(ledger)].sort());
      const inWire = links.find((l) => l.targetUri === uriOf(wire))!;
      const wireText = fs.readFileSync(wire, 'utf8').split('\n');
      assert.match(wireText[inWire.targetRange.start.line].slice(inWire.targetRange.start.character), /^"We will not gamble/);
      assert.equal(links[0].originSelectionRange!.start.line, positionOf(text, SHARED).line);
    });

    it('answers plain locations to a client without link support, and nothing off a finding', async () => {
      await ready({ minimal: true });
      const text = fs.readFileSync(gazette, 'utf8');
      const locations = (await server.conn.sendRequest('textDocument/definition', { textDocument: { uri: uriOf(gazette) }, position: positionOf(text, SHARED, 3) })) as Location[];
      assert.ok(locations.length >= 2 && locations.every((l) => typeof l.uri === 'string' && l.range));
      const none = await server.conn.sendRequest('textDocument/definition', { textDocument: { uri: uriOf(gazette) }, position: positionOf(text, 'title:', 1) });
      assert.equal(none, null);
    });
  });

  describe('code lens', () => {
    it('says how many sources agree and where the speaker or wording differs', async () => {
      await ready({ clientCommands: ['corroborate.peekSources'] });
      const all = await lenses(wire);
      assert.equal(lensOn(all, wire, SHARED)?.command?.title, '3 of 3 sources agree');
      assert.match(lensOn(all, wire, 'Lindholm will not be left')!.command!.title, /speaker differs in harbour-gazette\.md/);
      assert.match(lensOn(all, wire, 'The repairs will last')!.command!.title, /^1 of 2 sources agree · wording differs in harbour-gazette\.md/);
      const peek = lensOn(all, wire, SHARED)!.command!;
      assert.equal(peek.command, 'corroborate.peekSources');
      const args = peek.arguments![0] as { locations: Location[] };
      assert.deepEqual(args.locations.map((l) => l.uri).sort(), [uriOf(gazette), uriOf(ledger)].sort());
    });

    it('uses no client command the client did not announce', async () => {
      await ready();
      const all = await lenses(wire);
      assert.ok(all.length > 0);
      assert.ok(all.every((l) => l.command?.command === ''));
    });

    it('goes away when corroborate.codeLens is turned off, after asking the client to refresh', async () => {
      await ready();
      assert.ok((await lenses(wire)).length > 0);
      const before = server.requests.filter((r) => r.method === 'workspace/codeLens/refresh').length;
      await server.changeSettings({ codeLens: false });
      await server.until(() => (server.requests.filter((r) => r.method === 'workspace/codeLens/refresh').length > before ? true : undefined), 'a code lens refresh');
      assert.deepEqual(await lenses(wire), []);
    });
  });

  describe('inlay hints', () => {
    it('shows the resolved day after relative dates', async () => {
      await ready();
      const all = await hints(gazette);
      const text = fs.readFileSync(gazette, 'utf8');
      const wed = all.find((h) => h.label === '→ Wed 2026-03-11');
      assert.ok(wed, `hints: ${JSON.stringify(all.map((h) => h.label))}`);
      const after = positionOf(text, 'on Wednesday', 'on Wednesday'.length);
      assert.deepEqual(wed.position, after);
      assert.match(String(wed.tooltip), /2026-03-12, from the front matter/);
      assert.ok(all.some((h) => h.label === '→ Mon 2026-03-16'));
    });

    it('has none for a date it cannot resolve, and none when corroborate.inlayHints is off', async () => {
      await ready();
      // An open, unsaved note with no publication date: its "Tuesday" stays unresolved, so no hint.
      const note = path.join(examples, 'undated-note.txt');
      await server.open(note, 'The harbour choir said it would rehearse in the old boathouse on Tuesday.\n');
      await server.waitFor(uriOf(note), (d) => d.some((x) => x.code === 'no-publication-date'));
      assert.ok(!(await hints(note)).some((h) => String(h.label).includes('Tue')));
      assert.ok((await hints(gazette)).length > 0);
      const before = server.requests.filter((r) => r.method === 'workspace/inlayHint/refresh').length;
      await server.changeSettings({ inlayHints: false });
      await server.until(() => (server.requests.filter((r) => r.method === 'workspace/inlayHint/refresh').length > before ? true : undefined), 'an inlay hint refresh');
      assert.deepEqual(await hints(gazette), []);
    });

    it('follows a publication date given in corroborate.publishedDates', async () => {
      await ready();
      await server.changeSettings({ publishedDates: { 'coastal-wire.txt': '2026-03-12' } });
      await server.waitFor(uriOf(wire), (d) => !d.some((x) => x.code === 'no-publication-date'));
      const all = await hints(wire);
      assert.ok(all.some((h) => h.label === '→ Tue 2026-03-17'), `hints: ${JSON.stringify(all.map((h) => h.label))}`);
    });
  });

  describe('document symbols', () => {
    it('groups quotes by speaker and claims by date', async () => {
      await ready();
      const symbols = (await server.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uriOf(gazette) } })) as DocumentSymbol[];
      assert.deepEqual(symbols.map((s) => s.name), ['Quotes', 'Claims']);
      const speakers = symbols[0].children!;
      const brekke = speakers.find((s) => /Brekke/.test(s.name));
      assert.ok(brekke, `speakers: ${speakers.map((s) => s.name).join(', ')}`);
      assert.equal(brekke.children?.length, 1);
      assert.match(brekke.children![0].name, /Lindholm will not be left/);
      assert.equal(brekke.children![0].detail, 'speaker-conflict');
      const vasquez = speakers.find((s) => /Vasquez/.test(s.name))!;
      assert.equal(vasquez.children?.length, 2);
      const days = symbols[1].children!.map((s) => s.name);
      assert.ok(days.some((d) => d.startsWith('Wed 2026-03-11')), `claim groups: ${days.join(', ')}`);
      // Every child lies inside its parent, as editors require.
      const inside = (inner: DocumentSymbol, outer: DocumentSymbol): boolean =>
        (inner.range.start.line > outer.range.start.line || (inner.range.start.line === outer.range.start.line && inner.range.start.character >= outer.range.start.character)) &&
        (inner.range.end.line < outer.range.end.line || (inner.range.end.line === outer.range.end.line && inner.range.end.character <= outer.range.end.character));
      for (const section of symbols) for (const g of section.children!) {
        assert.ok(inside(g, section), `${g.name} inside ${section.name}`);
        for (const leaf of g.children!) assert.ok(inside(leaf, g), `${leaf.name} inside ${g.name}`);
      }
    });

    it('answers a flat list with container names to a client without hierarchy support', async () => {
      await ready({ minimal: true });
      const symbols = (await server.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uriOf(gazette) } })) as SymbolInformation[];
      const quote = symbols.find((s) => /Lindholm will not be left/.test(s.name));
      assert.ok(quote && /Brekke/.test(quote.containerName ?? ''));
      assert.equal(quote.location.uri, uriOf(gazette));
    });
  });

  describe('workspace symbols', () => {
    it('finds speakers across all articles, opened or not, by a fuzzy query', async () => {
      server = await startServer(examples);
      await server.waitFor(uriOf(ledger), (d) => d.length > 0);
      const found = (await server.conn.sendRequest('workspace/symbol', { query: 'vasq' })) as SymbolInformation[];
      assert.deepEqual([...new Set(found.map((s) => s.location.uri))].sort(), [uriOf(gazette), uriOf(wire), uriOf(ledger)].sort());
      assert.ok(found.every((s) => /Vasquez/.test(s.name)));
      const inWire = found.find((s) => s.location.uri === uriOf(wire))!;
      const line = fs.readFileSync(wire, 'utf8').split('\n')[inWire.location.range.start.line];
      assert.equal(line.slice(inWire.location.range.start.character, inWire.location.range.end.character), 'Vasquez');
      assert.match(inWire.containerName!, /coastal-wire\.txt · 2 quotes/);
      const brekke = (await server.conn.sendRequest('workspace/symbol', { query: 'brekke' })) as SymbolInformation[];
      assert.deepEqual(brekke.map((s) => s.location.uri), [uriOf(gazette)]);
      assert.deepEqual(await server.conn.sendRequest('workspace/symbol', { query: 'zzz' }), []);
    });
  });
});
