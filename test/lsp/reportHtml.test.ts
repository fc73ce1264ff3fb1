// The report webview's HTML, built from a real ReportRequest answer: every text escaped, scripts only by nonce.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import type { ReportResult } from '../../shared/protocol';
import { root, startServer, uriOf } from './harness';

// The client is its own TypeScript project (test/tsconfig.json references only the server), so load it untyped.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { renderReport } = require('../../client/src/reportHtml') as { renderReport(report: ReportResult, nonce: string, cspSource: string): string };

describe('report webview HTML', function () {
  this.timeout(30000);

  it('renders the server’s report as a table with a column per source', async () => {
    const examples = path.join(root, 'examples');
    const server = await startServer(examples);
    try {
      await server.waitFor(uriOf(path.join(examples, 'coastal-wire.txt')), (d) => d.some((x) => x.code === 'corroborated'));
      await server.waitFor(uriOf(path.join(examples, 'evening-ledger.md')), (d) => d.length > 0);
      const report = (await server.conn.sendRequest('corroborate/report', {})) as ReportResult;
      const html = renderReport(report, 'NONCE', 'vscode-resource:');
      assert.match(html, /<th scope="col" title="[^"]*coastal-wire\.txt">coastal-wire\.txt<\/th>/);
      assert.match(html, /We will not gamble/);
      assert.match(html, /speaker-conflict/);
      assert.equal((html.match(/<tr id="row-/g) ?? []).length, report.rows.length);
    } finally {
      await server.stop();
    }
  });

  it('escapes every text and allows only its own nonce', () => {
    const evil = '<img src=x onerror=alert(1)>"\'&`';
    const report: ReportResult = {
      sources: ['file:///a/<b>.md'],
      labels: { 'file:///a/<b>.md': '<b>.md' },
      rows: [{ kind: 'quote', text: evil, speaker: evil, verdict: 'corroborated', cells: { 'file:///a/<b>.md': { verdict: 'corroborated', message: evil, text: evil, speaker: evil, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, ignored: false } } }],
      limited: evil,
    };
    const html = renderReport(report, 'abc', 'vscode-resource:');
    assert.ok(!html.includes('<img'), 'no markup from the articles');
    assert.ok(!html.includes('<b>'));
    assert.match(html, /&#60;img src=x onerror=alert\(1\)&#62;&#34;&#39;&#38;&#96;/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; img-src vscode-resource:; style-src 'nonce-abc'; script-src 'nonce-abc';"/);
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.match(html, /<script nonce="abc">/);
  });
});
