import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const bin = path.join(root, 'bin', 'corroborate.js');

function cli(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('corroborate CLI (built bundle)', function () {
  this.timeout(60000);
  before(() => assert.ok(fs.existsSync(path.join(root, 'dist', 'cli.js')), 'run `npm run build` first'));

  it('--help prints usage and exits 0', () => {
    const r = cli(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /corroborate check PATH/);
  });

  it('check --format json follows the contract on the examples', () => {
    const r = cli(['check', 'examples', '--format', 'json', '--fail-on', 'never']);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.equal(json.articles.length, 3);
    for (const a of json.articles) assert.ok('file' in a && 'published' in a && 'publishedFrom' in a);
    const byFrom = Object.fromEntries(json.articles.map((a: { file: string; publishedFrom: string }) => [path.basename(a.file), a.publishedFrom]));
    assert.equal(byFrom['harbour-gazette.md'], 'front-matter');
    assert.equal(byFrom['coastal-wire.txt'], 'dateline');
    for (const f of json.findings) {
      for (const k of ['file', 'start', 'end', 'line', 'character', 'kind', 'verdict', 'severity', 'message', 'related']) assert.ok(k in f, `finding lacks ${k}`);
      const text = fs.readFileSync(path.join(root, f.file), 'utf8');
      assert.ok(f.end <= text.length && f.start < f.end);
    }
    const verdicts = new Set(json.findings.map((f: { verdict: string }) => f.verdict));
    for (const v of ['corroborated', 'wording-differs', 'speaker-conflict', 'date-conflict', 'number-conflict', 'single-source']) assert.ok(verdicts.has(v), `no ${v} in examples`);
    const shared = json.findings.find((f: { file: string; verdict: string; start: number }) => f.file.endsWith('harbour-gazette.md') && f.verdict === 'corroborated' && fs.readFileSync(path.join(root, f.file), 'utf8').slice(f.start).startsWith('“We will not gamble'));
    assert.ok(shared, 'the shared quote is corroborated');
    assert.ok(shared.related.some((r: { file: string }) => r.file.endsWith('coastal-wire.txt')));
  });

  it('check text output reads like a compiler and exits 1 on warnings', () => {
    const r = cli(['check', 'examples']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^examples\/harbour-gazette\.md:\d+:\d+: (hint|information|warning) [a-z-]+: /m);
  });

  it('check --format sarif is SARIF 2.1.0', () => {
    const r = cli(['check', 'examples', '--format', 'sarif', '--fail-on', 'never']);
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0].results.length > 0);
  });

  it('--published FILE=DATE overrides one article', () => {
    const r = cli(['check', 'examples', '--format', 'json', '--fail-on', 'never', '--published', 'examples/harbour-gazette.md=2026-03-14']);
    const a = JSON.parse(r.stdout).articles.find((x: { file: string }) => x.file.endsWith('harbour-gazette.md'));
    assert.deepEqual([a.published, a.publishedFrom], ['2026-03-14', 'option']);
  });

  it('bad usage and unreadable input exit 2 with a message', () => {
    assert.equal(cli(['check']).code, 2);
    assert.equal(cli(['frobnicate']).code, 2);
    const missing = cli(['check', 'no/such/file.txt']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no such file/);
    assert.equal(cli(['check', 'examples', '--format', 'xml']).code, 2);
    assert.equal(cli(['extract', 'examples/coastal-wire.txt', '--published', '2026-02-30']).code, 2);
    const lsp = cli(['lsp']);
    assert.equal(lsp.code, 2);
    assert.match(lsp.stderr, /lsp needs a transport: --stdio/);
    assert.doesNotMatch(lsp.stderr, /\n\s+at /, 'no stack trace');
  });

  it('extract --json gives quotes, dates and claims with the contract fields', () => {
    const r = cli(['extract', 'examples/coastal-wire.txt', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.equal(j.published, '2026-03-12');
    assert.equal(j.publishedFrom, 'dateline');
    assert.ok(j.quotes.length >= 3);
    for (const q of j.quotes) assert.ok('speaker' in q && 'cue' in q && typeof q.text === 'string');
    assert.ok(j.dates.some((d: { text: string; value: string }) => /Wednesday/.test(d.text) && d.value === '2026-03-11'));
    const vehicles = j.claims.find((c: { text: string }) => /15,000 vehicles/.test(c.text));
    assert.deepEqual(vehicles.numbers, ['15000'], 'numbers are strings, as the contract says');
    assert.equal(vehicles.numberMentions[0].unit, 'vehicle');
    for (const c of j.claims) assert.ok(c.date === null || Number.isInteger(c.date));
  });

  it('skips binary files and survives empty and odd ones', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-cli-'));
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254]));
    fs.writeFileSync(path.join(dir, 'empty.md'), '');
    fs.writeFileSync(path.join(dir, 'marks.txt'), '"""“”«»„\'\'\'"'.repeat(200));
    fs.writeFileSync(path.join(dir, 'bom-crlf.txt'), '\ufeff"We are ready," she said.\r\n\r\n"Ready" — מוכנים 😀\r\n');
    const r = cli(['check', dir, '--format', 'json', '--fail-on', 'never']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /binary\.txt: binary file/);
    const j = JSON.parse(r.stdout);
    assert.equal(j.articles.length, 3);
    const bom = fs.readFileSync(path.join(dir, 'bom-crlf.txt'), 'utf8').replace(/^\ufeff/, '');
    for (const f of j.findings.filter((x: { file: string }) => x.file.endsWith('bom-crlf.txt'))) assert.equal(bom[f.start], '"');
  });
});
