// Finding the same quotation in other articles: exact, fragment, reworded, or only a possible match.

import type { Corpus } from '../corpus';
import { quoteKeys } from '../corpus/keys';
import { containsRun, lcsLength, longestCommonRun } from './similarity';

export type QuoteMatchKind = 'exact' | 'fragment' | 'differs' | 'possible';

export interface QuoteMatch {
  article: string;
  item: number;
  kind: QuoteMatchKind;
  /** 0..1 word-sequence similarity (2·LCS / total words). */
  similarity: number;
}

export interface QuoteMatchOptions {
  /** Similarity at or above which two different wordings count as the same quotation reworded. */
  similarityThreshold: number;
}

/** How many candidates from the postings (most shared shingles first) are compared word by word. */
const CANDIDATES = 60;

/** A run of this many shared words, covering at least half of the shorter quotation, makes two quotations overlap. */
const LONG_RUN = 8;

export function matchQuote(corpus: Corpus, id: string, index: number, options: QuoteMatchOptions): QuoteMatch[] {
  const words = corpus.get(id)?.quoteWords[index];
  if (!words?.length) return [];
  const hits = new Map<string, number>();
  const cap = corpus.commonCap();
  for (const key of quoteKeys(words)) {
    for (const p of corpus.quotes.lookup(key, id, cap)) {
      const k = `${p.article}\u0000${p.item}`;
      hits.set(k, (hits.get(k) ?? 0) + 1);
    }
  }
  const out: QuoteMatch[] = [];
  // Compare in full only the candidates sharing the most shingles: a quote repeated across a huge corpus stays bounded.
  const candidates = hits.size <= CANDIDATES ? [...hits.keys()] : [...hits].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CANDIDATES).map(([k]) => k);
  for (const k of candidates) {
    const [article, itemText] = k.split('\u0000');
    const item = Number(itemText);
    const other = corpus.get(article)?.quoteWords[item];
    if (!other?.length) continue;
    const m = compareQuotes(words, other, options);
    if (m) out.push({ article, item, ...m });
  }
  return out.sort((a, b) => rank(b) - rank(a) || (a.article < b.article ? -1 : a.article > b.article ? 1 : a.item - b.item));
}

export function compareQuotes(a: string[], b: string[], options: QuoteMatchOptions): { kind: QuoteMatchKind; similarity: number } | null {
  const total = a.length + b.length;
  if (a.length === b.length && a.every((w, i) => w === b[i])) return { kind: 'exact', similarity: 1 };
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  // A contiguous run is its own longest common subsequence: no O(n·m) table needed for the commonest match.
  if (shorter.length >= 3 && containsRun(longer, shorter)) return { kind: 'fragment', similarity: (2 * shorter.length) / total };
  const similarity = (2 * lcsLength(a, b)) / total;
  if (similarity >= options.similarityThreshold && Math.min(a.length, b.length) >= 3) return { kind: 'differs', similarity };
  const run = longestCommonRun(a, b);
  if (run >= LONG_RUN && run * 2 >= shorter.length) return { kind: 'fragment', similarity };
  if (similarity >= 0.5 && shorter.length >= 4) return { kind: 'possible', similarity };
  return null;
}

function rank(m: QuoteMatch): number {
  return { exact: 3, fragment: 2, differs: 1, possible: 0 }[m.kind] + m.similarity / 10;
}
