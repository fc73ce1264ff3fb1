// Linear tokenizer for the dates grammar: letter runs, digit runs and single punctuation marks, with offsets.

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
  /** Lower-cased token text (typographic apostrophes and dashes folded). */
  lower: string[];
  count: number;
}

const LETTER_RE = /[\p{L}\p{M}]/u;
/** One-character strings of ASCII punctuation, so punctuation tokens allocate nothing. */
const ASCII = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

function isLetter(text: string, i: number, code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
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
  Object.assign(t, { start, end, kind, gap });
}

/** Tokenize text[from, to). Surrogate pairs are never split. */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  const capacity = Math.max(16, Math.min(to - from, 1 << 20) >> 2);
  const t: Tokens = { text, start: new Int32Array(capacity), end: new Int32Array(capacity), kind: new Uint8Array(capacity), gap: new Uint8Array(capacity), lower: [], count: 0 };
  let i = from;
  let gap = GAP_NONE;
  let newlines = 0;
  let n = 0;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (code === 10) newlines++;
      gap = newlines >= 2 ? GAP_PARAGRAPH : newlines === 1 ? GAP_LINE : GAP_SPACE;
      i++;
      continue;
    }
    const s = i;
    let kind: number;
    let lower: string;
    if (code >= 48 && code <= 57) {
      kind = NUMBER;
      while (i < to && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      lower = i - s === 1 ? ASCII[code] : text.slice(s, i);
    } else if (isLetter(text, i, code)) {
      kind = WORD;
      while (i < to) {
        const c = text.charCodeAt(i);
        if (!isLetter(text, i, c)) break;
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
      }
      lower = text.slice(s, i).toLowerCase();
    } else {
      kind = PUNCT;
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
      lower = code < 128 ? ASCII[code] : foldPunct(text.slice(s, i));
    }
    if (n === t.start.length) grow(t);
    t.start[n] = s;
    t.end[n] = i;
    t.kind[n] = kind;
    t.gap[n] = gap;
    t.lower.push(lower);
    n++;
    gap = GAP_NONE;
    newlines = 0;
  }
  t.count = n;
  return t;
}

/** Fold typographic apostrophes and dashes to ASCII so the grammar sees one form. */
export function foldPunct(p: string): string {
  if (p === '\u2019' || p === '\u2018' || p === '`' || p === '\u00b4') return "'";
  if (p === '\u2010' || p === '\u2011' || p === '\u2012' || p === '\u2013') return '-';
  return p;
}
