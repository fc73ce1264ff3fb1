// `corroborate eval polnear DIR`: scores the quote engine against PolNeAR's direct-quote attributions (BRAT standoff).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuotes } from '../../analysis/quotes';
import type { Quote, Span } from '../../analysis/types';

export interface GoldQuote {
  content: Span[];
  contentText: string;
  source: Span[] | null;
  sourceText: string;
}

export interface PolnearResult {
  report: string;
  /** Precision over direct-quote candidates: every quotation except unattributed, cue-less fragments (scare quotes, titles). */
  quoteP: number;
  /** Precision over every quotation the engine returns, fragments and titles included. */
  quoteAllP: number;
  quoteR: number;
  quoteF1: number;
  speakerAcc: number;
}

/** Double quotation marks ('' in some archives, and an opening single one) make an attribution a direct quote; ’ alone is an apostrophe. */
const QUOTE_MARK = /["\u201c\u201d\u201e\u00ab\u00bb\u2018]|''/;

interface BratSpan {
  label: string;
  spans: Span[];
  text: string;
}

/** Parse BRAT standoff: text-bound annotations (discontinuous spans allowed) and attribution events. */
export function parseBrat(ann: string): { spans: Map<string, BratSpan>; events: Map<string, string>[] } {
  const spans = new Map<string, BratSpan>();
  const events: Map<string, string>[] = [];
  for (const line of ann.split(/\r?\n/)) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0]) && cols[1]) {
      const sp = cols[1].indexOf(' ');
      if (sp < 0) continue;
      const label = cols[1].slice(0, sp);
      const ranges = cols[1].slice(sp + 1).split(';').map((r) => r.trim().split(/\s+/).map(Number));
      if (ranges.some((r) => r.length !== 2 || r.some((n) => !Number.isFinite(n)))) continue;
      spans.set(cols[0], { label, spans: ranges.map(([start, end]) => ({ start, end })), text: cols[2] ?? '' });
    } else if (/^E\d+$/.test(cols[0]) && cols[1]) {
      const roles = new Map<string, string>();
      for (const part of cols[1].trim().split(/\s+/)) {
        const [role, id] = part.split(':');
        if (role && id && !roles.has(role)) roles.set(role, id);
      }
      events.push(roles);
    }
  }
  return { spans, events };
}

/** The direct-quote attributions of one annotation file (Content holding a quotation mark). */
export function goldQuotes(ann: string): GoldQuote[] {
  const { spans, events } = parseBrat(ann);
  const out: GoldQuote[] = [];
  for (const ev of events) {
    const content = spans.get(ev.get('Content') ?? '');
    if (!content || !QUOTE_MARK.test(content.text)) continue;
    const source = spans.get(ev.get('Source') ?? '');
    out.push({ content: content.spans, contentText: content.text, source: source ? source.spans : null, sourceText: source?.text ?? '' });
  }
  return out;
}

function overlaps(a: readonly Span[], b: readonly Span[]): boolean {
  return a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
}

function overlapSize(a: readonly Span[], b: readonly Span[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

const NAME_STOP = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'his', 'her', 'their', 'its', 'said', 'mr', 'mrs', 'ms', 'dr', 'president', 'senator', 'sen', 'rep', 'gov']);

