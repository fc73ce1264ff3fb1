import assert from 'node:assert/strict';
import { findDates, findPublicationDate } from '../../../server/src/analysis/dates';

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

const PIECES = ['on', 'Thursday', ' ', ',', '.', 'last', 'week', '2015', '11', '/', '-', ':', 'a.m.', 'Nov', 'the', 'next', 'day', '\n\n',
  '😀', '\ud83d', 'é', '"', "'", 's', '90', 'minute', 'ago', 'every', 'early', 'of', 'May', 'ninety', 'fiscal', 'quarter', '\u00a0', '---'];

describe('dates: robustness', () => {
  it('never throws and keeps spans inside the text, on surrogate boundaries', () => {
    const rnd = random(7);
    for (let n = 0; n < 400; n++) {
      let text = '';
      const len = Math.floor(rnd() * 40);
      for (let k = 0; k < len; k++) text += PIECES[Math.floor(rnd() * PIECES.length)] + (rnd() < 0.6 ? ' ' : '');
      for (const published of [null, '2015-11-26', 'garbage']) {
        const ds = findDates(text, published);
        for (const d of ds) {
          assert.ok(d.start >= 0 && d.end <= text.length && d.start < d.end, JSON.stringify({ text, d }));
          assert.equal(text.slice(d.start, d.end), d.text);
          const lo = text.charCodeAt(d.start);
          assert.ok(!(lo >= 0xdc00 && lo <= 0xdfff), 'span starts inside a surrogate pair');
          const hi = text.charCodeAt(d.end - 1);
          assert.ok(!(hi >= 0xd800 && hi <= 0xdbff && d.end < text.length), 'span ends inside a surrogate pair');
        }
      }
      findPublicationDate(text);
    }
  });
  it('survives odd inputs', () => {
    assert.deepEqual(findDates('', '2015-11-26'), []);
    assert.deepEqual(findDates(undefined as unknown as string, null), []);
    assert.equal(findPublicationDate(null as unknown as string).date, null);
  });
  it('skips front matter', () => {
    const text = '---\ndate: 2015-11-26\ntitle: Talks on Monday\n---\nTalks were held on Monday.';
    const ds = findDates(text, '2015-11-26');
    assert.equal(ds.length, 1);
    assert.equal(ds[0].start, text.lastIndexOf('Monday'));
  });
  it('is deterministic and roughly linear on a 1 MB line', () => {
    const unit = 'Germany on Wednesday said it would send 650 soldiers to Mali by early next week, 90-minute talks ';
    const line = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const time = (text: string): number => {
      const t0 = process.hrtime.bigint();
      findDates(text, '2015-11-26');
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    time(line.slice(0, 100_000));
    const small = Math.min(time(line.slice(0, 100_000)), time(line.slice(0, 100_000)));
    const big = time(line);
    // Ten times the text may take at most ~30 times as long (linear, with room for a loaded machine), and never minutes.
    assert.ok(big < 30 * small + 1000 && big < 20_000, `100 kB: ${small} ms, 1 MB: ${big} ms`);
    assert.equal(findDates(line, '2015-11-26')[0].value, '2015-11-25');
    assert.deepEqual(findDates(line.slice(0, 5000), '2015-11-26'), findDates(line.slice(0, 5000), '2015-11-26'));
    const digits = '1/'.repeat(300_000) + '---'.repeat(100_000) + "'".repeat(100_000);
    assert.ok(time(digits) < 20_000);
  });
});
