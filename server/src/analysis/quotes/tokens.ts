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

/** Letter, mark or number (`[\p{L}\p{M}\p{N}]`) for BMP code points: 0 unknown, 1 yes, 2 no (filled lazily, 64 KB). */
const LMN_BMP = new Uint8Array(0x10000);
const LMN = /^[\p{L}\p{M}\p{N}]$/u;

function isLMN(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122);
  if (cp < 0x10000) {
    let v = LMN_BMP[cp];
    if (v === 0) v = LMN_BMP[cp] = LMN.test(String.fromCharCode(cp)) ? 1 : 2;
    return v === 1;
  }
  return LMN.test(String.fromCodePoint(cp));
}

/** `\s` (Unicode mode) for one UTF-16 code unit. */
export function isWhite(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0xfeff;
}

/** Code point at `i`, reading a surrogate pair only when both halves are before `end`. */
function codePointAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/**
 * The matches of `[\p{L}\p{M}\p{N}]+(?:['\u2019.\-&][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]` inside [start, end), scanned
 * by hand (one pass, no slices): a run of letters joined by apostrophes, periods, hyphens or ampersands, or one other symbol.
 */
function words(text: string, start: number, end: number, out: Token[]): void {
  let i = start;
  while (i < end) {
    const c0 = text.charCodeAt(i);
    if (isWhite(c0)) { i++; continue; }
    const cp = c0 < 0xd800 ? c0 : codePointAt(text, i, end);
    let j = i + (cp > 0xffff ? 2 : 1);
    const letters = isLMN(cp);
    // already lower-case ASCII: the token is its own lower-case form
    let plain = c0 < 65 || c0 > 90 ? c0 < 128 : false;
    let curly = c0 === 0x2019;
    if (letters) {
      for (;;) {
        while (j < end) {
          const c = text.charCodeAt(j);
          if (c < 128) {
            if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) { j++; continue; }
            if (c >= 65 && c <= 90) { plain = false; j++; continue; }
            break;
          }
          const p = c < 0xd800 ? c : codePointAt(text, j, end);
          if (!isLMN(p)) {
            // mojibake of UTF-8 read as Latin-1 (`FranÃÂ§ois`, Ã and Â sometimes decomposed into A and a combining mark):
            // a Latin-1 control or symbol right after Ã or Â stays inside the word
            const prev = text.charCodeAt(j - 1);
            if (p >= 0x80 && p <= 0xbf && (prev === 0xc2 || prev === 0xc3 || prev === 0x302 || prev === 0x303)) { plain = false; j++; continue; }
            break;
          }
          plain = false;
          j += p > 0xffff ? 2 : 1;
        }
        if (j + 1 >= end) break;
        const sep = text.charCodeAt(j);
        if (sep !== 39 && sep !== 0x2019 && sep !== 46 && sep !== 45 && sep !== 38) break;
        if (!isLMN(codePointAt(text, j + 1, end))) break;
        if (sep === 0x2019) { curly = true; plain = false; }
        j++;
      }
    }
    let t = text.slice(i, j);
    let lower = t;
    if (!plain) {
      lower = t.toLowerCase();
      if (curly) lower = lower.replace(/\u2019/g, "'");
    }
    const isWord = letters && (c0 < 128 || WORD_START.test(t));
    let next = j;
    if (isWord && j < end && text.charCodeAt(j) === 46 && (lower.length <= 4 && ABBREV.has(lower) || t.length <= 2 && /^\p{Lu}$/u.test(t) || t.length >= 3 && t.includes('.') && /^(?:\p{L}\.)+\p{L}$/u.test(t) && !(PLACE_ABBREV.has(lower) && /^\s+\p{Lu}/u.test(text.slice(j + 1, Math.min(j + 4, end)))) ||
      partyTag(text, i, j, end))) {
      t += '.';
      lower += '.';
      next = j + 1;
    }
    const cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : letters && UPPER_START.test(t);
    out.push({ start: i, end: i + t.length, kind: isWord ? 'word' : 'punct', text: t, lower, quote: undefined, cap });
    i = next;
  }
}

/** `McConnell, R-Ky., said`: a party-state tag whose period is followed by a comma or a closing parenthesis. */
function partyTag(text: string, i: number, j: number, end: number): boolean {
  if (j - i < 4 || j - i > 8 || j + 1 >= end || text.charCodeAt(i + 1) !== 45) return false;
  const c = text.charCodeAt(i);
  if (c !== 82 && c !== 68 && c !== 73) return false; // R, D, I
  const after = text.charCodeAt(j + 1);
  return (after === 44 || after === 41) && /^[RDI]-\p{Lu}\p{Ll}{1,4}$/u.test(text.slice(i, j));
}

/** Strip a possessive ending: "Trump's" → "trump". */
export function base(lower: string): string {
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower;
}

/** Does a punctuation token end a sentence? */
export function isSentenceEnd(t: Token): boolean {
  return t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?');
}
