// Grammar rules for expressions relative to the publication date or the last dated event: today, last week, Thursday, two days ago, the next day.

import { MONTHS, ORDINAL_WORDS, PARTS_OF_DAY, UNITS, WEEKDAYS, type PartOfDay, type Unit } from '../lexicon';
import type { Parsed, Sem } from '../sem';
import { GAP_LINE } from '../tokens';
import type { Reader } from './reader';
import type { RuleEntry } from './rule';

const DAY_WORDS = new Map([['today', 0], ['yesterday', -1], ['tomorrow', 1], ['tonight', 0]]);

/** Optional part of day after a day ("Sunday night", "yesterday morning"): the part and the index after it. */
function partOfDay(r: Reader, j: number): { pod: PartOfDay; end: number } | null {
  if (r.broken(j)) return null;
  const pod = PARTS_OF_DAY.get(r.w(j));
  if (pod && r.w(j) !== 'overnight') return { pod, end: j + 1 };
  return null;
}

function withPod(p: Parsed, r: Reader): Parsed {
  const pod = partOfDay(r, p.last);
  if (!pod) return p;
  return { first: p.first, last: pod.end, type: 'TIME', sem: { ...p.sem, pod: pod.pod } };
}

/** Nouns of an age or a population: after "today's" they make it "nowadays". */
const AGE_NOUNS = new Set(['world', 'youth', 'society', 'generation', 'generations', 'kids', 'children', 'young', 'teenagers', 'culture', 'standards', 'computers', 'technology', 'version']);

/** "today's world", "today's personal computers": an age noun within three words after the possessive. */
function nowadays(r: Reader, k: number): boolean {
  for (let n = 0; n < 3 && r.isWord(k + n) && !r.broken(k + n); n++) if (AGE_NOUNS.has(r.w(k + n))) return true;
  return false;
}

/** "today", "yesterday morning", "tomorrow night", "tonight", "the day before yesterday". */
export function dayWord(r: Reader, i: number): Parsed | null {
  let j = i;
  let extra = 0;
  if (r.w(j) === 'the' && r.w(j + 1) === 'day' && (r.w(j + 2) === 'before' || r.w(j + 2) === 'after')) {
    extra = r.w(j + 2) === 'before' ? -1 : 1;
    j += 3;
  }
  const n = DAY_WORDS.get(r.w(j));
  if (n === undefined || r.broken(j) && j > i) return null;
  if (extra !== 0 && n === 0) return null;
  // "USA Today", "VOA Today": a capitalised day word after a capitalised word on the same line is a name.
  if (j === i && r.capital(j) && r.isWord(j - 1) && r.capital(j - 1) && r.t.gap[j] < GAP_LINE) return null;
  let last = j + 1;
  if (r.w(last) === "'" && r.w(last + 1) === 's' && r.attached(last)) {
    // "today's youth", "in today's world": today as the present age, not the publication day.
    if (n === 0 && extra === 0 && r.w(j) === 'today' && nowadays(r, last + 2)) return null;
    last += 2;
  }
  const p: Parsed = { first: i, last, type: 'DATE', sem: { k: 'shift', unit: 'day', n: n + extra, anchor: 'dct' } };
  if (r.w(j) === 'tonight') return { ...p, type: 'TIME', sem: { ...p.sem, pod: 'NI' } };
  return withPod(p, r);
}

/** "this morning", "last night", "this afternoon", "overnight". */
export function partOfDayPhrase(r: Reader, i: number): Parsed | null {
  const w = r.w(i);
  if (w === 'overnight') return null;
  if (w !== 'this' && w !== 'last' && w !== 'that' && w !== 'the') return null;
  const pod = PARTS_OF_DAY.get(r.w(i + 1));
  if (!pod || r.broken(i + 1)) return null;
  if (r.w(i + 1) === 'overnight') return null; // "you can't do that overnight": quickly, not a night
  if (w === 'last' && r.w(i + 1) !== 'night' && r.w(i + 1) !== 'evening') return null;
  if (w === 'the' && !(r.w(i - 1) === 'in' || r.w(i - 1) === 'during' || r.w(i - 1) === 'by') || r.w(i + 2) === 'of') return null;
  const anchor = w === 'this' || w === 'last' ? 'dct' : 'ref';
  return { first: i, last: i + 2, type: 'TIME', sem: { k: 'shift', unit: 'day', n: w === 'last' ? -1 : 0, anchor, pod } };
}

