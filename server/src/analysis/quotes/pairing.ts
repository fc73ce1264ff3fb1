// Pairing marks into quotations: nesting, quotes continued over paragraphs, and unbalanced recovery.

import type { Span, TextProblem } from '../types';
import { marksOfLine, type Mark, type MarkFamily } from './marks';

export interface RawQuote extends Span {
  family: MarkFamily;
  /** Content spans, marks excluded: one per paragraph the quotation runs over. */
  segments: Span[];
  unbalanced: boolean;
}

type Line = Span;

/** Lines of the body (news text breaks paragraphs with single newlines), blank ones skipped. */
export function bodyLines(text: string, from: number): Line[] {
  const out: Line[] = [];
  let s = from;
  const n = text.length;
  while (s < n) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = n;
    let a = s;
    let b = e;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ start: a, end: b });
    s = e + 1;
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff;
}

function trimmed(text: string, start: number, end: number): Span {
  let a = start;
  let b = end;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return { start: a, end: b };
}

function isOpenDouble(m: Mark | undefined, line: Line): boolean {
  return !!m && m.role === 'open' && m.family === 'double' && m.at === line.start;
}

/** Every top-level quotation of the body, in text order, with problems for marks that never close. */
export function pairQuotes(text: string, from: number, bodyLinesOfText?: readonly Line[]): { quotes: RawQuote[]; problems: TextProblem[] } {
  const quotes: RawQuote[] = [];
  const problems: TextProblem[] = [];
  const lines = bodyLinesOfText ?? bodyLines(text, from);
  let carried: RawQuote | null = null; // a quotation left open at the end of the previous paragraph
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    const marks = marksOfLine(text, line.start, line.end);
    const stack: Mark[] = [];
    let current: RawQuote | null = null;
    let k = 0;
    if (carried) {
      if (isOpenDouble(marks[0], line)) {
        current = carried;
        stack.push(marks[0]);
        k = 1;
      } else {
        closeUnbalanced(carried, text, quotes, problems);
      }
      carried = null;
    }
    for (; k < marks.length; k++) {
      const m = marks[k];
      if (m.role === 'open') {
        stack.push(m);
        continue;
      }
      let depth = stack.length - 1;
      while (depth >= 0 && stack[depth].family !== m.family) depth--;
      if (depth < 0) {
        if (m.family === 'double' && stack.length === 0) {
          problems.push({ kind: 'unbalanced-quote', start: m.at, end: m.at + 1, message: 'Closing quotation mark without an opening one.' });
        }
        continue;
      }
      const opener = stack[depth];
      stack.length = depth;
      if (depth > 0) continue; // a nested quotation: part of the outer one's words
      const seg = trimmed(text, opener.at + opener.len, m.at);
      if (current) {
        current.segments.push(seg);
        current.end = m.at + m.len;
        quotes.push(current);
        current = null;
      } else {
        quotes.push({ start: opener.at, end: m.at + m.len, family: opener.family, segments: [seg], unbalanced: false });
      }
    }
    const outer = stack.find((s) => s.family === 'double');
    if (!outer) {
      if (current) closeUnbalanced(current, text, quotes, problems); // reopened, never closed, single marks only
      continue;
    }
    const seg = trimmed(text, outer.at + outer.len, line.end);
    const q: RawQuote = current ?? { start: outer.at, end: line.end, family: 'double', segments: [], unbalanced: false };
    q.segments.push(seg);
    q.end = line.end;
    const nextLine = lines[li + 1];
    if (nextLine && nextLine.start < text.length && startsWithOpener(text, nextLine)) carried = q;
    else closeUnbalanced(q, text, quotes, problems);
  }
  if (carried) closeUnbalanced(carried, text, quotes, problems);
  quotes.sort((a, b) => a.start - b.start);
  return { quotes: quotes.filter((q) => !isMarkupValue(text, q)), problems };
}

/** `<tweet tweet-id="7834…">`: an attribute value of embedded markup, not a quotation. */
function isMarkupValue(text: string, q: RawQuote): boolean {
  let i = q.start - 1;
  while (i >= 0 && i > q.start - 4 && text[i] === ' ') i--;
  return i >= 0 && text[i] === '=' && !q.unbalanced && q.segments.length === 1;
}

function startsWithOpener(text: string, line: Line): boolean {
  const marks = marksOfLine(text, line.start, Math.min(line.end, line.start + 2));
  return isOpenDouble(marks[0], line);
}

function closeUnbalanced(q: RawQuote, text: string, quotes: RawQuote[], problems: TextProblem[]): void {
  q.unbalanced = true;
  for (const s of q.segments) {
    // a stray mark facing the wrong way at the paragraph end (`“They see that. “`) is not part of the quoted words
    while (s.end > s.start && /[\s"\u201c\u201d\u201e\u00ab\u00bb]/.test(text[s.end - 1])) s.end--;
  }
  q.segments = q.segments.filter((s) => s.end > s.start);
  if (!q.segments.length) q.segments.push({ start: q.end, end: q.end });
  quotes.push(q);
  const last = q.segments[q.segments.length - 1];
  problems.push({
    kind: 'unbalanced-quote',
    start: q.start,
    end: last.end,
    message: 'Quotation mark never closed: the quote was taken to run to the end of the paragraph.',
  });
}
