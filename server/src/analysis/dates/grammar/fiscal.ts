// Grammar rules for reporting periods of business news: the quarter, the latest period, the year, year-end, year-earlier.

import type { Parsed, Sem } from '../sem';
import type { Reader } from './reader';
import type { RuleEntry } from './rule';
import { durationValue } from './quantities';

const PERIOD_SHIFTS = new Map([['latest', 'latest'], ['current', 'current'], ['this', 'current'], ['last', 'previous'], ['previous', 'previous'], ['next', 'next'], ['coming', 'next'], ['same', 'latest'], ['most', 'latest']]);
const QUARTER_ORDINALS = ['first', 'second', 'third', 'fourth'];
const YEAR_NOUNS = new Set(['year', 'fiscal', 'full', 'calendar', 'whole', 'entire', 'current']);

/** "year-earlier", "year-ago", "comparable year-ago": index after it, or -1. */
function yearAgo(r: Reader, j: number): number {
  let k = j;
  if (r.w(k) === 'comparable' || r.w(k) === 'corresponding') k++;
  if (r.w(k) === 'year' && r.w(k + 1) === '-' && (r.w(k + 2) === 'earlier' || r.w(k + 2) === 'ago')) return k + 3;
  return -1;
}

function periodEnded(r: Reader, j: number): boolean {
  return r.w(j) === 'ended' || r.w(j) === 'ending' || r.w(j) === 'that' && r.w(j + 1) === 'ended';
}

const COMPARE: Sem = { k: 'shift', unit: 'year', n: -1, anchor: 'dct', compare: true };

/** "a year ago" / "a year earlier" / "last year" right after a reporting period: index after it, or -1. */
function comparedWithYearBefore(r: Reader, j: number): number {
  if (r.w(j) === 'a' && r.w(j + 1) === 'year' && (r.w(j + 2) === 'ago' || r.w(j + 2) === 'earlier')) return j + 3;
  if ((r.w(j) === 'last' || r.w(j) === 'the' && r.w(j + 1) === 'previous') && r.w(j + (r.w(j) === 'the' ? 2 : 1)) === 'year') return j + (r.w(j) === 'the' ? 3 : 2);
  return -1;
}

/**
 * "the latest quarter", "the current quarter", "last quarter", "the year-earlier period", "the quarter", "year-ago";
 * "the 1988 period" (the reported quarter of that year); "the quarter a year ago", "the corresponding period last
 * year", "last year's quarter" (the reported quarter a year before).
 */
