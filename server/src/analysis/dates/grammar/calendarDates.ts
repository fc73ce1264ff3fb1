// Grammar rules for calendar dates: month-day(-year), day-month, numeric and foreign dates, years, decades, centuries.

import { FOREIGN_MONTHS, MONTHS, NUMBER_WORDS, ORDINAL_WORDS, WEEKDAYS } from '../lexicon';
import { isValidDate } from '../calendar';
import { stripDiacritics } from '../../text/normalize';
import type { Parsed } from '../sem';
import type { Reader } from './reader';
import { DIGITS, type RuleEntry } from './rule';

const YEAR_PREPOSITIONS = new Set(['in', 'since', 'from', 'until', 'till', 'by', 'of', 'during', 'year', 'circa', 'before', 'after', 'fiscal', 'to', 'and', 'through', 'between']);
const CURRENCY = new Set(['$', '€', '£', '¥', '#']);
/** Words after a number that show it counts things rather than naming a year. */
const COUNT_CONTEXT = new Set(['%', 'percent', 'per', 'people', 'troops', 'soldiers', 'members', 'votes', 'km', 'miles', 'metres', 'meters', 'feet', 'tons', 'tonnes', 'dollars', 'euros', 'pounds', 'points', 'cases', 'deaths', 'jobs', 'units', 'shares']);

/** Optional "Weekday," before a full date: index after it. */
function weekdayPrefix(r: Reader, i: number): number {
  if (!WEEKDAYS.has(r.w(i)) || !r.capital(i)) return i;
  if (r.w(i + 1) !== ',' && r.w(i + 1) !== 'the' && !MONTHS.has(r.w(i + 1))) return i;
  let j = i + 1;
  if (r.w(j) === ',') j++;
  if (r.w(j) === 'the') j++;
  return j;
}

/** A year after a date: ", 2015" or " 2015". */
function trailingYear(r: Reader, j: number): { y: number; end: number } | null {
  let k = j;
  if (r.w(k) === ',' || (r.w(k) === 'of' && r.isNum(k + 1))) k++;
  const y = r.year(k);
  if (y === null || r.broken(k)) {
    const spoken = r.broken(k) ? null : r.spokenYear(k);
    return spoken && spoken.y >= 1000 ? spoken : null;
  }
  return { y, end: k + 1 };
}

/** "Nov. 27, 2015", "November 13", "Thursday, April 6", "July 1997", "July". */
export function monthFirst(r: Reader, i: number): Parsed | null {
  const j = weekdayPrefix(r, i);
  const dow = j > i ? WEEKDAYS.get(r.w(i)) : undefined;
  const month = r.month(j);
  if (!month || j > i && r.broken(j)) return null;
  const m = month.m;
  const day = r.broken(month.end) ? null : r.day(month.end);
  if (day) {
    const year = trailingYear(r, day.end);
    if (year) {
      if (!isValidDate(year.y, m, day.d)) return null;
      return { first: i, last: year.end, type: 'DATE', sem: { k: 'date', y: year.y, m, d: day.d } };
    }
    if (day.d > 31 || !isValidDate(2000, m, day.d)) return null;
    return { first: i, last: day.end, type: 'DATE', sem: dow === undefined ? { k: 'date', m, d: day.d } : { k: 'date', m, d: day.d, dow } };
  }
  const year = trailingYear(r, month.end);
  if (year) return { first: i, last: year.end, type: 'DATE', sem: { k: 'date', y: year.y, m } };
  if (j !== i) return null;
  // "June Carter", "August Wilson": a first name, unless a preposition says it is the month.
  if (r.capital(month.end) && r.isWord(month.end) && !r.broken(month.end) && !MONTH_CONTEXT.has(r.w(i - 1))) return null;
  return { first: i, last: month.end, type: 'DATE', sem: { k: 'date', m } };
}

/** "27 November 2015", "the 27th of November", "27 Kasım 2015", "27 de noviembre de 2015", "27. November 2015". */
export function dayFirst(r: Reader, i: number): Parsed | null {
  let j = weekdayPrefix(r, i);
  if (r.w(j) === 'the' && j === i) j++;
  const day = r.day(j);
  if (!day) return null;
  let k = day.end;
  if (r.w(k) === '.' && r.attached(k)) k++;
  if (r.w(k) === 'of' || r.w(k) === 'de') k++;
  if (r.broken(k)) return null;
  const english = r.month(k);
  if (english) {
    const year = trailingYear(r, english.end);
    if (year) return isValidDate(year.y, english.m, day.d) ? { first: i, last: year.end, type: 'DATE', sem: { k: 'date', y: year.y, m: english.m, d: day.d } } : null;
    if (!isValidDate(2000, english.m, day.d)) return null;
    return { first: i, last: english.end, type: 'DATE', sem: { k: 'date', m: english.m, d: day.d } };
  }
  const foreign = FOREIGN_MONTHS.get(r.w(k)) ?? FOREIGN_MONTHS.get(stripDiacritics(r.w(k)));
  if (foreign === undefined) return null;
  let e = r.dot(k + 1);
  if (r.w(e) === 'de' || r.w(e) === ',') e++;
  const y = r.year(e);
  if (y === null || !isValidDate(y, foreign, day.d)) return null;
  return { first: i, last: e + 1, type: 'DATE', sem: { k: 'date', y, m: foreign, d: day.d } };
}

