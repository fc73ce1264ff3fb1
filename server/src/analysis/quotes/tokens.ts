// Word tokens of a paragraph's narrative (the text around the quotes), each quotation folded into one token.

import type { Span } from '../types';

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token extends Span {
  kind: TokenKind;
  text: string;
  /** Lower-cased text, curly apostrophes folded, trailing period of abbreviations kept. */
  lower: string;
  /** For 'quote' tokens: the index of the quotation in the article's list. */
  quote?: number;
  /** Capitalised word (first letter upper-case). */
  cap: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019.\-&][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const WORD_START = /^[\p{L}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;
/** Place initials that often end a sentence (`Buffalo, N.Y. Mr. Gowdy said`): their period stays a full stop. */
const PLACE_ABBREV = new Set(['n.y', 'd.c', 'n.j', 's.c', 'n.c', 'n.h', 'n.m', 'n.d', 's.d', 'r.i', 'w.va', 'l.a', 'u.s.a', 'u.a.e']);
const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'prof', 'rev', 'st', 'jr', 'sr',
  'adm', 'maj', 'cmdr', 'u.s', 'u.k', 'u.n', 'inc', 'corp', 'co', 'ltd', 'hon', 'pres', 'sens', 'reps', 'supt', 'det', 'insp', 'no']);

/** Tokens of `span`, with each quotation in `quotes` (sorted, inside or overlapping the span) as a single token. */
export function tokenize(text: string, span: Span, quotes: readonly Span[], firstQuote: number): Token[] {
  const out: Token[] = [];
  let qi = firstQuote;
  let pos = span.start;
  while (pos < span.end) {
    while (qi < quotes.length && quotes[qi].end <= pos) qi++;
    const q = qi < quotes.length && quotes[qi].start < span.end ? quotes[qi] : null;
    const stop = q ? Math.max(pos, q.start) : span.end;
    if (stop > pos) words(text, pos, stop, out);
    if (!q) break;
    const qs = Math.max(q.start, span.start);
    const qe = Math.min(q.end, span.end);
    out.push({ start: qs, end: qe, kind: 'quote', text: '', lower: '', quote: qi, cap: false });
    pos = qe;
    qi++;
  }
  return out;
}

function words(text: string, start: number, end: number, out: Token[]): void {
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    let t = m[0];
    const s = start + m.index;
    let lower = t.toLowerCase();
    if (lower.includes('\u2019')) lower = lower.replace(/\u2019/g, "'");
    const c0 = t.charCodeAt(0);
    const isWord = c0 < 128 ? (c0 >= 48 && c0 <= 57) || ((c0 | 32) >= 97 && (c0 | 32) <= 122) : WORD_START.test(t);
    if (isWord && slice[m.index + t.length] === '.' && (ABBREV.has(lower) || /^\p{Lu}$/u.test(t) || /^(?:\p{L}\.)+\p{L}$/u.test(t) && !(PLACE_ABBREV.has(lower) && /^\s+\p{Lu}/u.test(slice.slice(m.index + t.length + 1, m.index + t.length + 4))))) {
      t += '.';
      lower += '.';
      WORD.lastIndex++;
    }
    const cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : UPPER_START.test(t);
    out.push({ start: s, end: s + t.length, kind: isWord ? 'word' : 'punct', text: t, lower, cap });
  }
}

/** Strip a possessive ending: "Trump's" → "trump". */
export function base(lower: string): string {
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower;
}

/** Does a punctuation token end a sentence? */
export function isSentenceEnd(t: Token): boolean {
  return t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?');
}
