// Lookup keys of an article's quotes and claims for the inverted index: word shingles, rare content words, MinHash bands.

import { foldQuoteMarks, forEachWord, words } from '../text/normalize';
import type { Claim, Quote } from '../types';

/** Word n-gram length for quote shingles: three words catch fragments without matching idioms alone. */
export const SHINGLE = 3;

export function quoteWords(quote: Quote): string[] {
  // words() never yields an empty word or one with a space: the same as splitting normalizeForMatch at spaces.
  return words(quote.content);
}

/** Shingles of a quote; a quote shorter than a shingle is keyed by its whole wording. */
export function quoteKeys(words: string[]): string[] {
  if (words.length < SHINGLE) return words.length ? ['=' + words.join(' ')] : [];
  const keys = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) keys.add(words.slice(i, i + SHINGLE).join(' '));
  return [...keys];
}

/** Claim keys: actor name tokens and event lemmas, each tagged so the two never collide. */
export function claimKeys(claim: Claim): string[] {
  const keys = new Set<string>();
  for (const actor of claim.actors) for (const t of actor.toLowerCase().split(/\s+/)) if (t.length > 2) keys.add('a:' + t);
  for (const w of claim.eventWords) keys.add('e:' + w);
  return [...keys];
}

const MINHASH_SIZE = 32;
const BAND_ROWS = 4;

/** Per-row salts of the MinHash permutations (`k * 0x9e3779b1` as the int32 that `^` would make of it). */
const SALTS = Int32Array.from({ length: MINHASH_SIZE }, (_, k) => (k * 0x9e3779b1) | 0);

/** MinHash signature over word 5-grams of the whole text: near-identical articles (wire copies) share bands. */
export function minhash(text: string): Uint32Array {
  // Each word is hashed once and a 5-gram's hash mixes its five word hashes: no word or n-gram strings are built.
  const folded = foldQuoteMarks(text).toLowerCase();
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  // The last five word hashes, in a ring.
  const ring = new Uint32Array(5);
  let count = 0;
  forEachWord(folded, (start, end) => {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ folded.charCodeAt(i), 0x01000193);
    ring[count % 5] = h >>> 0;
    count++;
    if (count < 5) return;
    let base = 0x811c9dc5;
    for (let j = count - 5; j < count; j++) base = Math.imul(base ^ ring[j % 5], 0x01000193) >>> 0;
    base = (base ^ (base >>> 16)) >>> 0;
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const h = Math.imul(base ^ SALTS[k], 0x85ebca6b) >>> 0;
      const mixed = (h ^ (h >>> 13)) >>> 0;
      if (mixed < sig[k]) sig[k] = mixed;
    }
  });
  return sig;
}

export function minhashBands(sig: ArrayLike<number>): string[] {
  if (Array.prototype.every.call(sig, (v: number) => v === 0xffffffff)) return [];
  const out: string[] = [];
  for (let b = 0; b < sig.length; b += BAND_ROWS) out.push(`${b}:${Array.prototype.slice.call(sig, b, b + BAND_ROWS).join(',')}`);
  return out;
}

/** Estimated Jaccard similarity of two articles' 5-gram sets. */
export function minhashSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (!a.length || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) same++;
  return same / a.length;
}
