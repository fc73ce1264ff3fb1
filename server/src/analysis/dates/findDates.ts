// findDates: every temporal expression of an article with its TimeML type and value, resolved in reading order.

import type { DateExpression } from '../types';
import { parseFrontMatter } from '../text/frontMatter';
import { parseIsoDay } from './calendar';
import { parseTokens } from './grammar';
import { isDayLevel, isRelative, needsTense, resolve } from './resolve';
import { clauseTense } from './tense';
import { lowerAt, tokenize, type Tokens } from './tokens';

/** Where the article body starts: after a BOM and YAML front matter. */
export function bodyStart(text: string): number {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fm = parseFrontMatter(bom ? text.slice(1) : text);
  return fm ? fm.end + bom : bom;
}

/** Tokens k, k+1 are a possessive 's. */
function isPossessive(tokens: Tokens, k: number): boolean {
  return k >= 0 && lowerAt(tokens, k) === "'" && lowerAt(tokens, k + 1) === 's';
}

/** Every temporal expression in `text`, values resolved against `published` (YYYY-MM-DD) or left unresolved when null. */
export function findDates(text: string, published: string | null): DateExpression[] {
  try {
    return findDatesUnsafe(text, published);
  } catch {
    return [];
  }
}

function findDatesUnsafe(text: string, published: string | null): DateExpression[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const tokens = tokenize(text, bodyStart(text));
  const dct = parseIsoDay(published);
  const out: DateExpression[] = [];
  let lastDay: number | null = null;
  let lastAny: number | null = null;
  let lastQuarter: string | null = null;
  for (const p of parseTokens(tokens)) {
    const sem = p.sem;
    const tense = needsTense(sem) ? clauseTense(tokens, p.first, p.last, isDayLevel(sem)) : null;
    const before = p.first > 0 ? lowerAt(tokens, p.first - 1) : '';
    const possessive = isPossessive(tokens, p.last - 2) || p.last + 1 < tokens.count && isPossessive(tokens, p.last);
    const r = resolve(sem, { dct, tense, lastDay, lastAny, before, lastQuarter, possessive });
    // The quarter being reported on; a year-earlier quarter is the comparison, not the subject.
    if (sem.k === 'part' && !sem.like && !(sem.shift !== undefined && sem.shift < 0) && /-Q[1-4]$/.test(r.value)) lastQuarter = r.value;
    const start = tokens.start[p.first];
    const end = tokens.end[p.last - 1];
    const d: DateExpression = { start, end, text: text.slice(start, end), type: p.type, value: r.value };
    if (sem.mod) d.mod = sem.mod;
    if (isRelative(sem)) d.relative = true;
    if (sem.k === 'weekday') d.weekday = sem.dow;
    else if (sem.k === 'date' && sem.dow !== undefined) d.weekday = sem.dow;
    out.push(d);
    // Coarse anchors come only from dates read off the calendar or the publication date, so "a year earlier" never chains.
    const fromNarrative = sem.k === 'shift' && sem.anchor === 'ref';
    if (r.day !== undefined) {
      lastDay = r.day;
      if (!fromNarrative) lastAny = r.day;
    } else if (r.periodStart !== undefined && p.type === 'DATE' && !fromNarrative) lastAny = r.periodStart;
  }
  return out;
}
