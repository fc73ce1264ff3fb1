// Finding the same quotation in other articles: exact, fragment, reworded, or only a possible match.

import type { Corpus } from '../corpus';
import { quoteKeys } from '../corpus/keys';
import { containsRun, WordProfile } from './similarity';

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

/**
 * What a match read of the corpus besides the item itself (filled when asked for): the cap, the keys looked up with
 * how many articles held each, and every article that held one of them (under the cap). While the cap and those
 * counts are the same and none of those articles was replaced, the key's holders are the same and so is the result.
 */
export interface MatchDeps {
  cap: number;
  keys: string[];
  counts: number[];
  articles: string[];
}

export function matchQuote(corpus: Corpus, id: string, index: number, options: QuoteMatchOptions, deps?: MatchDeps): QuoteMatch[] {
  const words = corpus.get(id)?.quoteWords[index];
  if (!words?.length) return [];
  // Shared shingles per candidate (article → item → count); no key strings are built per posting.
  const hits = new Map<string, Map<number, number>>();
  let size = 0;
  const cap = corpus.commonCap();
  const keys = quoteKeys(words);
  if (deps) {
    deps.cap = cap;
    deps.keys = keys;
    deps.counts = keys.map((k) => corpus.quotes.articleCount(k));
  }
  for (const key of keys) {
    for (const p of corpus.quotes.lookup(key, id, cap)) {
      let items = hits.get(p.article);
      if (!items) hits.set(p.article, (items = new Map()));
      const n = items.get(p.item);
      if (n === undefined) size++;
      items.set(p.item, (n ?? 0) + 1);
    }
  }
  if (deps) deps.articles = [...hits.keys()];
  const all: Array<{ article: string; item: number; count: number }> = [];
  for (const [article, items] of hits) for (const [item, count] of items) all.push({ article, item, count });
  // Compare in full only the candidates sharing the most shingles: a quote repeated across a huge corpus stays bounded.
  // (Ties go by article, then by the item's decimal text; the order of the candidates does not change the sorted result.)
  const candidates = size <= CANDIDATES ? all : all.sort((a, b) => b.count - a.count || (a.article < b.article ? -1 : a.article > b.article ? 1 : String(a.item) < String(b.item) ? -1 : 1)).slice(0, CANDIDATES);
  const out: QuoteMatch[] = [];
  // Our words' positions, made once for every candidate.
  const profile = candidates.length ? new WordProfile(words) : undefined;
  for (const { article, item } of candidates) {
    const other = corpus.get(article)?.quoteWords[item];
    if (!other?.length) continue;
    const m = compareQuotes(words, other, options, profile);
    if (m) out.push({ article, item, kind: m.kind, similarity: m.similarity });
  }
  return out.sort((a, b) => rank(b) - rank(a) || (a.article < b.article ? -1 : a.article > b.article ? 1 : a.item - b.item));
}

/** `profile`: a WordProfile of `a`, when the caller compares `a` with many lists. */
export function compareQuotes(a: string[], b: string[], options: QuoteMatchOptions, profile?: WordProfile): { kind: QuoteMatchKind; similarity: number } | null {
  const total = a.length + b.length;
  if (a.length === b.length && sameList(a, b)) return { kind: 'exact', similarity: 1 };
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  // A contiguous run is its own longest common subsequence: no O(n·m) table needed for the commonest match.
  if (shorter.length >= 3 && containsRun(longer, shorter)) return { kind: 'fragment', similarity: (2 * shorter.length) / total };
  const ours = profile ?? new WordProfile(a);
  const lcs = ours.lcs(b);
  const similarity = (2 * lcs) / total;
  if (similarity >= options.similarityThreshold && Math.min(a.length, b.length) >= 3) return { kind: 'differs', similarity };
  // A common run is a common subsequence: when even the longest subsequence is too short, so is every run.
  if (lcs >= LONG_RUN && lcs * 2 >= shorter.length) {
    const run = ours.longestRun(b);
    if (run >= LONG_RUN && run * 2 >= shorter.length) return { kind: 'fragment', similarity };
  }
  if (similarity >= 0.5 && shorter.length >= 4) return { kind: 'possible', similarity };
  return null;
}

function sameList(a: string[], b: string[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function rank(m: QuoteMatch): number {
  return { exact: 3, fragment: 2, differs: 1, possible: 0 }[m.kind] + m.similarity / 10;
}
