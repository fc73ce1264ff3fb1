// findDates: every temporal expression of an article with its TimeML type and value, resolved in reading order.

import type { DateExpression } from '../types';
import { parseFrontMatter } from '../text/frontMatter';
import { dayNumber, dayOfWeek, fromDayNumber, parseIsoDay } from './calendar';
import { parseTokens } from './grammar';
import { isDayLevel, isRelative, needsTense, resolve } from './resolve';
import { abbreviationDot, clauseTense, reportedFuture, setsLimit } from './tense';
import { GAP_PARAGRAPH, PUNCT, lowerAt, tokenize, type Tokens } from './tokens';
import type { Sem } from './sem';

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

/** A month or month-day whose year the reader chose. */
function yearless(sem: Sem): boolean {
  return sem.k === 'date' && sem.y === undefined && sem.dir === undefined && sem.yShift === undefined && !sem.ambiguousOrder;
}

/** "between A and B", "from A to B": the only word between the two is the range word. */
function isRange(tokens: Tokens, aFirst: number, aLast: number, bFirst: number): boolean {
  if (bFirst !== aLast + 1 || aFirst === 0) return false;
  const open = lowerAt(tokens, aFirst - 1);
  const mid = lowerAt(tokens, aLast);
  return open === 'between' && mid === 'and' || open === 'from' && (mid === 'to' || mid === 'through' || mid === 'until' || mid === 'till');
}

/**
 * A range runs forward: when the two ends were resolved the wrong way round ("between January 1 and September 26" read
 * as next January), the end farther from the publication date moves a year towards the other.
 */
function orderRange(a: DateExpression, b: DateExpression, dct: number | null): void {
  if (dct === null || !/^\d{4}-/.test(a.value) || !/^\d{4}-/.test(b.value) || a.value.slice(4) <= b.value.slice(4) && a.value.slice(0, 4) === b.value.slice(0, 4)) return;
  const da = parseIsoDay(a.value.length === 7 ? `${a.value}-01` : a.value.slice(0, 10));
  const db = parseIsoDay(b.value.length === 7 ? `${b.value}-01` : b.value.slice(0, 10));
  if (da === null || db === null || da <= db) return;
  const year = (v: string, n: number): string => String(Number(v.slice(0, 4)) + n).padStart(4, '0') + v.slice(4);
  if (Math.abs(da - dct) > Math.abs(db - dct)) a.value = year(a.value, -1);
  else b.value = year(b.value, 1);
}

/** Tokens from..to lie within one paragraph, at most one sentence end apart and MONTH_ANCHOR_TOKENS tokens. */
const MONTH_ANCHOR_TOKENS = 60;
function nearby(tokens: Tokens, from: number, to: number): boolean {
  if (to - from > MONTH_ANCHOR_TOKENS) return false;
  let ends = 0;
  for (let k = from; k < to; k++) {
    if (tokens.gap[k + 1] >= GAP_PARAGRAPH) return false;
    const w = lowerAt(tokens, k);
    if ((w === '.' && !abbreviationDot(tokens, k) || w === '?' || w === '!') && ++ends > 1) return false;
  }
  return true;
}

/** How far left of a weekday "ahead of" may stand ("ahead of the Iowa caucuses on Monday"). */
const AHEAD_REACH = 8;

/**
 * The weekday at token first names an event the clause is "ahead of" ("ahead of Tuesday's primary", "ahead of the
 * Iowa caucuses on Monday", "ahead of New York's delegate-rich Tuesday primary"): within its clause, no comma between.
 */