export function namedPeriod(r: Reader, i: number): Parsed | null {
  let j = i;
  if (r.w(i) === 'last' && r.w(i + 1) === 'year' && r.w(i + 2) === "'" && r.w(i + 3) === 's' && (r.w(i + 4) === 'quarter' || r.w(i + 4) === 'period')) {
    return { first: i, last: i + 5, type: 'DATE', sem: COMPARE };
  }
  const the = r.w(j) === 'the' || r.w(j) === 'its' || r.w(j) === 'a';
  if (the) j++;
  if (the && r.w(i) === 'the') {
    const y = r.year(j);
    if (y !== null && y >= 1900 && y <= 2099 && (r.w(j + 1) === 'period' || r.w(j + 1) === 'quarter') && !periodEnded(r, j + 2)) {
      return { first: i, last: j + 2, type: 'DATE', sem: { k: 'part', y, like: true } };
    }
    const k = r.w(j) === 'comparable' || r.w(j) === 'corresponding' || r.w(j) === 'same' ? j + 1 : j;
    if (r.w(k) === 'quarter' || r.w(k) === 'period') {
      const end = comparedWithYearBefore(r, k + 1);
      if (end > 0) return { first: i, last: end, type: 'DATE', sem: COMPARE };
      // "compared with the same period in 2014": the reported period of that year (the year when none was reported).
      const y = r.w(k + 1) === 'in' || r.w(k + 1) === 'of' ? r.year(k + 2) : null;
      if (k > j && y !== null && y >= 1900 && y <= 2099) return { first: i, last: k + 3, type: 'DATE', sem: { k: 'part', y, like: true } };
      // "during the same period", "over roughly the same period": the span just named, no period of the calendar.
      if (r.w(j) === 'same') return null;
    }
  }
  let sem: Sem;
  const ago = yearAgo(r, j);
  if (ago > 0) {
    j = ago;
    // "the year-earlier nine months": that many months, a year before; the span is the duration.
    const amount = r.amount(j, false);
    const unit = amount && amount.n !== null ? r.unit(amount.end) : null;
    if (amount && amount.n !== null && unit && unit.plural) {
      return { first: i, last: unit.end, type: 'DURATION', sem: { k: 'value', value: durationValue(amount.n, unit.unit) } };
    }
    const ordinal = QUARTER_ORDINALS.indexOf(r.w(j)) + 1;
    if (ordinal > 0) {
      if (r.w(j + 1) !== 'quarter') return null;
      return { first: i, last: j + 2, type: 'DATE', sem: { k: 'part', q: ordinal, shift: -1 } };
    }
    if (r.w(j) !== 'quarter' && r.w(j) !== 'period') {
      return { first: i + (the ? 1 : 0), last: j, type: 'DATE', sem: { k: 'shift', unit: 'year', n: -1, anchor: 'dct', compare: true } };
    }
    sem = { k: 'part', q: 0, shift: -4, latest: true };
  } else if (the && r.w(j) === 'quarter' && r.w(j - 1) === 'the') {
    // "the quarter-to-quarter comparison": a compound adjective, no period.
    if (r.w(j + 1) === '-' && r.w(j + 2) === 'to' && r.attached(j + 1)) return null;
    // "the quarter of voters who…": a fraction, not a period.
    if (r.w(j + 1) === 'of' && !r.isNum(j + 2) && r.w(j + 2) !== 'the' && r.w(j + 2) !== 'this' && r.w(j + 2) !== 'last' && r.w(j + 2) !== 'fiscal') return null;
    const ended = periodEnded(r, j + 1) ? r.month(r.w(j + 1) === 'that' ? j + 3 : j + 2) : null;
    // "the quarter ended July 31" runs May to July: the calendar quarter of its middle month.
    sem = ended ? { k: 'part', q: Math.ceil((ended.m === 1 ? 1 : ended.m - 1) / 3) } : { k: 'part', q: 0, shift: 0, latest: true };
  } else {
    const kind = PERIOD_SHIFTS.get(r.w(j));
    if (!kind || kind === 'latest' && !the) return null;
    if (r.w(j) === 'most' && r.w(j + 1) !== 'recent') return null;
    j += r.w(j) === 'most' ? 2 : 1;
    if (r.w(j) === 'fiscal') j++;
    if (r.w(j) === 'period' && kind !== 'latest') return null;
    sem = kind === 'latest' ? { k: 'part', q: 0, shift: 0, latest: true } : { k: 'part', q: 0, shift: kind === 'current' ? 0 : kind === 'next' ? 1 : -1 };
  }
  if (r.w(j) !== 'quarter' && r.w(j) !== 'period') return null;
  return { first: i, last: j + 1, type: 'DATE', sem };
}

/** "the year", "the fiscal year", "the full year", "the current year"; "the year ended June 30" is a duration. */
export function theYear(r: Reader, i: number): Parsed | null {
  if (r.w(i) !== 'the') return null;
  let j = i + 1;
  while (YEAR_NOUNS.has(r.w(j)) && r.w(j) !== 'year') j++;
  if (r.w(j) !== 'year' || r.w(j + 1) === '-' || r.w(j + 1) === 'two' || r.isNum(j + 1)) return null;
  const end = j + 1;
  if (periodEnded(r, end)) return { first: i, last: end, type: 'DURATION', sem: { k: 'value', value: 'P1Y' } };
  const after = r.w(end);
  if (after === 'before' || after === 'earlier' || after === 'after' || after === 'later') {
    if (r.isWord(end + 1) && after !== 'earlier' && after !== 'later') return null;
    return { first: i, last: end + 1, type: 'DATE', sem: { k: 'shift', unit: 'year', n: after === 'before' || after === 'earlier' ? -1 : 1, anchor: 'ref' } };
  }
  return { first: i, last: end, type: 'DATE', sem: { k: 'shift', unit: 'year', n: 0, anchor: 'dct' } };
}

/** "year-end", "year end", "year's end": the end of the publication year. */
export function yearEnd(r: Reader, i: number): Parsed | null {
  if (r.w(i) !== 'year') return null;
  let j = i + 1;
  if (r.w(j) === '-' || r.w(j) === "'" && r.w(j + 1) === 's') j += r.w(j) === '-' ? 1 : 2;
  if (r.w(j) !== 'end') return null;
  return { first: i, last: j + 1, type: 'DATE', sem: { k: 'shift', unit: 'year', n: 0, anchor: 'dct', mod: 'END' } };
}

export const FISCAL_RULES: RuleEntry[] = [
  { rule: namedPeriod, starts: ['the', 'its', 'a', 'year', 'comparable', 'corresponding', ...PERIOD_SHIFTS.keys()] },
  { rule: theYear, starts: ['the'] },
  { rule: yearEnd, starts: ['year'] },
];