/** Numeric dates: 2015-11-27, 2015/11/27, 27.11.2015, 27/11/2015 and 11/27/2015 (ambiguous order flagged). */
export function numericDate(r: Reader, i: number): Parsed | null {
  if (!r.isNum(i) || !r.isNum(i + 2) || !r.isNum(i + 4)) return null;
  const sep = r.w(i + 1);
  if ((sep !== '-' && sep !== '/' && sep !== '.') || r.w(i + 3) !== sep) return null;
  for (let k = i + 1; k <= i + 4; k++) if (!r.attached(k)) return null;
  if ((r.w(i + 5) === sep || r.w(i + 5) === '.' || r.w(i + 5) === ',') && r.isNum(i + 6) && r.attached(i + 5) && r.attached(i + 6)) return null; // a longer number run
  const a = r.w(i);
  const b = r.w(i + 2);
  const c = r.w(i + 4);
  if (a.length === 4 && b.length <= 2 && c.length <= 2) {
    const y = +a;
    const m = +b;
    const d = +c;
    return isValidDate(y, m, d) ? { first: i, last: i + 5, type: 'DATE', sem: { k: 'date', y, m, d } } : null;
  }
  if (a.length > 2 || b.length > 2 || (c.length !== 4 && c.length !== 2) || sep === '-') return null;
  const y = c.length === 4 ? +c : +c < 50 ? 2000 + +c : 1900 + +c;
  const x = +a;
  const z = +b;
  if (sep === '.') return isValidDate(y, z, x) ? { first: i, last: i + 5, type: 'DATE', sem: { k: 'date', y, m: z, d: x } } : null;
  if (x > 12 && isValidDate(y, z, x)) return { first: i, last: i + 5, type: 'DATE', sem: { k: 'date', y, m: z, d: x } };
  if (z > 12 && isValidDate(y, x, z)) return { first: i, last: i + 5, type: 'DATE', sem: { k: 'date', y, m: x, d: z } };
  if (!isValidDate(y, x, z)) return null;
  return { first: i, last: i + 5, type: 'DATE', sem: { k: 'date', y, m: x, d: z, ambiguousOrder: x !== z } };
}

/** A year on its own: "in 2015", "fiscal 1989", "the year 2000", "'98". */
export function yearAlone(r: Reader, i: number): Parsed | null {
  let j = i;
  if (r.w(j) === 'fiscal' || r.w(j) === 'fy') j++;
  else if (r.w(j) === 'the' && r.w(j + 1) === 'year' && r.isNum(j + 2)) j += 2;
  if (r.w(j) === "'" && r.isNum(j + 1) && r.w(j + 1).length === 2 && r.attached(j + 1) && !r.attached(j + 2)) {
    if (j > 0 && r.attached(j) && r.isWord(j - 1)) return null;
    if (j > 0 && r.attached(j) && r.w(j - 1) === "'") return null; // ''60 Minutes'': a typewriter quote, not '60
    const yy = +r.w(j + 1);
    return { first: i, last: j + 2, type: 'DATE', sem: { k: 'value', value: String(yy < 30 ? 2000 + yy : 1900 + yy) } };
  }
  const y = r.year(j);
  const prev = r.w(i - 1);
  if (y === null) {
    const spoken = r.spokenYear(j);
    if (!spoken || spoken.y < 1000) return null;
    if (spoken.y === 2000 && r.w(j + 1) === 'thousand' && spoken.end === j + 2 && j === i && !YEAR_PREPOSITIONS.has(prev)) return null;
    const hundred = r.w(spoken.end - 1) === 'hundred';
    if ((spoken.y >= 2000 || hundred) && j === i && !YEAR_PREPOSITIONS.has(prev)) return null;
    return { first: i, last: spoken.end, type: 'DATE', sem: { k: 'value', value: String(spoken.y) } };
  }
  if (CURRENCY.has(prev) && r.attached(i)) return null;
  if (prev === 'no' || prev === 'number' || prev === '#') return null;
  if ((prev === '.' || prev === ',' || prev === ':' || prev === '/') && r.attached(i) && r.isNum(i - 2)) return null;
  if (r.attached(j + 1) && (r.isWord(j + 1) && r.w(j + 1) !== 's' || r.w(j + 1) === '%')) return null;
  const next = r.w(j + 1);
  if (COUNT_CONTEXT.has(next)) return null;
  const context = j !== i || YEAR_PREPOSITIONS.has(prev);
  if (y < 1900 && !context) return null;
  if (y > 2100 || y < 1000) return null;
  return { first: i, last: j + 1, type: 'DATE', sem: { k: 'value', value: String(y) } };
}

