// The corpus: every article of the workspace, analysed once per content, with inverted indexes over quotes, claims and wire fingerprints.

import { analyzeArticle } from '../article';
import { contentHash } from '../text/hash';
import type { AnalysisOptions, ArticleAnalysis } from '../types';
import { compactAnalysis, intern } from './compact';
import { claimKeys, minhash, minhashBands, quoteKeys, quoteWords } from './keys';
import { Postings } from './postings';

export interface CorpusArticle {
  id: string;
  text: string;
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

/** The most articles a key may be held by and still be looked up (see commonCap). */
const MAX_COMMON = 200;

export class Corpus {
  // Quote and claim keys held by more articles than any lookup's cap keep only their count (see Postings).
  readonly quotes = new Postings(MAX_COMMON + 1, (id) => this.articles.get(id)?.quoteWords.map(quoteKeys));
  readonly claims = new Postings(MAX_COMMON + 1, (id) => this.articles.get(id)?.analysis.claims.map(claimKeys));
  readonly wire = new Postings();
  private readonly articles = new Map<string, CorpusArticle>();
  /** Bumped on every change, so derived caches (inferred dates, judgements) know when to recompute. */
  version = 0;

  constructor(private readonly cache?: AnalysisCache) {}

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
    compactAnalysis(analysis, text);
    this.put({ id, text, hash, options, analysis, quoteWords: [], signature: made.signature ?? EMPTY_SIGNATURE });
  }

  /** Replace an article's analysis (e.g. after a publication date was inferred from other sources). */
  replaceAnalysis(id: string, analysis: ArticleAnalysis): void {
    const article = this.articles.get(id);
    if (article) this.put({ ...article, analysis });
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
    this.put({ ...article, id: to });
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
  private put(article: CorpusArticle): void {
    const quoteWordLists = article.analysis.quotes.map((q) => quoteWords(q).map(intern));
    const signature = article.signature.length ? article.signature : minhash(article.text);
    const full: CorpusArticle = { ...article, quoteWords: quoteWordLists, signature };
    this.articles.set(article.id, full);
    this.quotes.set(article.id, quoteWordLists.map(quoteKeys));
    this.claims.set(article.id, article.analysis.claims.map(claimKeys));
    this.wire.set(article.id, [minhashBands(signature)]);
    this.version++;
  }
}
