// Quotation marks: which characters open or close a quotation and which are apostrophes, in one linear pass.

export type MarkRole = 'open' | 'close';
export type MarkFamily = 'double' | 'single';

export interface Mark {
  at: number;
  /** 1, or 2 for a doubled straight single mark ('' used as a double quote in some archives). */
  len: number;
  role: MarkRole;
  family: MarkFamily;
}

const LETTER = /[\p{L}\p{N}]/u;
const SPACE_OR_OPENER = /[\s([{\u2014\u2013\-/\u201c\u2018\u201e\u00ab"']/;
const CLOSING_CONTEXT = /[\s.,;:!?)\]}\u2014\u2013\-/\u201d\u2019\u00bb"'…]/;
/** Words written with a leading apostrophe: 'em, 'til, 'cause, '90s. */
const ELISION = /^(?:em|til|cause|tis|twas|n|bout|round|nuff|s)\b|^\d\d\b/i;
/** Decades are never quoted: '90s, ’60s. */
const DECADE = /^\d0s\b/;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/** Classify one mark at `i` from its neighbours; `open` tells which families are open at this point. */
function classify(text: string, i: number, lineStart: number, lineEnd: number, open: { double: number; single: number }): Omit<Mark, 'len'> | null {
  const doubled = text[i] === "'" && text[i + 1] === "'" && i + 1 < lineEnd;
  const ch = doubled ? '"' : text[i];
  const prev = i > lineStart ? text[i - 1] : undefined;
  const next = i + 1 + (doubled ? 1 : 0) < lineEnd ? text[i + 1 + (doubled ? 1 : 0)] : undefined;
  const before = prev === undefined || SPACE_OR_OPENER.test(prev);
  const after = next === undefined || CLOSING_CONTEXT.test(next);
  switch (ch) {
    case '\u201c': // “ opens; some sites also close with it ("…word“ followed by space)
      if (open.double > 0 && !isLetter(next) && !before) return { at: i, role: 'close', family: 'double' };
      return { at: i, role: 'open', family: 'double' };
    case '\u201e':
    case '\u00ab':
      return { at: i, role: 'open', family: 'double' };
    case '\u00bb':
      return { at: i, role: 'close', family: 'double' };
    case '\u201d': // ” closes; used as an opener only where nothing is open and a word follows a space
      if (open.double === 0 && before && isLetter(next)) return { at: i, role: 'open', family: 'double' };
      return { at: i, role: 'close', family: 'double' };
    case '"':
      if (before && !after) return { at: i, role: 'open', family: 'double' };
      if (after && !before) return { at: i, role: 'close', family: 'double' };
      return { at: i, role: open.double > 0 ? 'close' : 'open', family: 'double' };
    case '\u2018':
    case '\u201a':
      if (isLetter(prev) && isLetter(next)) return null; // mis-typed apostrophe inside a word
      if (DECADE.test(text.slice(i + 1, Math.min(i + 5, lineEnd)))) return null;
      if (ELISION.test(text.slice(i + 1, Math.min(i + 6, lineEnd))) && !hasLaterSingleClose(text, i + 1, lineEnd)) return null;
      return { at: i, role: 'open', family: 'single' };
    case '\u2019':
    case "'":
      return classifySingle(text, i, lineEnd, prev, next, before, after, open.single > 0, ch === "'");
    default:
      return null;
  }
}

function classifySingle(
  text: string, i: number, lineEnd: number, prev: string | undefined, next: string | undefined,
  before: boolean, after: boolean, singleOpen: boolean, straight: boolean,
): Omit<Mark, 'len'> | null {
  if (isLetter(prev) && isLetter(next)) return null; // don't, Moscow’s, O'Brien
  if (before && !after) {
    if (!straight) return null; // ’ after a space: an elided word (’90s, ’em)
    if (DECADE.test(text.slice(i + 1, Math.min(i + 5, lineEnd)))) return null;
    if (ELISION.test(text.slice(i + 1, Math.min(i + 6, lineEnd))) && !hasLaterSingleClose(text, i + 1, lineEnd)) return null;
    return { at: i, role: 'open', family: 'single' };
  }
  if (after && !before) {
    if (!singleOpen) return null; // players' union, Jesus' words
    // "the players' union" inside an open single quote: a plural possessive when the quote can still close later
    if ((prev === 's' || prev === 'S') && next === ' ' && hasLaterSingleClose(text, i + 1, lineEnd)) return null;
    return { at: i, role: 'close', family: 'single' };
  }
  return null;
}

/** Is there a later closing single mark on this line (a ’ or ' followed by a non-letter and preceded by a non-space)? */
function hasLaterSingleClose(text: string, from: number, lineEnd: number): boolean {
  const limit = Math.min(lineEnd, from + 400);
  for (let j = from; j < limit; j++) {
    const c = text[j];
    if ((c === '\u2019' || c === "'") && j > 0 && !/\s/.test(text[j - 1]) && !isLetter(text[j + 1])) return true;
    if (c === '\u2018' || c === '\u201c' || c === '"' || c === '\u201d') return false;
  }
  return false;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** The marks of one line (paragraph) in order, apostrophes left out. */
export function marksOfLine(text: string, start: number, end: number): Mark[] {
  const out: Mark[] = [];
  const open = { double: 0, single: 0 };
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // fast skip: only " ' and the U+2018..U+201F, «, » range matter
    if (c !== 34 && c !== 39 && c !== 0xab && c !== 0xbb && (c < 0x2018 || c > 0x201f)) continue;
    // an apostrophe between two ASCII letters or digits (don't, Trump's, O'Brien) is never a quotation mark
    if ((c === 39 || c === 0x2019 || c === 0x2018 || c === 0x201a) && i > start && i + 1 < end && isAsciiAlnum(text.charCodeAt(i - 1)) && isAsciiAlnum(text.charCodeAt(i + 1))) continue;
    const len = c === 39 && text.charCodeAt(i + 1) === 39 && i + 1 < end ? 2 : 1;
    const found = classify(text, i, start, end, open);
    if (len === 2) i++;
    if (!found) continue;
    const m: Mark = { at: found.at, role: found.role, family: found.family, len };
    out.push(m);
    const delta = m.role === 'open' ? 1 : -1;
    if (m.family === 'double') {
      open.double = Math.max(0, open.double + delta);
      if (m.role === 'close') open.single = 0;
    } else open.single = Math.max(0, open.single + delta);
  }
  return out;
}