function nameTokens(s: string): Set<string> {
  const words = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['\u2019]s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => w.length > 1 && !NAME_STOP.has(w)));
}

/** Speaker right: the predicted mention overlaps the gold Source, or the canonical name shares a name token with it. */
export function speakerMatches(q: Quote, g: GoldQuote): boolean {
  if (!q.speaker || !g.source) return false;
  if (overlaps([q.speaker], g.source)) return true;
  const gold = nameTokens(g.sourceText);
  for (const w of nameTokens(q.speaker.canonical)) if (gold.has(w)) return true;
  return false;
}

export interface ArticleScore {
  file: string;
  predicted: number;
  predictedMatched: number;
  /**
   * Direct-quote candidates: every prediction except a fragment with no cue and no speaker (a scare quote or a
   * title such as "Morning Joe"). PolNeAR annotates attributions, not every pair of quotation marks, so such
   * fragments have no gold counterpart by definition; the engine still returns them (marked `fragment`).
   */
  claimed: number;
  claimedMatched: number;
  gold: number;
  goldMatched: number;
  speakerRight: number;
  speakerTotal: number;
  errors: string[];
}

/** Score one article's predictions against its gold direct quotes. */
export function scoreArticle(file: string, text: string, gold: readonly GoldQuote[], withContext = false): ArticleScore {
  const quotes = findQuotes(text).quotes;
  const s: ArticleScore = { file, predicted: quotes.length, predictedMatched: 0, claimed: 0, claimedMatched: 0, gold: gold.length, goldMatched: 0, speakerRight: 0, speakerTotal: 0, errors: [] };
  for (const q of quotes) {
    const claimed = !(q.fragment && !q.speaker && !q.cue);
    if (claimed) s.claimed++;
    if (gold.some((g) => overlaps([q], g.content))) {
      s.predictedMatched++;
      if (claimed) s.claimedMatched++;
    } else s.errors.push(`${claimed ? 'FP ' : 'fp '} ${clip(q.text)}`);
  }
  // recall over the same direct-quote candidates as precision, so leaving fragments out can't flatter the score;
  // speakers over every quotation, so a gold quote found only as an unattributed fragment still counts as a speaker miss
  const candidates = quotes.filter((q) => !(q.fragment && !q.speaker && !q.cue));
  for (const g of gold) {
    let best: Quote | null = null;
    let bestOverlap = 0;
    for (const q of quotes) {
      const n = overlapSize([q], g.content);
      if (n > bestOverlap) { best = q; bestOverlap = n; }
    }
    if (!best) {
      s.errors.push(`FN  ${clip(g.contentText)}`);
      continue;
    }
    if (candidates.some((q) => overlaps([q], g.content))) s.goldMatched++;
    else s.errors.push(`FN  ${clip(g.contentText)} (found only as an unattributed fragment)`);
    if (!g.source) continue; // no Source annotated: nothing to check the speaker against
    s.speakerTotal++;
    if (speakerMatches(best, g)) s.speakerRight++;
    else {
      s.errors.push(`SPK gold=${JSON.stringify(g.sourceText)} got=${best.speaker ? JSON.stringify(`${best.speaker.name} → ${best.speaker.canonical}`) : 'none'}  ${clip(best.text)}`);
      if (withContext) s.errors.push(`    ${errorContext(text, best, g)}`);
    }
  }
  return s;
}

/** The text around a speaker error: gold source in [[…]], predicted mention in {{…}}, the quotation in <Q>…</Q> (long quotes cut). */
function errorContext(text: string, q: Quote, g: GoldQuote): string {
  const marks: [number, string][] = [[q.start, '<Q>'], [q.end, '</Q>']];
  for (const sp of g.source ?? []) marks.push([sp.start, '[['], [sp.end, ']]']);
  if (q.speaker) marks.push([q.speaker.start, '{{'], [q.speaker.end, '}}']);
  const lo = Math.max(0, Math.min(...marks.map((m) => m[0])) - 120);
  const hi = Math.min(text.length, Math.max(...marks.map((m) => m[0])) + 60);
  marks.sort((a, b) => b[0] - a[0]);
  let out = text.slice(lo, hi);
  for (const [at, m] of marks) out = out.slice(0, at - lo) + m + out.slice(at - lo);
  out = out.replace(/\s*\n\s*/g, ' ¶ ');
  return out.length > 700 ? `${out.slice(0, 350)} … ${out.slice(-330)}` : out;
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 90 ? `${one.slice(0, 87)}…` : one;
}

/** Articles annotated twice keep their first annotation file (sorted by name), so each article counts once. */
export function annotationFiles(dir: string): { text: string; ann: string; file: string }[] {
  const anns = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const seen = new Set<string>();
  const out: { text: string; ann: string; file: string }[] = [];
  for (const a of anns) {
    const article = a.replace(/_[0-9a-f]+\.ann$/, '');
    if (seen.has(article)) continue;
    seen.add(article);
    out.push({ file: article, ann: join(dir, 'attributions', a), text: join(dir, 'text', `${article}.txt`) });
  }
  return out;
}

/**
 * `verbose` (or the environment variable CORROBORATE_EVAL_ERRORS=1) lists every error (FP, FN, SPK); `context` (or
 * CORROBORATE_EVAL_ERRORS=context) adds the text around each speaker error with the gold source and our mention marked.
 */
export function evalPolnear(dir: string, options: { verbose?: boolean; context?: boolean } = {}): PolnearResult {
  const env = typeof process !== 'undefined' ? process.env.CORROBORATE_EVAL_ERRORS : undefined;
  const context = options.context ?? env === 'context';
  const verbose = options.verbose ?? (context || env === '1');
  const scores: ArticleScore[] = [];
  let chars = 0;
  let ms = 0;
  for (const f of annotationFiles(dir)) {
    let text: string;
    try {
      text = readFileSync(f.text, 'utf8');
    } catch {
      continue;
    }
    const t0 = performance.now();
    const sc = scoreArticle(f.file, text, goldQuotes(readFileSync(f.ann, 'utf8')), context);
    ms += performance.now() - t0;
    chars += text.length;
    scores.push(sc);
  }
  const sum = (k: keyof ArticleScore): number => scores.reduce((n, s) => n + (s[k] as number), 0);
  const quoteP = ratio(sum('claimedMatched'), sum('claimed'));
  const quoteAllP = ratio(sum('predictedMatched'), sum('predicted'));
  const quoteR = ratio(sum('goldMatched'), sum('gold'));
  const quoteF1 = quoteP + quoteR ? (2 * quoteP * quoteR) / (quoteP + quoteR) : 0;
  const speakerAcc = ratio(sum('speakerRight'), sum('speakerTotal'));
  const lines = [
    `PolNeAR direct quotes — ${dir}`,
    `articles ${scores.length}, gold direct quotes ${sum('gold')}, predicted quotes ${sum('predicted')} (direct-quote candidates ${sum('claimed')})`,
    `quote precision ${pct(quoteP)}  recall ${pct(quoteR)}  F1 ${pct(quoteF1)}`,
    `  (precision over direct-quote candidates; unattributed cue-less fragments such as scare quotes and titles are left out.`,
    `   Over every quotation returned: precision ${pct(quoteAllP)}, F1 ${pct(quoteAllP + quoteR ? (2 * quoteAllP * quoteR) / (quoteAllP + quoteR) : 0)})`,
    `speaker accuracy ${pct(speakerAcc)} (${sum('speakerRight')}/${sum('speakerTotal')} matched quotes with a gold source)`,
    `speed ${(chars / 1e6 / Math.max(ms / 1000, 1e-9)).toFixed(2)} MB/s (${chars} chars in ${ms.toFixed(0)} ms, scoring included)`,
  ];
  if (verbose) for (const s of scores) for (const e of s.errors) lines.push(`${s.file}  ${e}`);
  return { report: lines.join('\n'), quoteP, quoteAllP, quoteR, quoteF1, speakerAcc };
}

function ratio(a: number, b: number): number {
  return b ? a / b : 0;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
