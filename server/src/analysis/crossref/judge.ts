// Verdicts: one finding per quote and claim of an article, from its matches in the other articles of the corpus.

import { diffWords } from 'diff';
import type { Corpus, CorpusArticle } from '../corpus';
import { sameSpeaker } from '../quotes';
import type { ArticleAnalysis, Finding, RelatedSpan, Span, WordDiffPart } from '../types';
import { CONFLICT_EVENTS, CONFLICT_STRENGTH, matchClaim, type ClaimMatch } from './claimMatch';
import { inferPublication } from './inferDate';
import { listLabels, sourceLabel } from './label';
import { matchQuote, type MatchDeps, type QuoteMatch } from './quoteMatch';
import { wireCopies } from './wire';
import { boundedMemo } from '../text/memo';
import { parseIsoDay } from '../dates/calendar';

export interface JudgeOptions {
  /** 0..1 word similarity at or above which a reworded quotation is the same quote ("wording-differs"). */
  similarityThreshold: number;
}

export const DEFAULT_JUDGE_OPTIONS: JudgeOptions = { similarityThreshold: 0.8 };

/**
 * Quotes shorter than this many words ("Face the Nation", "don't ask, don't tell", "rubbish") are names, slogans or
 * scare quotes as often as speech: they are linked only when both sides name the same speaker.
 */
const SHORT_QUOTE = 5;

/**
 * Articles published this many days apart or more do not report the same event: between them only the same full
 * quotation is linked (a quote repeated years later), not a fragment or a reworded one, which is then a stock phrase
 * ("I am a candidate for president") rather than the same words reported twice.
 */
const DISTANT_DAYS = 365;

/** One item's finding with what it was made from (see MatchDeps): `articles` as ids and the stamps they had then. */
interface ItemMemo {
  finding: Finding;
  cap: number;
  keys: string[];
  counts: number[];
  articles: string[];
  stamps: number[];
}

/**
 * A number per article version (the corpus makes a new object for every change): memos compare these instead of
 * holding old versions, which could then never be collected.
 */
const stamps = new WeakMap<CorpusArticle, number>();
let nextStamp = 1;
function stampOf(article: CorpusArticle | undefined): number {
  if (!article) return 0;
  let s = stamps.get(article);
  if (s === undefined) stamps.set(article, (s = nextStamp++));
  return s;
}

/** The findings of an article's items, valid for this version of the article, its judged analysis and wire copies. */
interface ArticleMemo {
  article: number;
  analysis: ArticleAnalysis;
  wire: string;
  /** False for a memo made for one judgement only (nothing is remembered in it). */
  kept?: false;
  quotes: Array<ItemMemo | undefined>;
  claims: Array<ItemMemo | undefined>;
  /**
   * The previous version's memo, when only the text changed (same wire copies, same publication date, dates of its
   * own): an item whose content is unchanged takes its finding from there, with its new offsets and index.
   */
  previous?: ArticleMemo;
  /** The previous version's remembered items by their own content (made on first use). */
  byContent?: { quotes: Map<string, ItemMemo>; claims: Map<string, ItemMemo> };
}

/**
 * How many articles' item findings are kept (most recently judged): re-judging the neighbours of an edited article
 * again and again, most of their items matched nothing that changed.
 */
const MEMO_ARTICLES = 64;

export class CrossReferencer {
  private inferred = new Map<string, ArticleAnalysis | null>();
  private inferredAt = -1;
  private readonly memos = new Map<string, ArticleMemo>();
  /** Items judged, and of them answered from the memo, some from the article's previous version (tests, profiling). */
  readonly counts = { items: 0, remembered: 0, carried: 0 };

  constructor(
    readonly corpus: Corpus,
    private readonly options: JudgeOptions = DEFAULT_JUDGE_OPTIONS,
  ) {}

  /** The analysis findings are judged on: the article's own, or re-dated from other sources when it had no date. */
  analysis(id: string): ArticleAnalysis | undefined {
    const article = this.corpus.get(id);
    if (!article) return undefined;
    if (article.analysis.published.date) return article.analysis;
    if (this.inferredAt !== this.corpus.version) {
      this.inferred.clear();
      this.inferredAt = this.corpus.version;
    }
    if (!this.inferred.has(id)) this.inferred.set(id, inferPublication(this.corpus, id));
    return this.inferred.get(id) ?? article.analysis;
  }

