// Turns a parsed meaning into a TimeML value the way a news reader does: against the publication date, the clause's tense and the last dated event.

import {
  dayNumber, dayOfWeek, easter, formatDay, formatMonth, formatWeek, fromDayNumber, isValidDate, isoWeek, isoWeekMonday, nthWeekday, pad,
} from './calendar';
import { FIXED_HOLIDAYS, type Season, type Unit } from './lexicon';
import type { Sem } from './sem';
import type { Tense } from './tense';

export interface Anchor {
  /** Day number the anchor stands for (first day of its period when coarser than a day). */
  day: number;
  gran: 'day' | 'coarse';
}

export interface ResolveContext {
  /** Publication date as a day number, or null when unknown. */
  dct: number | null;
  tense: Tense;
  /** The last dated event at day granularity / at any granularity. */
  lastDay: number | null;
  lastAny: number | null;
  /** For year-level anaphora ("that year", "four years later"): a bare year of the same paragraph, else lastAny. */
  lastYear?: number | null;
  /** The word just before the expression ("on", "until", "by"…), lower-cased. */
  before?: string;
  /** The expression is followed by a possessive 's ("Friday's vote"). */
  possessive?: boolean;
  /** The "until"/"by" before the expression follows a verb that sets a limit ("extended its deadline until"). */
  limit?: boolean;
  /** The last quarter the article reported on (YYYY-Qn), for year-on-year comparisons. */
  lastQuarter?: string | null;
}

export interface Resolved {
  value: string;
  /** Day number when the value names one day (for anaphora). */
  day?: number;
  /** First day of the period the value names, when coarser than a day. */
  periodStart?: number;
}

/** Does this meaning need the clause's tense to be resolved? */
export function needsTense(s: Sem): boolean {
  switch (s.k) {
    case 'weekday': return s.shift === null || s.shift === 0;
    case 'date': return s.y === undefined && s.dir === undefined && s.yShift === undefined;
    case 'season': return s.y === undefined && (s.shift === undefined || s.shift === 0);
    case 'part': return s.y === undefined && s.shift === undefined && (s.q ?? 0) + (s.h ?? 0) > 0;
    case 'weekend': return s.shift === null;
    case 'holiday': return s.y === undefined;
    case 'shift': return s.anchor === 'ref' && s.n > 0 && s.unit === 'year';
    default: return false;
  }
}

/** Does the meaning name a single day (a weekday, a month-day, a holiday)? */
export function isDayLevel(s: Sem): boolean {
  return s.k === 'weekday' || s.k === 'holiday' || s.k === 'date' && s.d !== undefined || s.k === 'shift' && s.unit === 'day';
}

/** Does the value depend on the publication date or the narrative? */
export function isRelative(s: Sem): boolean {
  switch (s.k) {
    case 'value': return false;
    case 'date': return s.y === undefined;
    case 'season': case 'holiday': return s.y === undefined;
    case 'part': return s.y === undefined;
    default: return true;
  }
}

function timeSuffix(s: Sem): string {
  if (s.time) return `T${s.time}`;
  if (s.pod) return `T${s.pod}`;
  return '';
}