function aheadOf(tokens: Tokens, first: number): boolean {
  for (let k = first - 1; k >= 1 && k >= first - AHEAD_REACH; k--) {
    const w = lowerAt(tokens, k);
    if (tokens.kind[k] === PUNCT && w !== "'" && w !== '-' || tokens.gap[k + 1] >= GAP_PARAGRAPH) return false;
    if (w === 'of' && lowerAt(tokens, k - 1) === 'ahead') return true;
  }
  return false;
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
  // A bare year ("in 1988") anchors year-level anaphora in its own paragraph only.
  let lastYear: number | null = null;
  // Tokens after the anchor checked for a paragraph break so far (only while an anchor lives).
  let scanned = 0;
  let prevYearless: { out: number; first: number; last: number } | null = null;
  // A month named after the last day-level date ("last October", "in March 2015"): the month a day anaphor ("that same
  // day", "the next day") falls in when it stands close by, its day unknown.
  let monthAfterDay: { month: string; last: number } | null = null;
  /** The year each year-less month was last resolved to. */
  const monthYears = new Map<number, number>();
  /** The year anchor if no paragraph break lies between it and token upTo (checked lazily, each token at most once). */
  const yearHere = (upTo: number): number | null => {
    for (; lastYear !== null && scanned <= upTo; scanned++) if (tokens.gap[scanned] >= GAP_PARAGRAPH) lastYear = null;
    return lastYear;
  };
  for (const p of parseTokens(tokens)) {
    let before = p.first > 0 ? lowerAt(tokens, p.first - 1) : '';
    if (before === 'and' && p.first > 1 && lowerAt(tokens, p.first - 2) === 'now') before = 'until'; // "between now and June"
    // "in 1968 … that November": a year-less month in the year of the paragraph; "October of that year": in the year of
    // the last dated event.
    const ps = p.sem;
    const wantsYear = before === 'that' && yearless(ps) || ps.k === 'date' && ps.yRef === true || ps.k === 'season' && ps.ref === true ||
      ps.k === 'shift' && ps.anchor === 'ref' && (ps.unit === 'year' || ps.unit === 'decade' || ps.unit === 'century');
    const paragraphYear = wantsYear ? yearHere(p.first) : null;
    const yearAnchor = paragraphYear ?? lastAny;
    const thatYear = before === 'that' && paragraphYear !== null && yearless(p.sem) ? fromDayNumber(paragraphYear).y : null;
    const refYear = (p.sem.k === 'date' && p.sem.yRef || p.sem.k === 'season' && p.sem.ref) && yearAnchor !== null ? fromDayNumber(yearAnchor).y : null;
    let sem: Sem = p.sem;
    if (thatYear !== null || refYear !== null) sem = { ...p.sem, y: (thatYear ?? refYear) as number } as Sem;
    else if (p.sem.k === 'date' && p.sem.yRef) sem = { ...p.sem, yShift: 0 };
    // "the cash soon became a flood", "he was soon released": soon after a narrated event, not ahead of the publication.
    if (sem.k === 'value' && sem.value === 'FUTURE_REF' && p.last === p.first + 1 && lowerAt(tokens, p.first) === 'soon' &&
      before !== 'anytime' && before !== 'time' && clauseTense(tokens, p.first, p.last, false) === 'past') continue;
    let tense = needsTense(sem) ? clauseTense(tokens, p.first, p.last, isDayLevel(sem), undefined, sem.k === 'weekday') : null;
    const possessive = isPossessive(tokens, p.last - 2) || p.last + 1 < tokens.count && isPossessive(tokens, p.last);
    // "Wednesday's ruling" names an event already reported; a reported future ("said they would fight it") does not
    // move it ahead.
    if (possessive && sem.k === 'weekday' && tense === 'future' && reportedFuture(tokens, p.first)) tense = 'past';
    // "expected to join in April … the summit in April": a month named again, in a clause without a tense of its own,
    // is the one already resolved.
    if (yearless(sem) && sem.k === 'date' && tense !== 'past' && tense !== 'future') {
      const y = monthYears.get(sem.m);
      if (y !== undefined) sem = { ...sem, y };
    }
    // "ahead of Tuesday's primary" is ahead unless a past verb governs ("Ahead of Friday's meeting, they unveiled");
    // "(days) before Tuesday's vote" is the nearer Tuesday unless the clause looks ahead ("had been told just before
    // Tuesday's vote" read on Thursday, "days before Tuesday's primary" read on Sunday).
    if (sem.k === 'weekday' && sem.shift === null && !sem.anchor && dct !== null && tense !== 'future') {
      if (aheadOf(tokens, p.first)) {
        if (tense !== 'past') tense = 'future';
      } else if (before === 'before' && possessive) {
        const dow = dayOfWeek(dct);
        tense = (sem.dow - dow + 7) % 7 < (dow - sem.dow + 7) % 7 ? 'future' : 'past';
      }
    }
    const limit = sem.k === 'weekday' && setsLimit(tokens, p.first);
    let r = resolve(sem, { dct, tense, limit, lastDay, lastAny, lastYear: paragraphYear, before, lastQuarter, possessive });
    if (monthAfterDay !== null && sem.k === 'shift' && sem.unit === 'day' && sem.anchor === 'ref' && !sem.time && nearby(tokens, monthAfterDay.last, p.first)) {
      r = { value: `${monthAfterDay.month}-XX${sem.pod ? `T${sem.pod}` : ''}` };
    }
    // The quarter being reported on; a year-earlier quarter is the comparison, not the subject.
    // "After a flat second quarter": an indefinite quarter is set beside the report, not reported on.
    const indefinite = before === 'a' || before === 'an' || p.first > 1 && (lowerAt(tokens, p.first - 2) === 'a' || lowerAt(tokens, p.first - 2) === 'an');
    if (sem.k === 'part' && !sem.like && !(sem.shift !== undefined && sem.shift < 0) && /-Q[1-4]$/.test(r.value) && !indefinite) lastQuarter = r.value;
    // "In the first nine months, net was …, compared with … in the 1988 period": a report turning to a several-month
    // period compares whole years until a quarter is named again.
    else if (p.type === 'DURATION' && /^P([2-9]|1[01])M$/.test(r.value) && !isRelative(sem)) lastQuarter = null;
    const start = tokens.start[p.first];
    const end = tokens.end[p.last - 1];
    const d: DateExpression = { start, end, text: text.slice(start, end), type: p.type, value: r.value };
    if (sem.mod) d.mod = sem.mod;
    if (isRelative(sem)) d.relative = true;
    if (sem.k === 'weekday') d.weekday = sem.dow;
    else if (sem.k === 'date' && sem.dow !== undefined) d.weekday = sem.dow;
    if (yearless(sem) && prevYearless && prevYearless.out === out.length - 1 && isRange(tokens, prevYearless.first, prevYearless.last, p.first)) {
      orderRange(out[prevYearless.out], d, dct);
    }
    if (yearless(sem) && sem.k === 'date' && /^\d{4}-/.test(d.value)) monthYears.set(sem.m, Number(d.value.slice(0, 4)));
    prevYearless = yearless(sem) ? { out: out.length, first: p.first, last: p.last } : null;
    out.push(d);
    // Coarse anchors come only from dates read off the calendar or the publication date, so "a year earlier" never chains.
    const fromNarrative = sem.k === 'shift' && sem.anchor === 'ref';
    if (r.day !== undefined) monthAfterDay = null;
    else if (!fromNarrative && p.type === 'DATE' && /^\d{4}-\d\d$/.test(r.value)) monthAfterDay = { month: r.value, last: p.last };
    if (r.day !== undefined) {
      lastDay = r.day;
      if (!fromNarrative) lastAny = r.day;
    } else if (r.periodStart !== undefined && p.type === 'DATE' && !fromNarrative) lastAny = r.periodStart;
    if (sem.k === 'value' && p.type === 'DATE' && /^\d{4}$/.test(r.value)) {
      lastYear = dayNumber(+r.value, 1, 1);
      scanned = p.last;
    } else if (lastAny !== null && !fromNarrative && (r.day !== undefined || r.periodStart !== undefined) && p.type === 'DATE') {
      lastYear = lastAny;
      scanned = p.last;
    }
  }
  return out;
}