const WEEKDAY_SHIFTS = new Map([['last', -1], ['past', -1], ['previous', -1], ['next', 1], ['coming', 1], ['following', 1], ['this', 0]]);

/** "Thursday", "last Friday", "this past Sunday", "next Tuesday", "Friday's", "Sunday night". */
export function weekday(r: Reader, i: number): Parsed | null {
  let j = i;
  let shift: number | null = null;
  // "the following Friday" is relative to the narrative, like "the next day".
  const narrative = r.w(j) === 'the' && (r.w(j + 1) === 'previous' || r.w(j + 1) === 'following');
  if (narrative) j++;
  // Without "the", "following" is a preposition: "Following Monday's debate, …".
  if (!narrative && r.w(j) === 'following') return null;
  const s = WEEKDAY_SHIFTS.get(r.w(j));
  if (s !== undefined) {
    shift = s;
    j++;
    if (s === 0 && (r.w(j) === 'past' || r.w(j) === 'coming')) {
      shift = r.w(j) === 'past' ? -1 : 1;
      j++;
    }
  }
  const dow = WEEKDAYS.get(r.w(j));
  if (dow === undefined || !r.capital(j) || r.broken(j) && j > i) return null;
  let last = j + 1;
  if (r.w(last) === "'" && r.w(last + 1) === 's' && r.attached(last)) last += 2;
  const sem: Sem = narrative ? { k: 'weekday', dow, shift, anchor: 'ref' } : { k: 'weekday', dow, shift };
  return withPod({ first: i, last, type: 'DATE', sem }, r);
}

const PERIOD_UNITS = new Set<Unit>(['week', 'month', 'year', 'weekend', 'decade', 'century', 'quarter']);
const RELATIVE_WORDS = new Map([['this', 0], ['last', -1], ['next', 1], ['current', 0], ['previous', -1], ['following', 1], ['coming', 1], ['past', -1], ['prior', -1]]);

/** "last week", "this year", "next month", "the following week", "the previous year", "last weekend", "last November", "this summer". */
export function relativePeriod(r: Reader, i: number): Parsed | null {
  let j = i;
  const the = r.w(j) === 'the' || r.w(j) === 'that';
  if (the) j++;
  const w = r.w(j);
  if (the && w === 'weekend') return { first: i, last: j + 1, type: 'DATE', sem: { k: 'weekend', shift: null } };
  const n = RELATIVE_WORDS.get(w);
  if (n === undefined) return null;
  // "told NBC that this week's address…": "that" is the conjunction, the expression starts after it.
  if (r.w(i) === 'that' && (w === 'this' || w === 'last' || w === 'next')) return null;
  j++;
  if (w === 'this' && (r.w(j) === 'past' || r.w(j) === 'coming')) j++;
  // "the next month" follows the last dated event, but "within/over the next month" counts from now.
  const fromNow = w === 'next' && (r.w(i - 1) === 'within' || r.w(i - 1) === 'over');
  const anaphoric = the && !fromNow && (w === 'following' || w === 'previous' || w === 'next' || w === 'prior');
  const unitWord = r.w(j);
  const unit = UNITS.get(unitWord);
  if (unit && PERIOD_UNITS.has(unit) && !unitWord.endsWith('s')) {
    if (the && (w === 'past' || w === 'coming' || w === 'last' && unit !== 'weekend')) return null; // "the past week" is a duration
    if (!the && (w === 'previous' || w === 'following' || w === 'prior')) return null;
    if (unit === 'weekend') return { first: i, last: j + 1, type: 'DATE', sem: { k: 'weekend', shift: r.w(j - 1) === 'past' ? -1 : n } };
    if (unit === 'quarter') return { first: i, last: j + 1, type: 'DATE', sem: { k: 'part', q: 0, shift: n } };
    if (w === 'past' && !the || w === 'coming' && !the) return null;
    return { first: i, last: j + 1, type: 'DATE', sem: { k: 'shift', unit, n: r.w(j - 1) === 'past' ? -1 : n, anchor: anaphoric ? 'ref' : 'dct' } };
  }
  if (the || w === 'current' || w === 'prior') return null;
  const m = MONTHS.get(unitWord);
  const month = m !== undefined ? r.month(j) : null;
  if (month) {
    const dir = r.w(j - 1) === 'past' ? -1 : n;
    const end = month.end;
    const day = r.day(end);
    if (day) return { first: i, last: day.end, type: 'DATE', sem: { k: 'date', m: month.m, d: day.d, dir } };
    return { first: i, last: end, type: 'DATE', sem: { k: 'date', m: month.m, dir } };
  }
  return null;
}

