// Paragraph and sentence boundaries of an article, as UTF-16 spans (no text is copied or changed).

import type { Span } from '../types';

/** Paragraphs: runs of text separated by blank lines (or single newlines, which news text uses as breaks). */
export function paragraphs(text: string, from = 0): Span[] {
  const out: Span[] = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    if (m[0].trim()) out.push({ start: s, end: e });
  }
  return out;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'sgt', 'capt', 'sen', 'rep', 'gov', 'st', 'jr', 'sr', 'mt',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'inc', 'corp', 'co',
  'ltd', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'etc', 'ft', 'fig', 'rev', 'hon', 'pres', 'adm', 'cmdr', 'maj', 'sgt',
]);

/** A sentence end: . ! ? (and closing quotes after them) followed by space and a capital, a digit or an opening quote. */
const SENTENCE_END = /[.!?]+["'\u201d\u2019\u00bb)]*(?=[\s\u00a0]+["'\u201c\u2018\u00ab(]?[\p{Lu}\p{N}])/gu;
const CAPITAL = /^\p{Lu}$/u;

/** Sentences inside a span: split at . ! ? (and closing quotes after them) followed by space and a capital or a quote. */
export function sentences(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  while (start < span.end && /\s/.test(text[start])) start++;
  const re = SENTENCE_END;
  re.lastIndex = start;
  const slice = text.slice(0, span.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const dot = m.index;
    const wordStart = text.lastIndexOf(' ', dot) + 1;
    const prev = text.slice(Math.max(wordStart, start), dot).toLowerCase().replace(/^[("'\u201c\u2018]+/, '');
    if (m[0][0] === '.' && (ABBREVIATIONS.has(prev) || CAPITAL.test(text[dot - 1] ?? '') && prev.length === 1)) continue;
    const end = dot + m[0].length;
    out.push({ start, end });
    start = end;
    while (start < span.end && /[\s\u00a0]/.test(text[start])) start++;
  }
  if (start < span.end) out.push({ start, end: span.end });
  return out;
}
