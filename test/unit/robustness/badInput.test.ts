// Bad input through the core and the CLI: empty, binary, huge, one enormous line, CRLF, BOM, NBSP, RTL, emoji, only quotation marks.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateCorpus } from '../property/articles';
import { analyzeArticle, MAX_ANALYSED_CHARS } from '../../../server/src/analysis/article';
import { checkArticles } from '../../../server/src/analysis/check';
import { decodeArticle } from '../../../server/src/workspace/files';
import { assertAnalysisSpans, assertFindingSpans } from '../property/spans';

const root = path.resolve(__dirname, '../../..');
const bin = path.join(root, 'bin', 'corroborate.js');
const STACK = /\n\s+at .+[:(]\d+/;

const [lead, other] = generateCorpus(2, 3, 2500);
const BAD: Record<string, string> = {
  'empty.md': '',
  'crlf.txt': lead.text.replace(/\r?\n/g, '\r\n'),
  'bom.md': '\ufeff' + lead.text,
  'nbsp.txt': lead.text.replace(/ /g, '\u00a0'),
  'rtl.txt': '\u05d4\u05e9\u05e8 \u05d0\u05de\u05e8: \u201c\u05dc\u05d0 \u05e0\u05d5\u05d5\u05ea\u05e8 \u05e2\u05dc \u05d4\u05d2\u05e9\u05e8,\u201d \u05d1\u05d9\u05d5\u05dd \u05e9\u05e0\u05d9.\n\n\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 \u00ab\u0644\u0646 \u0646\u062a\u0631\u0627\u062c\u0639\u00bb \u064a\u0648\u0645 \u0627\u0644\u0627\u062b\u0646\u064a\u0646.\n\n\u200f' + other.text,
  'emoji.md': lead.text.replace(/\. /g, '. \ud83d\ude80\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67 ').replace(/"/g, '\ud83d\udcac"'),
  'only-quotes.txt': '"\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u2039\u203a\''.repeat(5000),
  'lone-surrogates.txt': 'Mayor Ann Lee said \ud83d "we \ude00 will" on Monday \udbff.',
};

describe('robustness: bad input through the core', function () {
  this.timeout(60000);

  for (const [name, text] of Object.entries(BAD)) {
    it(`${name}: analysed without a crash, every span valid`, () => {
      const a = analyzeArticle(text);
      assertAnalysisSpans(text, a);
      const { findings } = checkArticles([{ id: name, text }, { id: 'other.md', text: other.text }]);
      assertFindingSpans(new Map([[name, text], ['other.md', other.text]]), findings);
    });
  }

  it('a BOM is removed when reading, so the analysis of a file with and without it is the same', () => {
    const read = decodeArticle(Buffer.from(BAD['bom.md'], 'utf8'));
    assert.ok(read.ok);
    assert.equal(read.text, lead.text);
  });

  it('a binary file is refused with a clear reason', () => {
    const read = decodeArticle(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    assert.equal(read.ok, false);
    assert.match(!read.ok ? read.reason : '', /binary/);
  });

  it('a 10 MB article is analysed only up to the bound, with a problem that says so, in bounded time', () => {
    const big = generateCorpus(60, 5, 4500).map((a) => a.text).join('\n\n').repeat(40).slice(0, 10_000_000);
    const started = performance.now();
    const a = analyzeArticle(big);
    const ms = performance.now() - started;
    assertAnalysisSpans(big, a);
    const skipped = a.problems.find((p) => p.kind === 'skipped');
    assert.ok(skipped, 'a "skipped" problem tells the reader');
    assert.match(skipped.message, /Only the first 300,000 characters/);
    assert.ok(a.quotes.every((q) => q.end <= MAX_ANALYSED_CHARS));
    assert.ok(ms < 30000, `took ${ms} ms`);
  });

  it('a single 1 MB line is analysed within the bound without hanging', () => {
    const line = generateCorpus(250, 9, 4500).map((a) => a.text).join(' ').replace(/[\r\n]+/g, ' ').slice(0, 1_000_000);
    const a = analyzeArticle(line);
    assertAnalysisSpans(line, a);
    assert.ok(a.problems.some((p) => p.kind === 'skipped'));
  });

  it('the cut never splits a surrogate pair', () => {
    const text = 'a'.repeat(MAX_ANALYSED_CHARS - 1) + '\ud83d\ude80' + 'b'.repeat(10);
    const a = analyzeArticle(text);
    assertAnalysisSpans(text, a);
  });
});

describe('robustness: bad input through the CLI', function () {
  this.timeout(120000);
  let dir: string;
  before(() => {
    assert.ok(fs.existsSync(path.join(root, 'dist', 'cli.js')), 'run `npm run build` first');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-bad-'));
    for (const [name, text] of Object.entries(BAD)) fs.writeFileSync(path.join(dir, name), text);
    fs.writeFileSync(path.join(dir, 'other.md'), other.text);
    fs.writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
    fs.writeFileSync(path.join(dir, 'huge.md'), (other.text + '\n\n').repeat(Math.ceil(10_500_000 / other.text.length)));
    fs.writeFileSync(path.join(dir, 'one-line.txt'), other.text.replace(/[\r\n]+/g, ' ').repeat(Math.ceil(1_000_000 / other.text.length)));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cli = (args: string[]) => {
    const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 100000, maxBuffer: 1 << 28 });
    assert.notEqual((r.error as NodeJS.ErrnoException | undefined)?.code, 'ETIMEDOUT', 'the CLI hung');
    assert.equal(r.error, undefined);
    assert.doesNotMatch(r.stderr, STACK, 'no stack trace');
    assert.doesNotMatch(r.stdout, STACK, 'no stack trace');
    return r;
  };

  it('check over the folder: binary file skipped with a clear message, everything else checked', () => {
    const r = cli(['check', dir, '--format', 'json', '--fail-on', 'never']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /image\.txt: binary file .*skipped/);
    const json = JSON.parse(r.stdout) as { articles: Array<{ file: string }> };
    const files = json.articles.map((a) => path.basename(a.file)).sort();
    assert.deepEqual(files, [...Object.keys(BAD), 'huge.md', 'one-line.txt', 'other.md'].sort());
  });

  it('extract of a binary file named on the command line is a clear usage error (exit 2)', () => {
    const r = cli(['extract', path.join(dir, 'image.txt')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /binary file/);
  });

  for (const name of ['empty.md', 'only-quotes.txt', 'rtl.txt', 'emoji.md', 'one-line.txt', 'huge.md']) {
    it(`extract --json ${name} gives valid JSON with valid spans`, () => {
      const r = cli(['extract', path.join(dir, name), '--json']);
      assert.equal(r.status, 0, r.stderr);
      const json = JSON.parse(r.stdout);
      const text = decodeArticle(fs.readFileSync(path.join(dir, name))) as { ok: true; text: string };
      assertAnalysisSpans(text.text, { published: { date: json.published, from: json.publishedFrom }, quotes: json.quotes, dates: json.dates, claims: json.claims.map((c: { numberMentions: unknown[] }) => ({ ...c, numbers: c.numberMentions })), problems: json.problems });
      // The contract's claim numbers are the values as strings.
      for (const c of json.claims) assert.deepEqual(c.numbers, c.numberMentions.map((n: { value: string }) => n.value));
    });
  }
});
