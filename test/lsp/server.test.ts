import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { root, startServer, uriOf, type TestServer } from './harness';

const examples = path.join(root, 'examples');
const gazette = path.join(examples, 'harbour-gazette.md');
const wire = path.join(examples, 'coastal-wire.txt');

describe('language server over a real stdio connection', function () {
  this.timeout(30000);
  let server: TestServer;
  beforeEach(async () => {
    server = await startServer(examples);
  });
  afterEach(async () => server.stop());

  const open = async (file: string, text = fs.readFileSync(file, 'utf8'), version = 1) =>
    server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(file), languageId: file.endsWith('.md') ? 'markdown' : 'plaintext', version, text } });

  it('publishes diagnostics with related information for two open articles', async () => {
    await open(gazette);
    await open(wire);
    const diags = await server.waitFor(uriOf(gazette), (d) => d.some((x) => x.code === 'corroborated'));
    const quoteLine = fs.readFileSync(gazette, 'utf8').split('\n').findIndex((l) => l.startsWith('“We will not gamble'));
    const shared = diags.find((d) => d.code === 'corroborated' && d.source === 'corroborate' && d.range.start.line === quoteLine && d.relatedInformation?.some((r) => r.location.uri === uriOf(wire)));
    assert.ok(shared, 'the shared quote is corroborated with a link to the other article');
    const other = fs.readFileSync(wire, 'utf8');
    const rel = shared.relatedInformation!.find((r) => r.location.uri === uriOf(wire))!;
    const lines = other.split('\n');
    assert.match(lines[rel.location.range.start.line].slice(rel.location.range.start.character), /^"We will not gamble/);
    assert.ok(diags.some((d) => d.code === 'speaker-conflict' && d.severity === 2));
  });

  it('answers hover on a quote with the verdict and the other source', async () => {
    await open(gazette);
    await server.waitFor(uriOf(gazette), (d) => d.length > 0);
    const text = fs.readFileSync(gazette, 'utf8');
    const offset = text.indexOf('We will not gamble');
    const before = text.slice(0, offset).split('\n');
    const hover = (await server.conn.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(gazette) }, position: { line: before.length - 1, character: before[before.length - 1].length } })) as { contents: { value: string } };
    assert.match(hover.contents.value, /corroborated/);
    assert.match(hover.contents.value, /coastal-wire\.txt/);
    assert.match(hover.contents.value, /Elena Vasquez/);
  });

  it('indexes unopened articles: diagnostics for the workspace arrive without opening anything', async () => {
    const diags = await server.waitFor(uriOf(wire), (d) => d.some((x) => x.code === 'wording-differs'));
    assert.ok(diags.length > 3);
  });

  it('an edit in one article changes the verdict in another', async () => {
    await open(gazette);
    await open(wire);
    await server.waitFor(uriOf(gazette), (d) => d.some((x) => x.code === 'speaker-conflict'));
    const text = fs.readFileSync(wire, 'utf8').replace('said Finance Minister Ingrid Solberg', 'said Transport Minister Tomas Brekke');
    await server.conn.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(wire), version: 2 }, contentChanges: [{ text }] });
    await server.waitFor(uriOf(gazette), (d) => !d.some((x) => x.code === 'speaker-conflict'));
  });

  it('an edit in one article keeps the related locations other articles point into it right', async () => {
    // The gazette stays unopened: its diagnostics link into the wire story, which is edited three times.
    await open(wire);
    const shared = (text: string) => (d: Array<{ relatedInformation?: Array<{ location: { uri: string; range: { start: { line: number; character: number } } } }> }>) =>
      d.some((x) =>
        x.relatedInformation?.some((r) => r.location.uri === uriOf(wire) && text.split('\n')[r.location.range.start.line]?.slice(r.location.range.start.character).startsWith('"We will not gamble')),
      );
    let text = fs.readFileSync(wire, 'utf8');
    await server.waitFor(uriOf(gazette), shared(text));
    // Longer earlier line, no new line: the gazette's locations keep their lines and characters.
    text = text.replace('shut the Old Harbour Bridge', 'shut the whole of the Old Harbour Bridge');
    await server.conn.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(wire), version: 2 }, contentChanges: [{ text }] });
    await server.waitFor(uriOf(wire), (_, p) => p.version === 2);
    assert.ok(shared(text)(server.diagnostics.get(uriOf(gazette))!.diagnostics), 'still pointing at the quote');
    // Indented quote line: the quote moves two characters along its line.
    text = text.replace('"We will not gamble', '  "We will not gamble');
    await server.conn.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(wire), version: 3 }, contentChanges: [{ text }] });
    await server.waitFor(uriOf(gazette), shared(text));
    // A new first line: every later line moves down one.
    text = 'UPDATED\n' + text;
    await server.conn.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(wire), version: 4 }, contentChanges: [{ text }] });
    await server.waitFor(uriOf(gazette), shared(text));
  });

  it('leaves out an article the exclude setting names, even when it is opened', async () => {
    await server.stop();
    server = await startServer(examples, { exclude: ['**/coastal-wire.txt'] });
    await open(wire);
    await open(gazette);
    const diags = await server.waitFor(uriOf(gazette), (d) => d.some((x) => x.code === 'corroborated'));
    assert.ok(!diags.some((d) => d.relatedInformation?.some((r) => r.location.uri === uriOf(wire))), 'no link to the excluded article');
    // A request's answer comes after every publish the server sent before it.
    await server.conn.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(wire) }, position: { line: 4, character: 3 } });
    assert.equal(server.diagnostics.get(uriOf(wire))?.diagnostics.length ?? 0, 0);
  });
});
