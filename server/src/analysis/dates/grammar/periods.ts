// Grammar rules for named periods: quarters and halves of a year, seasons, holidays.

import { FIXED_HOLIDAYS, MONTHS, ORDINAL_WORDS, SEASONS, UNITS, WEEKDAYS } from '../lexicon';
import type { Parsed, Sem } from '../sem';
import type { Reader } from './reader';
import type { RuleEntry } from './rule';

const SEASON_CONTEXT = new Set(['in', 'during', 'the', 'this', 'last', 'next', 'since', 'until', 'by', 'early', 'late', 'mid', 'that', 'through', 'over', 'past', 'coming', 'until', 'before', 'after', 'from', 'each', 'every']);

const YEAR_OWNERS = new Map([['this', 0], ['last', -1], ['next', 1]]);
/** "of the year", "of this year", "of next year", "of last year". */
const YEAR_OF = new Map([['the', 0], ['this', 0], ['last', -1], ['next', 1]]);

/** Year after a period: "of 1984", "of fiscal 1989", "1984", "'s" owner excluded. */
function periodYear(r: Reader, j: number): { y: number; end: number } | null {
  let k = j;
  if (r.w(k) === 'of') k++;
  if (r.w(k) === 'fiscal') k++;
  const y = r.year(k);
  if (y !== null) return { y, end: k + 1 };
  const spoken = k > j ? r.spokenYear(k) : null;
  return spoken && spoken.y >= 1000 ? spoken : null;
}

/**
 * "the third quarter (of 1984)", "third-quarter", "Q3 2015", "the first half", "the fiscal first quarter", "the 1988 third
 * quarter", "the first two quarters of 1990" (a half).
 */
export function quarter(r: Reader, i: number): Parsed | null {
  let j = i;
  let shift: number | undefined;
  const yearOwner = YEAR_OWNERS.get(r.w(j));
  if (yearOwner !== undefined && r.w(j + 1) === 'year' && r.w(j + 2) === "'" && r.w(j + 3) === 's') {
    shift = yearOwner;
    j += 4;
  } else if (r.w(j) === 'the' || r.w(j) === 'its' || r.w(j) === 'this' || r.w(j) === 'a') j++;
  let y: number | undefined;
  const lead = r.year(j);
  if (lead !== null && j > i) {
    y = lead;
    j++;
  }
  if (r.w(j) === 'fiscal') {
    j++;
    if (r.w(j) === '-') j++;
  }
  let q: number | undefined;
  let h: number | undefined;
  if (r.w(j) === 'q' && r.isNum(j + 1) && r.attached(j + 1) && +r.w(j + 1) >= 1 && +r.w(j + 1) <= 4) {
    q = +r.w(j + 1);
    j += 2;
  } else if (r.w(j) === 'h' && r.isNum(j + 1) && r.attached(j + 1) && (r.w(j + 1) === '1' || r.w(j + 1) === '2') && r.capital(j)) {
    h = +r.w(j + 1);
    j += 2;
  } else {
    const o = ORDINAL_WORDS.get(r.w(j)) ?? (r.w(j) === 'last' ? -1 : r.w(j) === 'final' ? -1 : undefined);
    if (o === undefined) return null;
    let k = j + 1;
    if (r.w(k) === '-') k++;
    if (r.w(k) === 'fiscal') k++;
    if ((o === 1 || o === -1) && r.w(j + 1) === 'two' && r.w(j + 2) === 'quarters') {
      h = o === 1 ? 1 : 2; // "the first two quarters of 1990": its first half
      k = j + 2;
    } else if (r.w(k) === 'quarter' && (o === -1 || o <= 4)) q = o === -1 ? 4 : o;
    else if (r.w(k) === 'half' && (o === -1 || o <= 2)) h = o === -1 ? 2 : o;
    else return null;
    j = k + 1;
  }
  if (y === undefined) {
    const after = periodYear(r, j);
    if (after) {
      y = after.y;
      j = after.end;
    }
  }
  if (y === undefined && shift === undefined && r.w(j) === 'of' && r.w(j + 2) === 'year' && YEAR_OF.has(r.w(j + 1))) {
    shift = YEAR_OF.get(r.w(j + 1));
    j += 3;
  }
  // A half without a year is as likely a match's as a year's ("scored in the second half").
  if (h !== undefined && y === undefined && shift === undefined) return null;
  const sem: Sem = y !== undefined ? { k: 'part', q, h, y } : shift !== undefined ? { k: 'part', q, h, shift } : { k: 'part', q, h };
  return { first: i, last: j, type: 'DATE', sem };
}

/** "fall" the season, not the noun: "last fall", "fall 2015", "the fall of 1998", "in the fall" (not "the fall of Rome"). */
function fallIsSeason(r: Reader, i: number, j: number): boolean {
  if (j > i && r.w(j - 1) !== 'the') return true;
  if (r.year(j + 1) !== null || (r.w(j + 1) === 'of' && r.year(j + 2) !== null)) return true;
  return r.w(j - 1) === 'the' && ['in', 'during', 'by', 'until', 'since', 'through'].includes(r.w(j - 2)) && r.w(j + 1) !== 'of';
}

