// Which other articles' judgements an edit of one article can change: those sharing a key with an item that changed, and wire copies that came or went.

import type { Claim, DateExpression, Quote } from '../types';
import type { Corpus, CorpusArticle } from './index';
import { claimKeys, minhashBands, minhashSimilarity, quoteKeys } from './keys';
import { WIRE_SIMILARITY } from '../crossref/wire';

/**
 * Other articles whose findings may differ now that `before` (the article's previous version) was replaced by the
 * current one, apart from the articles whose findings link to it (their related spans move with any edit: the caller
 * re-judges those too).
 *
 * Another article's judgement reads this one only through: the postings (which keys each item holds, and how many
 * articles hold a key), the content of a matched quote or claim (words, speaker, confidence, resolved date, numbers),
 * the publication date, and the MinHash signature (wire copies). An item whose content is unchanged, with only its
 * offsets moved, changes nothing but those related spans. When the edit changed the publication date or how many
 * quotes or claims there are, every item counts as changed. Unlike the neighbours before and after the edit, this
 * also names the holders of a key that the edit made common enough to be looked up, or too common to be.
 */
export function affectedByEdit(corpus: Corpus, id: string, previous: CorpusArticle | undefined): Set<string> {
  const before = previous ?? NONE;
  const after = corpus.get(id) ?? NONE;
  const a = before.analysis;
  const b = after.analysis;
  const itemwise = !!a.published.date && a.published.date === b.published.date && a.quotes.length === b.quotes.length && a.claims.length === b.claims.length;
  const out = new Set<string>();
  const cap = corpus.commonCap();
  const ownKeys = (keys: string[][]): Set<string> => {
    const s = new Set<string>();
    for (const ks of keys) for (const k of ks) s.add(k);
    return s;
  };
  // Keys of the changed items (old and new versions): every article holding one may have matched the old item or may
  // match the new one, and a key's article count (its weight, and whether it is too common to look up) moves by one.
  const addHolders = (postings: Corpus['quotes'], changed: string[], keysBefore: Set<string>, keysAfter: Set<string>): void => {
    for (const key of changed) {
      const now = postings.articleCount(key);
      const then = now - (keysAfter.has(key) ? 1 : 0) + (keysBefore.has(key) ? 1 : 0);
      // A key held by more articles than the cap both before and after is never looked up: its holders see no change.
      if (Math.min(now, then) > cap) continue;
      for (const h of postings.holders(key)) if (h !== id) out.add(h);
    }
  };

  const changedQuoteKeys: string[] = [];
  const quoteKeysBefore = a.quotes.map((_, i) => quoteKeys(before.quoteWords[i] ?? []));
  const quoteKeysAfter = b.quotes.map((_, i) => quoteKeys(after.quoteWords[i] ?? []));
  for (let i = 0; i < Math.max(a.quotes.length, b.quotes.length); i++) {
    if (itemwise && sameWords(before.quoteWords[i], after.quoteWords[i]) && sameQuote(a.quotes[i], b.quotes[i])) continue;
    changedQuoteKeys.push(...(quoteKeysBefore[i] ?? []), ...(quoteKeysAfter[i] ?? []));
  }
  addHolders(corpus.quotes, changedQuoteKeys, ownKeys(quoteKeysBefore), ownKeys(quoteKeysAfter));

  const changedClaimKeys: string[] = [];
  const claimKeysBefore = a.claims.map(claimKeys);
  const claimKeysAfter = b.claims.map(claimKeys);
  for (let i = 0; i < Math.max(a.claims.length, b.claims.length); i++) {
    if (itemwise && sameClaim(a.claims[i], a.dates, b.claims[i], b.dates)) continue;
    changedClaimKeys.push(...(claimKeysBefore[i] ?? []), ...(claimKeysAfter[i] ?? []));
  }
  addHolders(corpus.claims, changedClaimKeys, ownKeys(claimKeysBefore), ownKeys(claimKeysAfter));

  // Wire copies: an article is another's wire copy when they share a MinHash band and are similar enough.
  const oldBands = minhashBands(before.signature);
  const candidates = new Set(corpus.wire.neighbours(id));
  for (const band of oldBands) for (const p of corpus.wire.lookup(band, id)) candidates.add(p.article);
  const newBands = minhashBands(after.signature);
  for (const other of candidates) {
    const o = corpus.get(other);
    if (!o) continue;
    const theirs = new Set(minhashBands(o.signature));
    const then = oldBands.some((x) => theirs.has(x)) && minhashSimilarity(before.signature, o.signature) >= WIRE_SIMILARITY;
    const now = newBands.some((x) => theirs.has(x)) && minhashSimilarity(after.signature, o.signature) >= WIRE_SIMILARITY;
    if (then !== now) out.add(other);
  }
  return out;
}

type Version = Pick<CorpusArticle, 'analysis' | 'quoteWords' | 'signature'>;

/** An article that is not there (before it was added, after it was removed). */
const NONE: Version = {
  analysis: { published: { date: null, from: null }, quotes: [], dates: [], claims: [], problems: [] },
  quoteWords: [],
  signature: new Uint32Array(0),
};

function sameWords(x: string[] | undefined, y: string[] | undefined): boolean {
  if (!x || !y) return x === y;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

const OFFSETS = new Set(['start', 'end', 'segments']);

/**
 * Whether two values are equal in everything but their offsets (and the key `also`): plain data compared member by
 * member, a missing member the same as an undefined one; no string is built (this runs on every keystroke for every
 * quote and claim of the article).
 */
function sameApartFromOffsets(x: unknown, y: unknown, also = ''): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  if (Array.isArray(x)) {
    const ys = y as unknown[];
    if (x.length !== ys.length) return false;
    for (let i = 0; i < x.length; i++) if (!sameApartFromOffsets(x[i], ys[i], also)) return false;
    return true;
  }
  const xo = x as Record<string, unknown>;
  const yo = y as Record<string, unknown>;
  for (const key in xo) if (!OFFSETS.has(key) && key !== also && !sameApartFromOffsets(xo[key], yo[key], also)) return false;
  for (const key in yo) if (!(key in xo) && !OFFSETS.has(key) && key !== also && yo[key] !== undefined) return false;
  return true;
}

function sameQuote(x: Quote, y: Quote): boolean {
  return x.segments.length === y.segments.length && sameApartFromOffsets(x, y);
}

function sameClaim(x: Claim, xDates: DateExpression[], y: Claim, yDates: DateExpression[]): boolean {
  // The date as resolved, not its index (a date added earlier in the text moves the index, not the claim).
  if ((x.date == null) !== (y.date == null)) return false;
  return sameApartFromOffsets(x, y, 'date') && (x.date == null || sameApartFromOffsets(xDates[x.date], yDates[y.date!]));
}
