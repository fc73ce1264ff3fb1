import assert from 'node:assert/strict';
import { collapsedPrefix, excerpt } from '../../../server/src/lsp/diagnostics';

/** Diagnostics shorten long spans from a piece of them: the same strings as collapsing the whole span. */
describe('excerpts and finding keys of long spans', () => {
  it('equal collapsing the whole text, for random texts of every length and spacing', () => {
    let seed = 9;
    const rand = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const pieces = ['word', 'a', ' ', '  ', '\n', '\t', '\u00a0', '\u2009 ', '“quoted”', '😀', 'x'.repeat(50), ' '.repeat(300)];
    for (let i = 0; i < 3000; i++) {
      let t = '';
      const target = rand(1500);
      while (t.length < target) t += pieces[rand(pieces.length)];
      const whole = t.replace(/\s+/g, ' ').trim();
      assert.equal(excerpt(t), whole.length > 160 ? whole.slice(0, 157) + '…' : whole);
      const start = rand(t.length + 1);
      const end = start + rand(t.length - start + 1);
      assert.equal(collapsedPrefix(t, start, end, 120), t.slice(start, end).replace(/\s+/g, ' ').slice(0, 120));
    }
  });
});