/** "this summer", "the summer of 1998", "last fall", "summer 2015", "in the spring", "early summer", "that spring". */
export function season(r: Reader, i: number): Parsed | null {
  let j = i;
  let mod: string | undefined;
  let shift: number | undefined;
  if (r.w(j) === 'the' || r.w(j) === 'this' || r.w(j) === 'last' || r.w(j) === 'next' || r.w(j) === 'that') {
    shift = r.w(j) === 'this' ? 0 : r.w(j) === 'last' ? -1 : r.w(j) === 'next' ? 1 : undefined;
    j++;
  }
  if (r.w(j) === 'past' && r.w(j - 1) === 'this') {
    shift = -1;
    j++;
  }
  if (r.w(j) === 'early' || r.w(j) === 'late' || r.w(j) === 'mid') {
    mod = r.w(j) === 'early' ? 'START' : r.w(j) === 'late' ? 'END' : 'MID';
    j++;
    if (r.w(j) === '-') j++;
  }
  const s = SEASONS.get(r.w(j));
  if (!s || j > i && r.broken(j)) return null;
  if (r.w(j) === 'fall' && !fallIsSeason(r, i, j)) return null;
  let end = j + 1;
  let y: number | undefined;
  const after = periodYear(r, end);
  if (after) {
    y = after.y;
    end = after.end;
  }
  if (j === i && y === undefined && !SEASON_CONTEXT.has(r.w(i - 1))) return null;
  const sem: Sem = y !== undefined ? { k: 'season', s, y } : shift !== undefined ? { k: 'season', s, shift } : { k: 'season', s };
  if (mod) sem.mod = mod;
  if (r.w(i) === 'that' && sem.k === 'season' && y === undefined) sem.ref = true;
  return { first: i, last: end, type: 'DATE', sem };
}

const COMPUTED_HOLIDAYS = new Set(['easter', 'easter sunday', 'good friday', 'thanksgiving', 'thanksgiving day', 'labor day', 'memorial day', 'election day', "mother's day", "father's day", 'ash wednesday', 'pentecost']);

/** Verbs in -s that follow a holiday's name ("as Christmas nears"): not a plural noun named after it. */
const HOLIDAY_VERBS = new Set(['nears', 'approaches', 'comes', 'looms', 'falls', 'arrives', 'draws', 'passes', 'rolls', 'grows', 'gets', 'begins', 'ends', 'means', 'brings', 'sees', 'marks', 'lands', 'follows', 'remains', 'was', 'has', 'is']);

/** Holidays: "Christmas", "New Year's Day", "Thanksgiving Day", "Easter", with an optional year. */
export function holiday(r: Reader, i: number): Parsed | null {
  if (!r.capital(i)) return null;
  // Longest name of up to four tokens ("new year ' s day").
  let best: { name: string; end: number } | null = null;
  let name = '';
  for (let k = i; k < i + 5 && k < r.count; k++) {
    const w = r.w(k);
    if (k > i && r.broken(k)) break;
    name = k === i ? w : w === "'" || w === 's' && r.w(k - 1) === "'" ? name + w : `${name} ${w}`;
    if (FIXED_HOLIDAYS.has(name) || COMPUTED_HOLIDAYS.has(name)) best = { name, end: k + 1 };
  }
  if (!best) return null;
  if (best.name === 'new year' && r.w(best.end) === "'") return null;
  // A proper name built on the holiday: "Easter Island", "Christmas Island".
  const next = best.end;
  if (r.isWord(next) && r.capital(next) && !r.broken(next) && !UNITS.has(r.w(next)) && !WEEKDAYS.has(r.w(next)) && !MONTHS.has(r.w(next))) return null;
  // Things named after it, not the day: "Christmas trees", "Easter eggs", "Halloween costumes".
  const noun = r.w(next);
  if (best.end === i + 1 && r.isWord(next) && !r.capital(next) && !r.broken(next) && noun.length > 3 && noun.endsWith('s') && !noun.endsWith('ss') && !UNITS.has(noun) && !HOLIDAY_VERBS.has(noun)) return null;
  const after = periodYear(r, best.end);
  const sem: Sem = after ? { k: 'holiday', name: best.name, y: after.y } : { k: 'holiday', name: best.name };
  return { first: i, last: after ? after.end : best.end, type: 'DATE', sem };
}

const HOLIDAY_STARTS = [...FIXED_HOLIDAYS.keys(), ...COMPUTED_HOLIDAYS].map((name) => name.split(/[ ']/)[0]);
/** First words of holiday names ("new", "labor"): only capitalised do they start one. */
export const HOLIDAY_WORDS: ReadonlySet<string> = new Set(HOLIDAY_STARTS);

export const PERIOD_RULES: RuleEntry[] = [
  { rule: quarter, starts: [...YEAR_OWNERS.keys(), 'the', 'its', 'a', 'fiscal', 'q', 'h', 'final', ...ORDINAL_WORDS.keys()] },
  { rule: season, starts: ['the', 'this', 'last', 'next', 'that', 'early', 'late', 'mid', ...SEASONS.keys()] },
  { rule: holiday, starts: HOLIDAY_STARTS },
];