  /**
   * The article's findings. `remember`: keep its items' findings for the next time it is judged (the default); a pass
   * that judges every article once (indexing, a command-line check) says false, which spares it the memo's upkeep
   * and its churn through the old generation (about a tenth of the pass's CPU, a fifth of its garbage collection).
   */
  judge(id: string, remember = true): Finding[] {
    const article = this.corpus.get(id);
    const analysis = this.analysis(id);
    if (!article || !analysis) return [];
    const copies = wireCopies(this.corpus, id);
    const wire = new Set(copies);
    const memo: ArticleMemo = remember ? this.memoOf(id, article, analysis, copies.join('\u0000')) : { article: 0, analysis, wire: '', quotes: [], claims: [], kept: false };
    const cap = this.corpus.commonCap();
    const findings: Finding[] = [];
    analysis.quotes.forEach((quote, i) => findings.push(this.remembered(memo, 'quotes', i, quote, quoteContent, cap, (deps) => this.judgeQuote(id, analysis, i, wire, deps))));
    analysis.claims.forEach((claim, i) => {
      if (claim.date != null || claim.numbers.length) findings.push(this.remembered(memo, 'claims', i, claim, claimContent, cap, (deps) => this.judgeClaim(id, analysis, i, wire, deps)));
    });
    return findings.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** The article's memo when it is for this version (else a new one), as the most recently used. */
  private memoOf(id: string, article: CorpusArticle, analysis: ArticleAnalysis, wire: string): ArticleMemo {
    const old = this.memos.get(id);
    this.memos.delete(id);
    const stamp = stampOf(article);
    let memo = old;
    if (!memo || memo.article !== stamp || memo.analysis !== analysis || memo.wire !== wire) {
      memo = { article: stamp, analysis, wire, quotes: [], claims: [] };
      // An edit: the unchanged items of the previous version may keep their findings (an undated article's analysis
      // is re-dated from other articles, so only a dated one's).
      if (old && old.article !== stamp && old.wire === wire && analysis === article.analysis && analysis.published.date && publishedKey(old.analysis) === publishedKey(analysis)) {
        memo.previous = old;
        // Only the last version is kept.
        old.previous = undefined;
        old.byContent = undefined;
      }
    }
    this.memos.set(id, memo);
    if (this.memos.size > MEMO_ARTICLES) this.memos.delete(this.memos.keys().next().value!);
    return memo;
  }

  /**
   * An item's finding from the memo while what it was made from is unchanged, else judged again (and remembered).
   * `own` is the content of our item that its finding reads, for reuse across versions of the article.
   */
  private remembered(
    memo: ArticleMemo,
    kind: 'quotes' | 'claims',
    i: number,
    span: Span,
    own: (analysis: ArticleAnalysis, i: number) => string,
    cap: number,
    judge: (deps: MatchDeps & { uncacheable?: boolean }) => Finding,
  ): Finding {
    const items = memo[kind];
    const postings = this.corpus[kind];
    const known = items[i];
    this.counts.items++;
    if (known && known.cap === cap && this.unchanged(known, postings)) {
      this.counts.remembered++;
      return known.finding;
    }
    if (!known && memo.previous) {
      const before = this.previousItems(memo)[kind].get(own(memo.analysis, i));
      if (before && before.cap === cap && this.unchanged(before, postings)) {
        this.counts.remembered++;
        this.counts.carried++;
        const finding = { ...before.finding, index: i, start: span.start, end: span.end };
        items[i] = { ...before, finding };
        return finding;
      }
    }
    const deps: MatchDeps & { uncacheable?: boolean } = { cap, keys: [], counts: [], articles: [] };
    const finding = judge(deps);
    if (memo.kept === false) return finding;
    items[i] = deps.uncacheable ? undefined : { finding, cap: deps.cap, keys: deps.keys, counts: deps.counts, articles: deps.articles, stamps: deps.articles.map((a) => stampOf(this.corpus.get(a))) };
    return finding;
  }

  /** The previous version's remembered items by their own content (made once per version, on first use). */
  private previousItems(memo: ArticleMemo): { quotes: Map<string, ItemMemo>; claims: Map<string, ItemMemo> } {
    if (memo.byContent) return memo.byContent;
    const previous = memo.previous!;
    const byContent = { quotes: new Map<string, ItemMemo>(), claims: new Map<string, ItemMemo>() };
    previous.quotes.forEach((m, i) => m && byContent.quotes.set(quoteContent(previous.analysis, i), m));
    previous.claims.forEach((m, i) => m && byContent.claims.set(claimContent(previous.analysis, i), m));
    memo.byContent = byContent;
    return byContent;
  }

  private unchanged(memo: ItemMemo, postings: Corpus['quotes']): boolean {
    for (let k = 0; k < memo.keys.length; k++) if (postings.articleCount(memo.keys[k]) !== memo.counts[k]) return false;
    for (let k = 0; k < memo.articles.length; k++) if (stampOf(this.corpus.get(memo.articles[k])) !== memo.stamps[k]) return false;
    return true;
  }

  private judgeQuote(id: string, analysis: ArticleAnalysis, index: number, wire: Set<string>, deps?: MatchDeps): Finding {
    const quote = analysis.quotes[index];
    const ours = this.corpus.get(id)!.quoteWords[index] ?? [];
    const ourTitle = isTitle(quote.content);
    const matches: Array<QuoteMatch & { speaker: string | null; speakerConfidence: number }> = [];
    let possible: QuoteMatch | undefined;
    const ourDay = publicationDay(analysis);
    for (const m of matchQuote(this.corpus, id, index, this.options, deps)) {
      if (m.kind === 'possible') {
        possible ??= m;
        continue;
      }
      if (m.kind !== 'exact' && Math.abs(ourDay - publicationDay(this.corpus.get(m.article)!.analysis)) >= DISTANT_DAYS) continue;
      const other = this.corpus.get(m.article)!.analysis.quotes[m.item];
      const speaker = other.speaker?.canonical ?? null;
      const short = Math.min(ours.length, this.corpus.get(m.article)!.quoteWords[m.item].length) < SHORT_QUOTE || ourTitle || isTitle(other.content);
      if (short && !(speaker && quote.speaker && sameSpeaker(speaker, quote.speaker.canonical))) continue;
      matches.push({ article: m.article, item: m.item, kind: m.kind, similarity: m.similarity, speaker, speakerConfidence: other.speaker ? other.confidence : 0 });
    }
    const base = { file: id, kind: 'quote' as const, index, start: quote.start, end: quote.end };
    const who = quote.speaker?.canonical;
    if (!matches.length) {
      // Shared content words alone are only a hint for the reader, never corroboration.
      const hint = possible ? ` A looser, possible match in ${sourceLabel(possible.article)} (${Math.round(possible.similarity * 100)}% same words) is not counted.` : '';
      if (!quote.speaker) return { ...base, verdict: 'unattributed', confidence: 0.5, message: `No speaker found for this quote, and no other source has it.${hint}`, related: [] };
      return { ...base, verdict: 'single-source', confidence: 0.7 * quote.confidence, message: `Only this source has this quote (${who}).${hint}`, related: [] };
    }
    const related = dedupeRelated(matches.map((m) => this.related(m.article, 'quote', m.item)));
    // A conflict needs both attributions to be sure; an unsure one is reported as agreement on the wording only.
    const sure = quote.confidence >= SURE_SPEAKER;
    const conflicts = who && sure ? matches.filter((m) => m.speaker && m.speakerConfidence >= SURE_SPEAKER && !sameSpeaker(m.speaker, who)) : [];
    const differs = matches.filter((m) => m.kind === 'differs');
    const agree = matches.filter((m) => m.kind !== 'differs');
    const independent = new Set(agree.map((m) => m.article).filter((a) => !wire.has(a)));
    const wireOnly = agree.filter((m) => wire.has(m.article)).map((m) => m.article);
    const extra: Partial<Finding> = wireOnly.length ? { wireOf: [...new Set(wireOnly)] } : {};
    if (conflicts.length) {
      const names = [...new Set(conflicts.map((m) => `${m.speaker} in ${sourceLabel(m.article)}`))];
      return { ...base, ...extra, verdict: 'speaker-conflict', confidence: 0.8 * quote.confidence, message: `Speaker differs: ${who} here, ${names.join('; ')}.`, related };
    }
    if (differs.length) {
      const best = differs[0];
      const theirs = this.corpus.get(best.article)!.analysis.quotes[best.item];
      const diff = wordDiff(quote.content, theirs.content);
      const changes = describeDiff(diff);
      return {
        ...base,
        ...extra,
        verdict: 'wording-differs',
        confidence: best.similarity,
        message: `Wording differs in ${sourceLabel(best.article)} (${Math.round(best.similarity * 100)}% same words): ${changes}.${agree.length ? ` Same wording in ${listLabels(agree.map((m) => m.article))}.` : ''}`,
        related,
        diff,
      };
    }
    const kinds = agree.map((m) => `${sourceLabel(m.article)}${m.kind === 'fragment' ? ' (in part)' : ''}`);
    const speakerNote = who ? '' : ` No speaker here; ${attributedIn(matches)}`;
    if (!independent.size) {
      return { ...base, ...extra, verdict: 'corroborated', confidence: 0.5, message: `Same wire text as ${listLabels(wireOnly)}: not independent corroboration.${speakerNote}`, related };
    }
    const wireNote = wireOnly.length ? ` (${listLabels(wireOnly)} is the same wire text)` : '';
    return {
      ...base,
      ...extra,
      verdict: 'corroborated',
      confidence: Math.min(0.99, 0.7 + 0.1 * independent.size) * (who ? quote.confidence : 0.8),
      message: `Quote corroborated by ${[...new Set(kinds)].join(', ')}${wireNote}.${speakerNote}`,
      related,
    };
  }

  private judgeClaim(id: string, analysis: ArticleAnalysis, index: number, wire: Set<string>, deps?: MatchDeps & { uncacheable?: boolean }): Finding {
    const claim = analysis.claims[index];
    const matches: ClaimMatch[] = matchClaim(this.corpus, id, index, deps);
    const base = { file: id, kind: 'claim' as const, index, start: claim.start, end: claim.end };
    const date = claim.date != null ? analysis.dates[claim.date] : undefined;
    if (!matches.length) return { ...base, verdict: 'single-source', confidence: 0.6, message: 'No other source reports this claim.', related: [] };
    const related = dedupeRelated(matches.map((m) => this.related(m.article, 'claim', m.item)));
    const dateConflicts = matches.filter((m) => m.date === 'different' && m.strength >= CONFLICT_STRENGTH && m.events >= CONFLICT_EVENTS);
    if (dateConflicts.length && date) {
      const m = dateConflicts[0];
      // Show the other side's date as resolved there, with its inferred publication date when it had none.
      const raw = this.corpus.get(m.article)!.analysis;
      // An undated article's inferred date depends on articles this one never looked at: not remembered.
      if (deps && !raw.published.date) deps.uncacheable = true;
      const inferred = this.analysis(m.article)!;
      const other = inferred.claims.length === raw.claims.length && inferred.claims[m.item]?.date != null ? inferred : raw;
      const theirs = other.dates[other.claims[m.item].date!];
      return { ...base, verdict: 'date-conflict', confidence: m.strength, message: `Date differs: "${date.text}" (${date.value}) here, "${theirs.text}" (${theirs.value}) in ${sourceLabel(m.article)}.`, related };
    }
    const numberConflicts = matches.filter((m) => m.numberConflicts.length && m.strength >= CONFLICT_STRENGTH && m.events >= CONFLICT_EVENTS);
    if (numberConflicts.length) {
      const m = numberConflicts[0];
      const [a, b] = m.numberConflicts[0];
      return { ...base, verdict: 'number-conflict', confidence: m.strength, message: `Number differs${a.unit ? ` (${a.unit})` : ''}: ${a.text} here, ${b.text} in ${sourceLabel(m.article)}.`, related };
    }
    const independent = new Set(matches.map((m) => m.article).filter((a) => !wire.has(a)));
    const wireOnly = [...new Set(matches.map((m) => m.article).filter((a) => wire.has(a)))];
    const dated = analysis.published.from === 'inferred' && date?.relative ? ` Dates resolved with a publication date ${analysis.published.note} (${analysis.published.date}).` : '';
    const extra: Partial<Finding> = wireOnly.length ? { wireOf: wireOnly } : {};
    if (!independent.size) return { ...base, ...extra, verdict: 'corroborated', confidence: 0.5, message: `Same wire text as ${listLabels(wireOnly)}: not independent corroboration.${dated}`, related };
    return {
      ...base,
      ...extra,
      verdict: 'corroborated',
      confidence: Math.max(...matches.map((m) => m.strength)),
      message: `Claim also reported by ${listLabels([...independent])}${date ? `, same date (${date.value})` : ''}.${dated}`,
      related,
    };
  }

  private related(article: string, kind: 'quote' | 'claim', item: number): RelatedSpan {
    const a = this.corpus.get(article)!;
    const span = kind === 'quote' ? a.analysis.quotes[item] : a.analysis.claims[item];
    // The span's own text (the same as slicing the article's text there, which the corpus may keep only encoded).
    return { file: article, start: span.start, end: span.end, text: span.text };
  }
}

/** What a finding reads of the publication date. */
function publishedKey(analysis: ArticleAnalysis): string {
  const p = analysis.published;
  return `${p.date}\u0000${p.from}\u0000${p.note}`;
}

/** What a quote's finding reads of the quote itself, offsets aside (its words are those of its content). */
function quoteContent(analysis: ArticleAnalysis, i: number): string {
  const q = analysis.quotes[i];
  return `${q.speaker ? q.speaker.canonical : '\u0001'}\u0000${q.confidence}\u0000${q.content}`;
}

/** What a claim's finding reads of the claim itself, offsets aside: actors, event words, numbers, its date as resolved. */
function claimContent(analysis: ArticleAnalysis, i: number): string {
  const c = analysis.claims[i];
  const d = c.date != null ? analysis.dates[c.date] : undefined;
  const date = d ? `${d.text}\u0001${d.type}\u0001${d.value}\u0001${d.mod}\u0001${d.relative}\u0001${d.weekday}` : '\u0001';
  let numbers = '';
  for (const n of c.numbers) numbers += `${n.value}\u0001${n.unit}\u0001${n.text}\u0002`;
  return `${date}\u0000${numbers}\u0000${c.actors.join('\u0001')}\u0000${c.eventWords.join('\u0001')}`;
}

/** The publication date as a day number; NaN (never distant) when the article has none. */
function publicationDay(analysis: ArticleAnalysis): number {
  return parseIsoDay(analysis.published.date) ?? NaN;
}

/** Attribution confidence both sides need before a different speaker is reported as a conflict. */
const SURE_SPEAKER = 0.6;

/**
 * A show, book or programme title ("On the Record with Greta Van Susteren"): mostly capitalised words, no sentence.
 * Memoised: the same quotes are compared again on every judgement of every article that has them.
 */
const isTitle = boundedMemo(computeIsTitle, 20_000);

function computeIsTitle(content: string): boolean {
  const words = content.match(/[\p{L}\p{N}'’]+/gu) ?? [];
  if (!words.length || words.length > 9) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalised / words.length >= 0.6;
}

function attributedIn(matches: Array<QuoteMatch & { speaker: string | null }>): string {
  const named = matches.filter((m) => m.speaker);
  if (!named.length) return 'no source names a speaker.';
  return `${sourceLabel(named[0].article)} attributes it to ${named[0].speaker}.`;
}

function dedupeRelated(related: RelatedSpan[]): RelatedSpan[] {
  const seen = new Set<string>();
  return related.filter((r) => {
    const k = `${r.file}\u0000${r.start}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function wordDiff(ours: string, theirs: string): WordDiffPart[] {
  return diffWords(ours, theirs, { ignoreCase: true }).map((p) => ({ value: p.value, ...(p.added ? { added: true } : {}), ...(p.removed ? { removed: true } : {}) }));
}

function describeDiff(diff: WordDiffPart[]): string {
  const parts: string[] = [];
  for (let i = 0; i < diff.length && parts.length < 3; i++) {
    const p = diff[i];
    if (p.removed && diff[i + 1]?.added) {
      parts.push(`"${p.value.trim()}" → "${diff[i + 1].value.trim()}"`);
      i++;
    } else if (p.removed) parts.push(`"${p.value.trim()}" missing there`);
    else if (p.added) parts.push(`"${p.value.trim()}" added there`);
  }
  return parts.join(', ') || 'punctuation only';
}

