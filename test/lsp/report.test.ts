// The cross-reference report request, settings applied without a restart, and limited mode in an untrusted workspace.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction } from 'vscode-languageserver-protocol';
import type { ReportResult, StatusParams } from '../../shared/protocol';
import { checkArticles } from '../../server/src/analysis/check';
import { copyFolder, root, startServer, uriOf, type TestServer } from './harness';

const examples = path.join(root, 'examples');
const gazette = path.join(examples, 'harbour-gazette.md');
const wire = path.join(examples, 'coastal-wire.txt');
const ledger = path.join(examples, 'evening-ledger.md');

describe('report, settings and limited mode over a real stdio connection', function () {
  this.timeout(30000);
  let server: TestServer;
  afterEach(async () => server?.stop());

  describe('status', () => {
    /** Verdict counts of the findings `corroborate check` gives for these files, as the status should count them. */
    const expected = (files: string[]): Record<string, number> => {
      const counts: Record<string, number> = {};
      for (const f of checkArticles(files.map((file) => ({ id: file, text: fs.readFileSync(file, 'utf8') }))).findings) counts[f.verdict] = (counts[f.verdict] ?? 0) + 1;
      return counts;
    };
    const sorted = (counts: Record<string, number>): Array<[string, number]> => Object.entries(counts).sort();

    it('counts every verdict of the workspace, and stops counting a deleted article', async () => {
      const dir = copyFolder();
      const files = fs.readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).map((f) => path.join(dir, f));
      server = await startServer(dir);
      const statuses = (): StatusParams[] => server.notifications.filter((n) => n.method === 'corroborate/status').map((n) => n.params as StatusParams);
      const want = sorted(expected(files));
      await server.until(() => statuses().find((s) => s.state === 'ready' && s.articles === files.length && JSON.stringify(sorted(s.counts)) === JSON.stringify(want)), 'the counts of all articles');
      const gone = files.find((f) => path.basename(f) === 'coastal-wire.txt')!;
      fs.rmSync(gone);
      const seen = statuses().length;
      await server.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(gone), type: 3 }] });
      const rest = sorted(expected(files.filter((f) => f !== gone)));
      await server.until(() => statuses().slice(seen).find((s) => s.state === 'ready' && JSON.stringify(sorted(s.counts)) === JSON.stringify(rest)), 'the counts without the deleted article');
      fs.rmSync(dir, { recursive: true, force: true });
    });
  });

  describe('report', () => {
    it('puts each quote once, with a cell per source that has it', async () => {
      server = await startServer(examples);
      await server.waitFor(uriOf(ledger), (d) => d.length > 0);
      await server.waitFor(uriOf(wire), (d) => d.some((x) => x.code === 'corroborated'));
      const report = (await server.conn.sendRequest('corroborate/report', {})) as ReportResult;
      assert.deepEqual(report.sources, [uriOf(wire), uriOf(ledger), uriOf(gazette)].sort());
      assert.equal(report.labels[uriOf(wire)], 'coastal-wire.txt');
      const shared = report.rows.filter((r) => r.kind === 'quote' && /We will not gamble/.test(r.text));
      assert.equal(shared.length, 1, 'one row for the shared quote');
      assert.deepEqual(Object.keys(shared[0].cells).sort(), report.sources);
      assert.ok(Object.values(shared[0].cells).every((c) => c.verdict === 'corroborated'));
      const speaker = report.rows.find((r) => /Lindholm will not be left/.test(r.text) && r.kind === 'quote')!;
      assert.equal(speaker.verdict, 'speaker-conflict');
      const speakers = Object.values(speaker.cells).map((c) => c.speaker ?? '').sort();
      assert.equal(speakers.length, 2);
      assert.match(speakers[0], /Solberg/);
      assert.match(speakers[1], /Brekke/);
      const cell = speaker.cells[uriOf(wire)];
      const line = fs.readFileSync(wire, 'utf8').split('\n')[cell.range.start.line];
      assert.match(line.slice(cell.range.start.character), /^"Lindholm will not be left/);
      assert.ok(report.rows.findIndex((r) => r.kind === 'claim') > report.rows.findIndex((r) => r.kind === 'quote'), 'quotes come first');
    });

    it('limits the report to one article and the sources it relates to', async () => {
      const dir = copyFolder();
      fs.writeFileSync(path.join(dir, 'unrelated.md'), '---\ndate: 2026-03-12\n---\n\n"The library stays open late," the librarian said.\n');
      try {
        server = await startServer(dir);
        await server.waitFor(uriOf(path.join(dir, 'unrelated.md')), (d) => d.length > 0);
        const all = (await server.conn.sendRequest('corroborate/report', {})) as ReportResult;
        assert.equal(all.sources.length, 4);
        const some = (await server.conn.sendRequest('corroborate/report', { uri: uriOf(path.join(dir, 'evening-ledger.md')) })) as ReportResult;
        assert.ok(!some.sources.includes(uriOf(path.join(dir, 'unrelated.md'))));
        assert.ok(some.sources.includes(uriOf(path.join(dir, 'evening-ledger.md'))));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('settings applied without restart', () => {
    it('severity per verdict', async () => {
      server = await startServer(examples);
      await server.open(wire);
      await server.waitFor(uriOf(wire), (d) => d.some((x) => x.code === 'corroborated' && x.severity === 4));
      await server.changeSettings({ severity: { corroborated: 'error', 'single-source': 'off' } });
      await server.waitFor(uriOf(wire), (d) => d.some((x) => x.code === 'corroborated' && x.severity === 1) && !d.some((x) => x.code === 'single-source'));
    });

    it('similarity threshold', async () => {
      server = await startServer(examples);
      await server.open(wire);
      await server.waitFor(uriOf(wire), (d) => d.some((x) => x.code === 'wording-differs'));
      await server.changeSettings({ similarityThreshold: 1 });
      await server.waitFor(uriOf(wire), (d) => !d.some((x) => x.code === 'wording-differs'));
      await server.changeSettings({ similarityThreshold: 0.8 });
      await server.waitFor(uriOf(wire), (d) => d.some((x) => x.code === 'wording-differs'));
    });

    it('sources and exclude', async () => {
      server = await startServer(examples);
      await server.open(wire);
      const related = (d: { relatedInformation?: { location: { uri: string } }[] }): string[] => (d.relatedInformation ?? []).map((r) => r.location.uri);
      await server.waitFor(uriOf(wire), (d) => d.some((x) => x.code === 'corroborated' && related(x).includes(uriOf(ledger))));
      await server.changeSettings({ exclude: ['**/evening-ledger.md'] });
      await server.waitFor(uriOf(wire), (d) => d.some((x) => x.code === 'corroborated' && !related(x).includes(uriOf(ledger))));
      await server.waitFor(uriOf(ledger), (d) => d.length === 0);
    });
  });

  describe('limited mode (untrusted workspace)', () => {
    it('checks only open articles, does not read .corroborate.json, and says so', async () => {
      const dir = copyFolder();
      try {
        const w = path.join(dir, 'coastal-wire.txt');
        const g = path.join(dir, 'harbour-gazette.md');
        server = await startServer(dir, {}, true, { trusted: false });
        const status = await server.until(() => {
          const s = server.notifications.filter((n) => n.method === 'corroborate/status').map((n) => n.params as StatusParams).find((p) => p.state === 'ready');
          return s;
        }, 'a ready status');
        assert.match(status.limited ?? '', /Restricted Mode: only open articles are checked/);
        assert.equal(status.articles, 0, 'nothing read from disk');
        // A key that would hide the wire's number conflict if the file were read.
        fs.writeFileSync(path.join(dir, '.corroborate.json'), JSON.stringify({ ignore: [{ file: 'coastal-wire.txt', key: 'claim:number-conflict:Roughly 15,000 vehicles cross the bridge every day, the city said.' }] }));
        await server.open(w);
        await server.waitFor(uriOf(w), (d) => d.some((x) => x.code === 'single-source'));
        assert.ok(!server.diagnostics.has(uriOf(g)), 'no diagnostics for an unopened article');
        await server.open(g);
        const ds = await server.waitFor(uriOf(w), (d) => d.some((x) => x.code === 'number-conflict'));
        const d = ds.find((x) => x.code === 'number-conflict')!;
        const actions = (await server.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: uriOf(w) }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
        assert.ok(!actions.some((a) => a.title.startsWith('Ignore')), 'no ignoring without a trusted ignore file');
        const report = (await server.conn.sendRequest('corroborate/report', {})) as ReportResult;
        assert.equal(report.sources.length, 2);
        assert.match(report.limited ?? '', /Restricted Mode/);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
