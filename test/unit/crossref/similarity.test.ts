import assert from 'node:assert/strict';
import { dice } from '../../../server/src/analysis/crossref/similarity';

/** The Dice coefficient of two sets as first written (the reference for the short-list path). */
function reference(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const set = new Set(b);
  const ours = new Set(a);
  let shared = 0;
  for (const x of ours) if (set.has(x)) shared++;
  return (2 * shared) / (ours.size + set.size);
}

describe('Dice coefficient', () => {
  it('is the sets’ coefficient for lists with repeats, short and long', () => {
    let seed = 13;
    const rand = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const words = ['bridge', 'close', 'mayor', 'vasquez', 'repair', 'week', 'ferry', 'harbour'];
    for (let i = 0; i < 5000; i++) {
      const a = Array.from({ length: rand(i % 2 ? 40 : 12) }, () => words[rand(words.length)]);
      const b = Array.from({ length: rand(i % 3 ? 12 : 40) }, () => words[rand(words.length)]);
      assert.equal(dice(a, b), reference(a, b), `${a} | ${b}`);
    }
  });
});
