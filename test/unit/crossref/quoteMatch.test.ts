import assert from 'node:assert/strict';
import { compareQuotes, type QuoteMatchKind } from '../../../server/src/analysis/crossref/quoteMatch';
import { containsRun, WordProfile } from '../../../server/src/analysis/crossref/similarity';
import { lcsLength, longestCommonRun } from './tables';

/** compareQuotes as first written, every measure computed in full (the reference for its shortcuts). */
function reference(a: string[], b: string[], threshold: number): { kind: QuoteMatchKind; similarity: number } | null {
  const total = a.length + b.length;
  if (a.length === b.length && a.every((w, i) => w === b[i])) return { kind: 'exact', similarity: 1 };
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  if (shorter.length >= 3 && containsRun(longer, shorter)) return { kind: 'fragment', similarity: (2 * shorter.length) / total };
  const similarity = (2 * lcsLength(a, b)) / total;
  if (similarity >= threshold && Math.min(a.length, b.length) >= 3) return { kind: 'differs', similarity };
  const run = longestCommonRun(a, b);
  if (run >= 8 && run * 2 >= shorter.length) return { kind: 'fragment', similarity };
  if (similarity >= 0.5 && shorter.length >= 4) return { kind: 'possible', similarity };
  return null;
}

describe('comparing two quotations word by word', () => {
  it('gives what the full computation gives, on random wordings that share runs', () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const vocabulary = ['we', 'will', 'not', 'back', 'down', 'the', 'people', 'deserve', 'answers', 'now', 'and', 'today'];
    const wording = (): string[] => Array.from({ length: 1 + rand(30) }, () => vocabulary[rand(vocabulary.length)]);
    for (let i = 0; i < 5000; i++) {
      const a = wording();
      // Half the time b reuses a long stretch of a, so fragments and rewordings occur.
      const from = rand(a.length);
      const b = rand(2) ? [...wording().slice(0, rand(6)), ...a.slice(from, from + 4 + rand(20)), ...wording().slice(0, rand(6))] : wording();
      for (const threshold of [0.8, 0.6]) assert.deepEqual(compareQuotes(a, b, { similarityThreshold: threshold }), reference(a, b, threshold), `${a.join(' ')} | ${b.join(' ')}`);
    }
  });
});

describe('word profiles (bit-parallel subsequence, sparse runs)', () => {
  it('give the tables’ longest common subsequence and longest run, across one and several 32-bit blocks', () => {
    let seed = 11;
    const rand = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const vocabulary = ['we', 'will', 'not', 'back', 'down', 'the', 'people', 'deserve', 'answers', 'now', 'and', 'today', 'bridge'];
    const wording = (max: number, letters: number): string[] => Array.from({ length: rand(max + 1) }, () => vocabulary[rand(letters)]);
    for (let i = 0; i < 4000; i++) {
      // Lengths around the block edges (31, 32, 33, 64, 65) and small vocabularies, so words repeat a lot.
      const max = [5, 31, 32, 33, 40, 64, 65, 100][i % 8];
      const letters = 2 + rand(vocabulary.length - 1);
      const a = wording(max, letters);
      const from = rand(a.length + 1);
      const b = rand(2) ? [...wording(6, letters), ...a.slice(from, from + rand(70)), ...wording(6, letters)] : wording(max, letters);
      const profile = new WordProfile(a);
      // Twice with the same profile: its scratch must not carry over from one comparison to the next.
      for (let k = 0; k < 2; k++) {
        assert.equal(profile.lcs(b), lcsLength(a, b), `lcs ${a.join(' ')} | ${b.join(' ')}`);
        assert.equal(profile.longestRun(b), longestCommonRun(a, b), `run ${a.join(' ')} | ${b.join(' ')}`);
      }
      assert.equal(profile.longestRun(a), a.length);
    }
  });
});