const DAY_ANAPHORS = new Set(['that', 'the']);

/** "that day", "the same day", "the next day", "the day before", "the following morning", "hours later", "that night". */
export function anaphoricDay(r: Reader, i: number): Parsed | null {
  let j = i;
  const w = r.w(j);
  if ((w === 'hours' || w === 'minutes' || w === 'moments') && (r.w(j + 1) === 'later' || r.w(j + 1) === 'earlier')) {
    return { first: i, last: j + 2, type: 'DATE', sem: { k: 'shift', unit: 'day', n: 0, anchor: 'ref' } };
  }
  if (!DAY_ANAPHORS.has(w)) return null;
  j++;
  let n = 0;
  if (r.w(j) === 'same' || r.w(j) === 'very') j++;
  else if (r.w(j) === 'next' || r.w(j) === 'following') {
    n = 1;
    j++;
  } else if (r.w(j) === 'previous' || r.w(j) === 'prior') {
    n = -1;
    j++;
  } else if (w === 'the' && r.w(j) === 'day' && (r.w(j + 1) === 'before' || r.w(j + 1) === 'after') && !r.isWord(j + 2)) {
    return { first: i, last: j + 2, type: 'DATE', sem: { k: 'shift', unit: 'day', n: r.w(j + 1) === 'before' ? -1 : 1, anchor: 'ref' } };
  } else if (w === 'the' && ORDINAL_WORDS.has(r.w(j)) && r.w(j + 1) === 'day' && r.w(j + 2) === 'of' && (r.w(i - 1) === 'is' || r.w(i - 1) === 's' && r.w(i - 2) === "'")) {
    // "Today is the eighth day of the strike", "It's the second day of the offensive": the publication day.
    return { first: i, last: j + 2, type: 'DATE', sem: { k: 'shift', unit: 'day', n: 0, anchor: 'dct' } };
  } else if (w === 'the') return null;
  const unit = r.w(j);
  if (unit === 'day') return { first: i, last: j + 1, type: 'DATE', sem: { k: 'shift', unit: 'day', n, anchor: 'ref' } };
  const pod = PARTS_OF_DAY.get(unit);
  if (pod && unit !== 'overnight') return { first: i, last: j + 1, type: 'TIME', sem: { k: 'shift', unit: 'day', n, anchor: 'ref', pod } };
  if (w === 'that' && n === 0 && (unit === 'week' || unit === 'month' || unit === 'year')) {
    return { first: i, last: j + 1, type: 'DATE', sem: { k: 'shift', unit, n: 0, anchor: 'ref' } };
  }
  return null;
}