const DECADE_WORDS = new Map([
  ['twenties', 2], ['thirties', 3], ['forties', 4], ['fifties', 5], ['sixties', 6], ['seventies', 7], ['eighties', 8], ['nineties', 9],
]);
const DECADE_MODS = new Map([['early', 'START'], ['mid', 'MID'], ['late', 'END']]);

/** "the 1990s", "the '80s", "the nineties", "the early 1980s", "mid-1990s"; "the 1800s" is a century. */
export function decade(r: Reader, i: number): Parsed | null {
  let j = i;
  if (r.w(j) === 'the') j++;
  const mod = DECADE_MODS.get(r.w(j));
  if (mod) {
    j++;
    if (r.w(j) === '-') j++;
  }
  let value: string | null = null;
  let end = j;
  const w = r.w(j);
  if (r.isNum(j) && w.length === 4 && w.endsWith('0') && r.attached(j + 1)) {
    if (r.w(j + 1) === 's') end = j + 2;
    else if (r.w(j + 1) === "'" && r.w(j + 2) === 's' && r.attached(j + 2)) end = j + 3;
    // "the 1800s" names the century 1800-1899; "the 2000s" keeps its usual decade reading.
    if (end > j) value = w.endsWith('00') && +w < 2000 ? w.slice(0, 2) : w.slice(0, 3);
  } else if (w === "'" && r.isNum(j + 1) && r.w(j + 1).length === 2 && r.w(j + 1).endsWith('0') && r.w(j + 2) === 's' && r.attached(j + 1) && r.attached(j + 2)) {
    const yy = +r.w(j + 1);
    value = String(yy < 30 ? 200 + yy / 10 : 190 + yy / 10);
    end = j + 3;
  } else if (r.isNum(j) && w.length === 2 && w.endsWith('0') && r.w(j + 1) === 's' && r.attached(j + 1) && (j > i)) {
    const yy = +w;
    value = String(190 + yy / 10);
    end = j + 2;
  } else if (DECADE_WORDS.has(w) && j > i) {
    value = `19${DECADE_WORDS.get(w)}`;
    end = j + 1;
  }
  if (value === null) return null;
  return { first: i, last: end, type: 'DATE', sem: mod ? { k: 'value', value, mod } : { k: 'value', value } };
}

/** "the 20th century", "the twenty-first century" (value: the century's first two digits). */
export function century(r: Reader, i: number): Parsed | null {
  let j = i;
  if (r.w(j) === 'the') j++;
  const mod = DECADE_MODS.get(r.w(j));
  if (mod) j++;
  if (r.w(j) === '-') j++;
  let n: number | null = null;
  if (r.isNum(j) && r.w(j).length <= 2 && ['st', 'nd', 'rd', 'th'].includes(r.w(j + 1)) && r.attached(j + 1)) {
    n = +r.w(j);
    j += 2;
  } else if (ORDINAL_WORDS.has(r.w(j))) {
    n = ORDINAL_WORDS.get(r.w(j)) ?? null;
    j++;
  } else if (NUMBER_WORDS.get(r.w(j)) === 20) {
    let k = j + 1;
    if (r.w(k) === '-') k++;
    const o = ORDINAL_WORDS.get(r.w(k));
    if (o !== undefined && o < 10) {
      n = 20 + o;
      j = k + 1;
    }
  }
  if (n === null || r.w(j) !== 'century' || n < 1 || n > 30) return null;
  const value = String(n - 1).padStart(2, '0');
  return { first: i, last: j + 1, type: 'DATE', sem: mod ? { k: 'value', value, mod } : { k: 'value', value } };
}

const MONTH_CONTEXT = new Set(['in', 'since', 'until', 'till', 'by', 'of', 'early', 'late', 'mid', '-', 'during', 'before', 'after', 'through', 'from', 'last', 'next', 'this']);
const EDGE_MODS = ['early', 'mid', 'late'];

export const CALENDAR_RULES: RuleEntry[] = [
  { rule: monthFirst, starts: [...MONTHS.keys(), ...WEEKDAYS.keys()] },
  { rule: dayFirst, starts: [DIGITS, 'the', ...WEEKDAYS.keys()] },
  { rule: numericDate, starts: [DIGITS] },
  { rule: yearAlone, starts: [DIGITS, 'fiscal', 'fy', 'the', "'", ...NUMBER_WORDS.keys()] },
  { rule: decade, starts: [DIGITS, 'the', "'", ...EDGE_MODS] },
  { rule: century, starts: [DIGITS, 'the', ...EDGE_MODS, ...ORDINAL_WORDS.keys(), 'twenty'] },
];