/** The year nearest to the publication date in which month/day falls on the weekday written beside it. */
function yearWithWeekday(m: number, d: number, dow: number, guess: number, dct: number): number {
  let best = guess;
  let bestDistance = Infinity;
  for (const y of [guess, guess - 1, guess + 1]) {
    if (!isValidDate(y, m, d) || dayOfWeek(dayNumber(y, m, d)) !== dow) continue;
    const distance = Math.abs(dayNumber(y, m, d) - dct);
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}

const SEASON_ORDER: Season[] = ['WI', 'SP', 'SU', 'FA'];

/**
 * Season occurrence index (year*4 + order) that contains a day. A winter is labelled by the year of its January and
 * February ("this winter" in January 2013 and "last winter" in March 2013 are both 2013-WI), so December opens the next
 * year's winter.
 */
function seasonIndex(n: number): number {
  const { y, m } = fromDayNumber(n);
  if (m === 12) return (y + 1) * 4;
  if (m <= 2) return y * 4;
  return y * 4 + Math.floor((m - 3) / 3) + 1;
}

/** The day a season occurrence anchors later expressions at: its first day (a winter: January 1 of its label year). */
function seasonStart(index: number): number {
  const y = Math.floor(index / 4);
  const order = ((index % 4) + 4) % 4;
  return order === 0 ? dayNumber(y, 1, 1) : dayNumber(y, order * 3, 1);
}

function formatSeason(index: number): string {
  return `${pad(Math.floor(index / 4), 4)}-${SEASON_ORDER[((index % 4) + 4) % 4]}`;
}

/** Pick among a past and a future candidate by tense: past-leaning unless the clause is future. */
function byTense<T>(tense: Tense, past: T, future: T): T {
  return tense === 'future' ? future : past;
}

/** How much nearer a future reading must be than the past one to win when the clause has no clear tense. */
const PAST_BIAS = 2;

/** Within NEAR_DAYS of the publication date a year-less date is near; FAR_DAYS or more away, it is far. */
const NEAR_DAYS = 45;
const FAR_DAYS = 240;

/** Words before a date that make it a deadline, which a past verb does not put in the past ("extended to Nov. 20"). */
const DEADLINE_SIGNALS = new Set(['to', 'until', 'till', 'by', 'through', 'before', 'record', 'effective', 'payable']);

/** Words before a date that, in a clause without a past verb, point ahead. */
const FORWARD_SIGNALS = new Set(['until', 'till', 'by', 'come']);

const WEEKDAY_DEADLINES = new Set(['until', 'till', 'by']);

/**
 * A calendar date without a year: the future reading in a future clause, the past one in a past clause (unless the
 * date is a deadline), else the nearer one leaning to the past (distances in days).
 */
function futureOrNearest(ctx: ResolveContext, past: number, future: number, dct: number): number {
  // A news report names a date most of a year away with its year: a tense pointing there loses to a date weeks away.
  if (ctx.tense === 'future') return dct - past <= NEAR_DAYS && future - dct >= FAR_DAYS ? past : future;
  if (ctx.tense === 'past' && !DEADLINE_SIGNALS.has(ctx.before ?? '')) return future - dct <= NEAR_DAYS && dct - past >= FAR_DAYS ? future : past;
  // "until March", "by Nov. 8", "come November", "between now and June": a limit still ahead.
  if (ctx.tense !== 'past' && FORWARD_SIGNALS.has(ctx.before ?? '')) return dct - past <= NEAR_DAYS && future - dct >= FAR_DAYS ? past : future;
  // A present-tense clause ("is up for re-election in November", "which votes June 7") leans neither way.
  return (future - dct) * (ctx.tense === 'present' ? 1 : PAST_BIAS) < dct - past ? future : past;
}

function holidayDay(name: string, y: number): number {
  const fixed = FIXED_HOLIDAYS.get(name);
  if (fixed) return dayNumber(y, fixed[0], fixed[1]);
  switch (name) {
    case 'easter': case 'easter sunday': return easter(y);
    case 'good friday': return easter(y) - 2;
    case 'ash wednesday': return easter(y) - 46;
    case 'pentecost': return easter(y) + 49;
    case 'thanksgiving': case 'thanksgiving day': return nthWeekday(y, 11, 4, 4);
    case 'labor day': return nthWeekday(y, 9, 1, 1);
    case 'memorial day': return nthWeekday(y, 5, 1, -1);
    case "mother's day": return nthWeekday(y, 5, 0, 2);
    case "father's day": return nthWeekday(y, 6, 0, 3);
    case 'election day': return nthWeekday(y, 11, 1, 1) + 1;
    default: return dayNumber(y, 1, 1);
  }
}

function shiftValue(unit: Unit, n: number, anchor: number): Resolved {
  switch (unit) {
    case 'day': {
      const day = anchor + n;
      return { value: formatDay(day), day };
    }
    case 'week': case 'weekend': {
      const day = anchor + 7 * n;
      return { value: formatWeek(day), periodStart: day };
    }
    case 'month': {
      const { y, m } = fromDayNumber(anchor);
      return { value: formatMonth(y, m + n), periodStart: dayNumber(y, 1, 1) };
    }
    case 'quarter': {
      const { y, m } = fromDayNumber(anchor);
      const q = y * 4 + Math.floor((m - 1) / 3) + n;
      return { value: `${pad(Math.floor(q / 4), 4)}-Q${(q % 4) + 1}` };
    }
    case 'decade': return { value: String(Math.floor(fromDayNumber(anchor).y / 10) + n) };
    case 'century': return { value: pad(Math.floor(fromDayNumber(anchor).y / 100) + n) };
    default: {
      const y = fromDayNumber(anchor).y + n;
      return { value: pad(y, 4), periodStart: dayNumber(y, 1, 1) };
    }
  }
}

const UNRESOLVED_SHIFT: Partial<Record<Unit, string>> = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX', month: 'XXXX-XX', quarter: 'XXXX-QX', year: 'XXXX', decade: 'XXX', century: 'XX' };

function unresolved(s: Sem): string {
  switch (s.k) {
    case 'value': return s.value;
    case 'shift': return (UNRESOLVED_SHIFT[s.unit] ?? 'XXXX-XX-XX') + (s.unit === 'day' ? timeSuffix(s) : '');
    case 'weekday': return `XXXX-WXX-${s.dow || 7}${timeSuffix(s)}`;
    case 'date': return `${s.y !== undefined ? pad(s.y, 4) : 'XXXX'}-${s.ambiguousOrder ? 'XX' : pad(s.m)}${s.d !== undefined ? `-${s.ambiguousOrder ? 'XX' : pad(s.d)}${timeSuffix(s)}` : ''}`;
    case 'season': return `${s.y !== undefined ? pad(s.y, 4) : 'XXXX'}-${s.s}`;
    case 'part': return `${s.y !== undefined ? pad(s.y, 4) : 'XXXX'}-${s.h ? `H${s.h}` : s.q ? `Q${s.q}` : 'QX'}`;
    case 'weekend': return 'XXXX-WXX-WE';
    case 'holiday': {
      const fixed = FIXED_HOLIDAYS.get(s.name);
      if (s.y !== undefined) return formatDay(holidayDay(s.name, s.y));
      return fixed ? `XXXX-${pad(fixed[0])}-${pad(fixed[1])}` : 'XXXX-XX-XX';
    }
  }
}

/** Resolve a meaning to its TimeML value. */
export function resolve(s: Sem, ctx: ResolveContext): Resolved {
  const r = resolveValue(s, ctx);
  if (s.dayShift) {
    if (r.day === undefined) return { value: 'XXXX-XX-XX' };
    const day = r.day + s.dayShift;
    return { value: formatDay(day), day };
  }
  if (s.k !== 'date' || !s.week) return r;
  // "the week of March 6": the ISO week of the resolved day.
  return r.day !== undefined ? { value: formatWeek(r.day), periodStart: r.day } : { value: 'XXXX-WXX' };
}

function resolveValue(s: Sem, ctx: ResolveContext): Resolved {
  const dct = ctx.dct;
  if (s.k === 'value') return { value: s.value };
  if (s.k === 'part' && s.like && s.y !== undefined) {
    // "the 1988 period": the quarter being reported on, in that year.
    const quarter = /^\d{4}-(Q[1-4])$/.exec(ctx.lastQuarter ?? '');
    return { value: quarter ? `${pad(s.y, 4)}-${quarter[1]}` : pad(s.y, 4) };
  }
  if (s.k === 'shift') {
    const quarter = s.compare ? /^(\d{4})-Q([1-4])$/.exec(ctx.lastQuarter ?? '') : null;
    if (quarter) return { value: `${pad(+quarter[1] + s.n, 4)}-Q${quarter[2]}` };
    const coarse = s.unit === 'year' || s.unit === 'decade' || s.unit === 'century' ? ctx.lastYear ?? ctx.lastAny : ctx.lastAny;
    const anchor = s.anchor === 'ref' ? (s.unit === 'day' ? ctx.lastDay : coarse ?? ctx.lastDay) ?? dct : dct;
    if (anchor === null) return { value: unresolved(s) };
    // "an attack that even three years later remains…", "under which we still live, more than 200 years later": years
    // after the event that reach past the publication year, in a clause not about the future, are now.
    if (s.anchor === 'ref' && s.unit === 'year' && s.n > 0 && dct !== null && ctx.tense !== 'future' && fromDayNumber(anchor).y + s.n > fromDayNumber(dct).y) {
      return shiftValue('year', 0, dct);
    }
    const r = shiftValue(s.unit, s.n, anchor);
    return s.unit === 'day' ? { ...r, value: r.value + timeSuffix(s) } : r;
  }
  if (s.k === 'date' && s.y !== undefined && !s.ambiguousOrder) {
    if (s.d === undefined) return { value: formatMonth(s.y, s.m), periodStart: dayNumber(s.y, s.m, 1) };
    const day = dayNumber(s.y, s.m, s.d);
    return { value: formatDay(day) + timeSuffix(s), day };
  }
  if (dct === null) return { value: unresolved(s) };
  const today = fromDayNumber(dct);
  switch (s.k) {
    case 'weekday': {
      const base = s.anchor === 'ref' ? ctx.lastDay ?? dct : dct;
      const dow = dayOfWeek(base);
      const back = (dow - s.dow + 7) % 7;
      const ahead = (s.dow - dow + 7) % 7;
      let day: number;
      if (s.shift === -1) day = base - (back || 7);
      else if (s.shift === 1) day = base + (ahead || 7);
      else {
        // "by Friday", "until Monday": a deadline is ahead unless the clause says otherwise.
        const deadline = (ctx.tense !== 'past' || ctx.limit === true) && WEEKDAY_DEADLINES.has(ctx.before ?? '');
        // A weekday in a present-tense clause is scheduled ("the talks are on Monday"): the next occurrence; not a
        // possessive one, which names an event the clause only comments on ("Friday's sale is the largest").
        const scheduled = ctx.tense === 'present' && !ctx.possessive;
        day = deadline || scheduled || ctx.tense === 'future' ? base + ahead : base - back;
      }
      return { value: formatDay(day) + timeSuffix(s), day };
    }
    case 'date': {
      if (s.ambiguousOrder) return { value: unresolved(s) };
      // Position within the year relative to the publication date: < 0 earlier in the year, > 0 later.
      const rel = s.d === undefined ? s.m - today.m : s.m * 32 + s.d - (today.m * 32 + today.d);
      let y = today.y;
      if (s.yShift !== undefined) y += s.yShift;
      // "last February" written in March is not the month just ended (that is "last month") but the February before.
      else if (s.dir === -1) y = rel < 0 && !(s.d === undefined && rel === -1) ? y : y - 1;
      else if (s.dir === 1) y = rel > 0 ? y : y + 1;
      else if (s.dir === undefined) {
        const pastY = rel <= 0 ? y : y - 1;
        const futureY = rel >= 0 ? y : y + 1;
        const at = (yy: number) => dayNumber(yy, s.m, Math.min(s.d ?? 15, 28));
        y = pastY === futureY ? pastY : futureOrNearest(ctx, at(pastY), at(futureY), dct) === at(pastY) ? pastY : futureY;
        if (s.dow !== undefined && s.d !== undefined) y = yearWithWeekday(s.m, s.d, s.dow, y, dct);
      }
      if (s.d === undefined) return { value: formatMonth(y, s.m), periodStart: dayNumber(y, s.m, 1) };
      if (!isValidDate(y, s.m, s.d)) return { value: `${pad(y, 4)}-${pad(s.m)}-${pad(s.d)}` };
      const day = dayNumber(y, s.m, s.d);
      return { value: formatDay(day) + timeSuffix(s), day };
    }
    case 'season': {
      const current = seasonIndex(dct);
      const order = SEASON_ORDER.indexOf(s.s);
      if (s.y !== undefined) return { value: `${pad(s.y, 4)}-${s.s}`, periodStart: seasonStart(s.y * 4 + order) };
      const thisYear = today.y * 4 + order;
      const past = thisYear <= current ? thisYear : thisYear - 4;
      const future = thisYear >= current ? thisYear : thisYear + 4;
      let index: number;
      if (s.shift === -1) index = past === current ? past - 4 : past;
      else if (s.shift === 1) index = future === current ? future + 4 : future;
      else if (s.shift === 0) {
        // "this winter" in December is the current one; otherwise this year's, or the next one when this year's is
        // over and the clause looks ahead ("this winter will be mild" in July). A past verb does not move a season
        // still ahead ("won delegates to the convention this summer").
        if (current % 4 === order) index = current;
        else if (ctx.tense === 'future' && thisYear < current) index = thisYear + 4;
        else index = thisYear;
      }
      else index = byTense(ctx.tense, past, future);
      return { value: formatSeason(index), periodStart: seasonStart(index) };
    }
    case 'part': {
      const currentQ = Math.floor((today.m - 1) / 3) + 1;
      if (s.q === 0) {
        const base = today.y * 4 + currentQ - 1 + (s.latest ? -1 : 0) + (s.shift ?? 0);
        return { value: `${pad(Math.floor(base / 4), 4)}-Q${(base % 4) + 1}` };
      }
      let y = s.y ?? today.y + (s.shift ?? 0);
      if (s.y === undefined && s.shift === undefined) {
        const index = s.q ?? (s.h === 1 ? 1 : 3);
        if (ctx.tense === 'past' && index > currentQ) y--;
      }
      return { value: `${pad(y, 4)}-${s.h ? `H${s.h}` : `Q${s.q}`}` };
    }
    case 'weekend': {
      const dow = dayOfWeek(dct);
      const inWeekend = dow === 0 || dow === 6;
      let shift = s.shift;
      if (shift === null) shift = byTense(ctx.tense, inWeekend ? 0 : -1, 0);
      const { y, w } = isoWeek(dct);
      const monday = isoWeekMonday(y, w) + 7 * shift;
      return { value: `${formatWeek(monday)}-WE`, periodStart: monday + 5 };
    }
    case 'holiday': {
      if (s.y !== undefined) {
        const exact = holidayDay(s.name, s.y);
        return { value: formatDay(exact), day: exact };
      }
      const y = today.y;
      const d = holidayDay(s.name, y);
      // Like a month-day without a year: the tense decides, unless one reading is weeks away and the other most of a year.
      const day = futureOrNearest(ctx, d <= dct ? d : holidayDay(s.name, y - 1), d >= dct ? d : holidayDay(s.name, y + 1), dct);
      return { value: formatDay(day), day };
    }
  }
}
