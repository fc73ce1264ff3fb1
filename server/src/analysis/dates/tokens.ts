// Linear tokenizer for the dates grammar: letter runs, digit runs and single punctuation marks, with offsets, word hashes and lazily lower-cased text.

export const WORD = 1;
export const NUMBER = 2;
export const PUNCT = 3;

/** What separates a token from the previous one. */
export const GAP_NONE = 0;
export const GAP_SPACE = 1;
export const GAP_LINE = 2;
export const GAP_PARAGRAPH = 3;

export interface Tokens {
  text: string;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  gap: Uint8Array;
  /**
   * Hash of the lower-cased token text when it is ASCII (never 0), 0 otherwise; lets word sets reject a token without
   * building its string (see WordFilter).
   */
  hash: Int32Array;
  /** Lower-cased token text (typographic apostrophes and dashes folded), '' until lowerAt computes it. */
  lower: string[];
  count: number;
}

/** Lower-cased text of token i (typographic apostrophes and dashes folded), computed once. */
export function lowerAt(t: Tokens, i: number): string {
  const s = t.lower[i];
  if (s !== '') return s;
  const raw = t.text.slice(t.start[i], t.end[i]);
  const w = t.kind[i] === WORD ? raw.toLowerCase() : t.kind[i] === NUMBER ? raw : foldPunct(raw);
  t.lower[i] = w;
  return w;
}

const FILTER_BITS = 16;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

/** A set of lower-cased words with a hash pre-check, so most tokens are rejected without a string. */
export class WordFilter {
  private readonly table = new Uint8Array(1 << FILTER_BITS);
  private readonly words: ReadonlySet<string>;
  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) {
      const h = hashWord(w);
      if (h !== 0) this.table[h & FILTER_MASK] = 1;
    }
  }

  /** Is token i (lower-cased) one of the words? */
  has(t: Tokens, i: number): boolean {
    const h = t.hash[i];
    if (h !== 0 && this.table[h & FILTER_MASK] === 0) return false;
    return this.words.has(lowerAt(t, i));
  }
}

const LETTER_RE = /[\p{L}\p{M}]/u;
/** One-character strings of ASCII punctuation, so punctuation tokens allocate nothing. */
const ASCII = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** The hash tokenize gives an ASCII token text (lower-cased), else 0. */
export function hashWord(w: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 128) return 0;
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c | 0x20 : c), FNV_PRIME);
  }
  return h === 0 ? 1 : h;
}

const ASCII_HASH = Int32Array.from(ASCII, (c) => hashWord(c));

function isLetter(text: string, i: number, code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  // General Punctuation (curly quotes, dashes, ellipsis): never letters, and the commonest non-ASCII in news.
  if (code >= 0x2000 && code <= 0x206f) return false;
  if (code >= 0xd800 && code <= 0xdbff) return LETTER_RE.test(text.slice(i, i + 2));
  return LETTER_RE.test(text[i]);
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function grow(t: Tokens): void {
  const n = t.start.length * 2;
  const start = new Int32Array(n);
  start.set(t.start);
  const end = new Int32Array(n);
  end.set(t.end);
  const kind = new Uint8Array(n);
  kind.set(t.kind);
  const gap = new Uint8Array(n);
  gap.set(t.gap);
  const hash = new Int32Array(n);
  hash.set(t.hash);
  Object.assign(t, { start, end, kind, gap, hash });
}

/** For ASCII codes: the lower-cased letter code (0 for a non-letter). */
const ASCII_LOWER = Uint8Array.from(ASCII, (c) => (/[a-z]/i.test(c) ? c.toLowerCase().charCodeAt(0) : 0));
/** For ASCII codes: 1 a space (not a newline), 2 a newline, 3 a digit, 4 a letter, 0 a mark. */
const ASCII_CLASS = Uint8Array.from(ASCII, (_, k) => (k === 10 ? 2 : isSpace(k) ? 1 : k >= 48 && k <= 57 ? 3 : ASCII_LOWER[k] !== 0 ? 4 : 0));
const C_SPACE = 1;
const C_NEWLINE = 2;
const C_DIGIT = 3;
const C_LETTER = 4;

/** Tokenize text[from, to). Surrogate pairs are never split. */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  const capacity = Math.max(16, Math.min(to - from, 1 << 20) >> 2);
  const t: Tokens = {
    text, start: new Int32Array(capacity), end: new Int32Array(capacity), kind: new Uint8Array(capacity), gap: new Uint8Array(capacity),
    hash: new Int32Array(capacity), lower: [], count: 0,
  };
  let start = t.start;
  let end = t.end;
  let kinds = t.kind;
  let gaps = t.gap;
  let hashes = t.hash;
  let i = from;
  let gap = GAP_NONE;
  let newlines = 0;
  let n = 0;
  while (i < to) {
    const code = text.charCodeAt(i);
    const cls = code < 128 ? ASCII_CLASS[code] : isSpace(code) ? C_SPACE : isLetter(text, i, code) ? C_LETTER : 0;
    if (cls === C_SPACE || cls === C_NEWLINE) {
      if (cls === C_NEWLINE) newlines++;
      gap = newlines >= 2 ? GAP_PARAGRAPH : newlines === 1 ? GAP_LINE : GAP_SPACE;
      i++;
      continue;
    }
    const s = i;
    let kind: number;
    let h = FNV_OFFSET;
    if (cls === C_DIGIT) {
      kind = NUMBER;
      let c = code;
      do {
        h = Math.imul(h ^ c, FNV_PRIME);
        c = ++i < to ? text.charCodeAt(i) : 0;
      } while (c >= 48 && c <= 57);
      h ||= 1;
    } else if (cls === C_LETTER) {
      kind = WORD;
      let ascii = true;
      while (i < to) {
        const c = text.charCodeAt(i);
        if (c < 128) {
          const l = ASCII_LOWER[c];
          if (l === 0) break;
          h = Math.imul(h ^ l, FNV_PRIME);
          i++;
        } else {
          if (!isLetter(text, i, c)) break;
          ascii = false;
          i += c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
        }
      }
      h = ascii ? h || 1 : 0;
    } else {
      kind = PUNCT;
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
      h = code < 128 ? ASCII_HASH[code] : hashWord(foldPunct(text.slice(s, i)));
    }
    if (n === start.length) {
      grow(t);
      ({ start, end, kind: kinds, gap: gaps, hash: hashes } = t);
    }
    start[n] = s;
    end[n] = i;
    kinds[n] = kind;
    gaps[n] = gap;
    hashes[n] = h;
    n++;
    gap = GAP_NONE;
    newlines = 0;
  }
  t.count = n;
  t.lower = new Array<string>(n).fill('');
  return t;
}

/** Fold typographic apostrophes and dashes to ASCII so the grammar sees one form. */
export function foldPunct(p: string): string {
  if (p === '\u2019' || p === '\u2018' || p === '`' || p === '\u00b4') return "'";
  if (p === '\u2010' || p === '\u2011' || p === '\u2012' || p === '\u2013') return '-';
  return p;
}
