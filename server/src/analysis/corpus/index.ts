// The corpus: every article of the workspace, analysed once per content, with inverted indexes over quotes, claims and wire fingerprints.

import { analyzeArticle } from '../article';
import { contentHash } from '../text/hash';
import type { AnalysisOptions, ArticleAnalysis } from '../types';
import { compactAnalysis, intern } from './compact';
import { claimKeys, minhash, minhashBands, quoteKeys, quoteWords } from './keys';
import { Postings } from './postings';
import { holdInMemory, type HeldText } from './text';

export interface CorpusArticle {
  id: string;
  /** Exactly the text it was analysed from (kept outside the heap and decoded when asked for: read it once per use). */
  readonly text: string;
  hash: string;
  options: AnalysisOptions;
  analysis: ArticleAnalysis;
  /** Normalised words of each quote (index-aligned with analysis.quotes). */
  quoteWords: string[][];
  /** MinHash signature of the text (32 unsigned 32-bit values). */
  signature: Uint32Array;
}

/** An article read and hashed, waiting for its analysis (see Corpus.prepare). */
export interface PendingArticle {
  id: string;
  text: string;
  options: AnalysisOptions;
  hash: string;
  cacheKey: string;
  /** From the analysis cache, when it had this content. */
  analysis: ArticleAnalysis | undefined;
}

/** A cache of analyses by content hash + options, so unchanged files are never analysed twice (may be persisted). */
export interface AnalysisCache {
  get(key: string): ArticleAnalysis | undefined;
  set(key: string, analysis: ArticleAnalysis): void;
}

const EMPTY_SIGNATURE = new Uint32Array(0);

/** An article of the corpus; its text is held outside the JS heap (see HeldText). */
class StoredArticle implements CorpusArticle {
  constructor(
    readonly id: string,
    readonly stored: HeldText,
    readonly hash: string,
    readonly options: AnalysisOptions,
    readonly analysis: ArticleAnalysis,
    readonly quoteWords: string[][],
    readonly signature: Uint32Array,
  ) {}

  get text(): string {
    return this.stored.text;
  }
}

/** The most articles a key may be held by and still be looked up (see commonCap). */
const MAX_COMMON = 200;

export class Corpus {
  // Quote and claim keys held by more articles than any lookup's cap keep only their count (see Postings).
  readonly quotes = new Postings(MAX_COMMON + 1, (id) => this.articles.get(id)?.quoteWords.map(quoteKeys));
  readonly claims = new Postings(MAX_COMMON + 1, (id) => this.articles.get(id)?.analysis.claims.map(claimKeys));
  readonly wire = new Postings();
  private readonly articles = new Map<string, StoredArticle>();
  /** Bumped on every change, so derived caches (inferred dates, judgements) know when to recompute. */
  version = 0;

  /**
   * `cache`: analyses by content; `hold`: how texts are kept (by default UTF-8 bytes in memory; the server spills the
   * texts of articles without an editor to a file). A held text must give back exactly the text it was given.
   */
  constructor(
    private readonly cache?: AnalysisCache,
    private readonly hold: (id: string, text: string) => HeldText = (_id, text) => holdInMemory(text),
  ) {}

  get size(): number {
    return this.articles.size;
  }

  get(id: string): CorpusArticle | undefined {
    return this.articles.get(id);
  }

  ids(): IterableIterator<string> {
    return this.articles.keys();
  }

  has(id: string): boolean {
    return this.articles.has(id);
  }

  /** Add or replace an article; returns false when its text and options are unchanged (nothing to do). */
  set(id: string, text: string, options: AnalysisOptions = {}): boolean {
    const pending = this.prepare(id, text, options);
    if (!pending) return false;
    this.commit(pending, pending.analysis ?? analyzeArticle(text, options));
    return true;
  }

  /**
   * The first half of `set`, for an indexer that analyses elsewhere (a worker thread): null when the text and options
   * are unchanged, else what `commit` needs, with the cached analysis when there is one.
   */
  prepare(id: string, text: string, options: AnalysisOptions = {}): PendingArticle | null {
    const hash = contentHash(text);
    const old = this.articles.get(id);
    if (old && old.hash === hash && old.options.published === options.published) return null;
    const cacheKey = `${hash}|${options.published ?? ''}`;
    return { id, text, options, hash, cacheKey, analysis: this.cache?.get(cacheKey) };
  }

  /**
   * The second half of `set`: `analysis` is the cached one or analyzeArticle(text, options) made anywhere; a worker
   * that made it may also pass the text's `signature` (minhash) and say it already `persisted` it to the cache.
   */
  commit(pending: PendingArticle, analysis: ArticleAnalysis, made: { signature?: Uint32Array; persisted?: boolean } = {}): void {
    const { id, text, hash, options, cacheKey } = pending;
    if (analysis !== pending.analysis && !made.persisted) this.cache?.set(cacheKey, analysis);
    compactAnalysis(analysis);
    this.put(id, this.hold(id, text), hash, options, analysis, made.signature ?? EMPTY_SIGNATURE);
  }

  /** Replace an article's analysis (e.g. after a publication date was inferred from other sources). */
  replaceAnalysis(id: string, analysis: ArticleAnalysis): void {
    const article = this.articles.get(id);
    if (article) this.put(id, article.stored, article.hash, article.options, compactAnalysis(analysis), article.signature);
  }

  delete(id: string): boolean {
    if (!this.articles.delete(id)) return false;
    this.quotes.remove(id);
    this.claims.remove(id);
    this.wire.remove(id);
    this.version++;
    return true;
  }

  rename(from: string, to: string): boolean {
    const article = this.articles.get(from);
    if (!article || from === to) return false;
    this.delete(from);
    this.put(to, article.stored, article.hash, article.options, article.analysis, article.signature);
    return true;
  }

  /** Articles that share a quote shingle, a claim key or a wire band with this one. */
  neighbours(id: string): Set<string> {
    const cap = this.commonCap();
    const out = this.quotes.neighbours(id, cap);
    for (const n of this.claims.neighbours(id, cap)) out.add(n);
    for (const n of this.wire.neighbours(id)) out.add(n);
    return out;
  }

  /** Keys held by more articles than this are too common to tell events apart. */
  commonCap(): number {
    // 5% of the corpus, but never more than 200 articles: past that a key tells no event apart in any corpus, and the
    // cost of a lookup must not grow with the size of the workspace.
    return Math.max(50, Math.min(MAX_COMMON, Math.ceil(this.articles.size * 0.05)));
  }

  /** Index an article; its signature is computed here unless it comes along (same text: a new analysis or a new id). */
  private put(id: string, stored: HeldText, hash: string, options: AnalysisOptions, analysis: ArticleAnalysis, signature: Uint32Array): void {
    const quoteWordLists = analysis.quotes.map((q) => quoteWords(q).map(intern));
    if (!signature.length) signature = minhash(stored.text);
    this.articles.set(id, new StoredArticle(id, stored, hash, options, analysis, quoteWordLists, signature));
    this.quotes.set(id, quoteWordLists.map(quoteKeys));
    this.claims.set(id, analysis.claims.map(claimKeys));
    this.wire.set(id, [minhashBands(signature)]);
    this.version++;
  }
}