/** After "the end of", "earlier in", "mid-": "the month", "the day", "the week", "afternoon" — the current one. */
function periodOfContext(r: Reader, j: number): Parsed | null {
  const pod = PARTS_OF_DAY.get(r.w(j));
  if (pod) return { first: j, last: j + 1, type: 'TIME', sem: { k: 'shift', unit: 'day', n: 0, anchor: 'ref', pod } };
  if (r.w(j) !== 'the') return null;
  const unit = r.w(j + 1);
  if (unit === 'day') return { first: j, last: j + 2, type: 'DATE', sem: { k: 'shift', unit: 'day', n: 0, anchor: 'ref' } };
  if (unit === 'week' || unit === 'month' || unit === 'year') return { first: j, last: j + 2, type: 'DATE', sem: { k: 'shift', unit, n: 0, anchor: 'dct' } };
  return null;
}

const DAY_MODS = new Map([['early', 'START'], ['earlier', 'START'], ['late', 'END'], ['later', 'END'], ['mid', 'MID']]);

/** "early next week", "earlier this year", "late November", "later this month", "mid-2015", "earlier that day". */
/** A day named on the calendar: a weekday, a month-day or a holiday (not an anaphoric "that day"). */
function isNamedDay(s: Sem): boolean {
  return s.k === 'weekday' && s.anchor === undefined || s.k === 'date' && s.d !== undefined && !s.week || s.k === 'holiday';
}

export function modified(r: Reader, i: number, inner: (i: number) => Parsed | null): Parsed | null {
  const w = r.w(i);
  if (w === 'the' && r.w(i + 1) === 'week' && r.w(i + 2) === 'of') {
    // "the week of March 6": the ISO week holding that day.
    const day = inner(i + 3);
    if (!day || day.sem.k !== 'date' || day.sem.d === undefined || day.sem.time || day.sem.pod) return null;
    return { first: i, last: day.last, type: 'DATE', sem: { ...day.sem, week: true } };
  }
  if (w === 'the' && r.w(i + 1) === 'day' && (r.w(i + 2) === 'before' || r.w(i + 2) === 'after')) {
    // "the day before last Tuesday's hearing": a day beside a named day.
    const day = inner(i + 3);
    if (!day || !isNamedDay(day.sem) || day.sem.time || day.sem.pod) return null;
    return { first: i, last: day.last, type: 'DATE', sem: { ...day.sem, dayShift: r.w(i + 2) === 'before' ? -1 : 1 } };
  }
  let mod = DAY_MODS.get(w);
  let j = i + 1;
  if (mod === undefined) {
    // "the end of", "the beginning of", "the start of", "the middle of", "the turn of"
    let k = i;
    if (w === 'the') k++;
    const head = r.w(k);
    mod = head === 'end' ? 'END' : head === 'beginning' || head === 'start' ? 'START' : head === 'middle' ? 'MID' : undefined;
    if (mod === undefined || r.w(k + 1) !== 'of') return null;
    j = k + 2;
  } else if (r.w(j) === '-' && r.attached(j)) j++;
  else if (w === 'earlier' || w === 'later') {
    if (r.w(j) === 'in' && r.w(j + 1) === 'the') j++;
  }
  const p = inner(j) ?? periodOfContext(r, j);
  if (!p || p.type === 'DURATION' || p.type === 'SET' || p.sem.k === 'value' && /_REF$/.test(p.sem.value)) return null;
  if (p.sem.k === 'weekday' && (w === 'earlier' || w === 'later')) return null;
  return { first: i, last: p.last, type: p.type, sem: { ...p.sem, mod: p.sem.mod ?? mod } };
}

export const DEICTIC_RULES: RuleEntry[] = [
  { rule: dayWord, starts: ['the', ...DAY_WORDS.keys()] },
  { rule: partOfDayPhrase, starts: ['this', 'last', 'that', 'the'] },
  { rule: weekday, starts: ['the', ...WEEKDAY_SHIFTS.keys(), ...WEEKDAYS.keys()] },
  { rule: relativePeriod, starts: ['the', 'that', ...RELATIVE_WORDS.keys()] },
  { rule: anaphoricDay, starts: ['hours', 'minutes', 'moments', ...DAY_ANAPHORS] },
];

/** First words of the modifiers `modified` reads ("early", "the end of"). */
export const DAY_MOD_STARTS = [...DAY_MODS.keys(), 'the', 'end', 'beginning', 'start', 'middle'];
