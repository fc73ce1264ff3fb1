// Text normalisation shared by every engine: spaces (NBSP and friends), quotation marks, case, word tokens.

import { DIGIT, lengthIf, LETTER } from './charClass';

/** Every character that news text uses as a space, NBSP and narrow NBSP included. */
export const SPACE_CHARS = ' \t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000';

const SPACE_RE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** Replace every run of spaces (NBSP included) with one ASCII space; offsets are NOT preserved. */
export function collapseSpaces(text: string): string {
  return text.replace(SPACE_RE, ' ');
}

/** Replace NBSP-like characters one-for-one with an ASCII space, so offsets are preserved. */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
}

/** Fold curly, low and angle quotation marks and apostrophes to ASCII ones, one-for-one (offsets preserved). */
export function foldQuoteMarks(text: string): string {
  return text.replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"').replace(/[\u2018\u2019\u201a\u201b\u2039\u203a\u2032]/g, "'");
}

/** Lower-case words of a text, punctuation and quote marks dropped, apostrophes inside words kept. */
export function words(text: string): string[] {
  const folded = foldQuoteMarks(text).toLowerCase();
  const out: string[] = [];
  forEachWord(folded, (start, end) => out.push(folded.slice(start, end)));
  return out;
}

/** Length in code units of the word character at i (a letter, or also a digit with `digits`), or 0. */
function wordCharAt(text: string, i: number, digits: boolean): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (digits && c >= 0x30 && c <= 0x39) ? 1 : 0;
  return lengthIf(text, i, digits ? LETTER | DIGIT : LETTER);
}

/**
 * Every word of a text as [start, end) code-unit offsets, without building match objects (this runs over every
 * article of the workspace): runs of letters (and digits with `digits`) joined by single `joiners` characters.
 */
export function scanWords(text: string, digits: boolean, joiners: string, each: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let l = wordCharAt(text, i, digits);
    if (!l) {
      i++;
      continue;
    }
    const start = i;
    i += l;
    for (;;) {
      while (i < n && (l = wordCharAt(text, i, digits))) i += l;
      if (i + 1 < n && joiners.includes(text[i]) && (l = wordCharAt(text, i + 1, digits))) {
        i += 1 + l;
        continue;
      }
      break;
    }
    each(start, i);
  }
}

/** Words of the pattern `[\p{L}\p{N}]+(?:['\-.][\p{L}\p{N}]+)*`. */
export function forEachWord(text: string, each: (start: number, end: number) => void): void {
  scanWords(text, true, "'-.", each);
}

/** The comparison key of a quotation: case, punctuation, quote style and spacing folded away. */
export function normalizeForMatch(text: string): string {
  return words(text).join(' ');
}

/** Strip diacritics: "François" → "Francois". */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
