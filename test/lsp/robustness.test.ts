// Bad input and edit storms through the real server: huge files, binary files, a burst of 200 edits, deleted and renamed sources.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { startServer, uriOf, type TestServer } from './harness';

const GAZETTE = `---
date: 2026-03-12
---

Mayor Elena Vasquez on Wednesday ordered the Old Harbour Bridge closed after engineers found cracks.

"We will not gamble with the lives of people who cross that bridge every day," Vasquez told reporters.
`;
const WIRE = `LINDHOLM, March 12 (Coastal Wire) — The city closed the Old Harbour Bridge on Wednesday.

"We will not gamble with the lives of people who cross that bridge every day," Mayor Elena Vasquez said.
`;

const relatedFiles = (ds: Diagnostic[]): string[] => ds.flatMap((d) => d.relatedInformation?.map((r) => path.basename(new URL(r.location.uri).pathname)) ?? []);

describe('robustness of the language server', function () {
  this.timeout(90000);
  let dir: string;
  let server: TestServer;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-robust-'));
    fs.writeFileSync(path.join(dir, 'gazette.md'), GAZETTE);
    fs.writeFileSync(path.join(dir, 'wire.txt'), WIRE);
  });
  afterEach(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('skips a binary file with a clear message, analyses a 10 MB article and a 1 MB line within bounds, and answers hovers meanwhile', async () => {
    fs.writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    fs.writeFileSync(path.join(dir, 'empty.md'), '');
    fs.writeFileSync(path.join(dir, 'quotes.txt'), '"\u201c\u201d\u2018\u2019\u00ab\u00bb'.repeat(3000));
    fs.writeFileSync(path.join(dir, 'huge.md'), (GAZETTE + '\n').repeat(Math.ceil(10_000_000 / GAZETTE.length)));
    server = await startServer(dir);
    await server.waitFor(uriOf(path.join(dir, 'gazette.md')), (d) => d.some((x) => x.code === 'corroborated'), 60000);
    const warned = () => server.notifications.find((n) => n.method === 'window/logMessage' && /image\.txt: binary file/.test((n.params as { message: string }).message));
    await server.until(warned, 'the binary-file message');
    const huge = await server.waitFor(uriOf(path.join(dir, 'huge.md')), (d) => d.some((x) => x.code === 'skipped'), 60000);
    assert.match(String(huge.find((x) => x.code === 'skipped')!.message), /Only the first/);

    // A 1 MB single line typed into an editor: analysed within bounds while hovers keep being answered.
    const line = path.join(dir, 'line.txt');
    fs.writeFileSync(line, '');
    await server.open(line, '');
    const oneLine = WIRE.replace(/\n+/g, ' ').repeat(Math.ceil(1_000_000 / WIRE.length));
    await server.change(line, oneLine);
    const started = performance.now();
    const hover = await server.conn.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(path.join(dir, 'gazette.md')) }, position: { line: 6, character: 3 } });
    assert.ok(performance.now() - started < 10000, 'hover answered while the long line is analysed');
    assert.ok(hover, 'hover has content');
    await server.waitFor(uriOf(line), (d) => d.some((x) => x.code === 'skipped'), 60000);
    assert.equal(server.proc.exitCode, null, 'the server is still running');
  });

  it('a burst of 200 edits in 2 seconds leaves exactly the final version’s diagnostics', async () => {
    server = await startServer(dir, { debounceMs: 15 });
    const gazette = path.join(dir, 'gazette.md');
    await server.open(gazette);
    await server.waitFor(uriOf(gazette), (d) => d.some((x) => x.code === 'corroborated'));
    let text = GAZETTE;
    for (let i = 1; i <= 200; i++) {
      text = `${GAZETTE}\n"Edit number ${i} of the burst goes here," said Clerk Ann Marsh.\n`;
      await server.change(gazette, text);
      await new Promise((r) => setTimeout(r, 10));
    }
    const final = await server.waitFor(uriOf(gazette), (_, p) => p.version === 201, 30000);
    // Nothing older may arrive after the final version: a request's answer comes after every message the server
    // sent before it, so once it is back, any stale publish would already be here.
    await server.conn.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(gazette) }, position: { line: 0, character: 0 } });
    const last = server.diagnostics.get(uriOf(gazette))!;
    assert.equal(last.version, 201);
    assert.deepEqual(last.diagnostics, final);
    const lines = text.split('\n');
    const burst = final.filter((d) => /Edit number/.test(lines[d.range.start.line]));
    assert.equal(burst.length, 1, JSON.stringify(final.map((d) => d.message)));
    assert.match(lines[burst[0].range.start.line].slice(burst[0].range.start.character), /^"Edit number 200 of the burst/);
    assert.ok(final.some((d) => d.code === 'corroborated'), 'the shared quote is still corroborated');
  });

  it('deleting a source removes its links; renaming it moves them (workspace/didChangeWatchedFiles)', async () => {
    server = await startServer(dir);
    const gazette = path.join(dir, 'gazette.md');
    await server.open(gazette);
    await server.waitFor(uriOf(gazette), (d) => relatedFiles(d).includes('wire.txt'));

    fs.renameSync(path.join(dir, 'wire.txt'), path.join(dir, 'agency.txt'));
    await server.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: uriOf(path.join(dir, 'wire.txt')), type: 3 },
        { uri: uriOf(path.join(dir, 'agency.txt')), type: 1 },
      ],
    });
    await server.waitFor(uriOf(gazette), (d) => relatedFiles(d).includes('agency.txt') && !relatedFiles(d).includes('wire.txt'));

    fs.rmSync(path.join(dir, 'agency.txt'));
    await server.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path.join(dir, 'agency.txt')), type: 3 }] });
    const after = await server.waitFor(uriOf(gazette), (d) => relatedFiles(d).length === 0);
    assert.ok(!after.some((d) => d.code === 'corroborated'), 'nothing corroborates the quote any more');
  });
});
