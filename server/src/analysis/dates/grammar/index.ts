// The grammar's entry point: scans the tokens, takes the longest rule match at each start, adds modifiers, joins date + time.

import { GAP_LINE, GAP_PARAGRAPH, NUMBER, PUNCT, WORD, WordFilter, lowerAt, type Tokens } from '../tokens';
import type { Parsed, Sem } from '../sem';
import type { PartOfDay } from '../lexicon';
import { Reader } from './reader';
import { DIGITS, type Rule, type RuleEntry } from './rule';
import { FOREIGN_MONTHS, FREQUENCY_WORDS, MONTHS, NUMBER_WORDS, ORDINAL_WORDS, PARTS_OF_DAY, REFERENCE_WORDS, SEASONS, UNITS, WEEKDAYS } from '../lexicon';
import { CALENDAR_RULES } from './calendarDates';
import { HOLIDAY_WORDS, PERIOD_RULES } from './periods';
import { FISCAL_RULES } from './fiscal';
import { DAY_MOD_STARTS, DEICTIC_RULES, modified } from './deictic';
import { CLOCK_RULES } from './clock';
import { QUANTITY_RULES } from './quantities';
import { REFERENCE_RULES } from './references';

/** Every rule, in priority order (earlier wins a tie on length). */
const ENTRIES: RuleEntry[] = [...CALENDAR_RULES, ...PERIOD_RULES, ...FISCAL_RULES, ...DEICTIC_RULES, ...CLOCK_RULES, ...QUANTITY_RULES, ...REFERENCE_RULES];

/** Rules indexed by the first token they can match. */
const BY_START = new Map<string, Rule[]>();
for (const { rule, starts } of ENTRIES) {
  for (const w of new Set(starts)) {
    const list = BY_START.get(w) ?? [];
    if (!list.includes(rule)) list.push(rule);
    BY_START.set(w, list);
  }
}
const NONE: Rule[] = [];

const QUANTITY_MODS: [string[], string][] = [
  [['about'], 'APPROX'], [['around'], 'APPROX'], [['approximately'], 'APPROX'], [['roughly'], 'APPROX'], [['some'], 'APPROX'],
  [['nearly'], 'LESS_THAN'], [['almost'], 'LESS_THAN'], [['just', 'under'], 'LESS_THAN'], [['less', 'than'], 'LESS_THAN'], [['fewer', 'than'], 'LESS_THAN'],
  [['under'], 'LESS_THAN'], [['more', 'than'], 'MORE_THAN'], [['over'], 'MORE_THAN'], [['just', 'over'], 'MORE_THAN'],
  [['at', 'least'], 'EQUAL_OR_MORE'], [['no', 'less', 'than'], 'EQUAL_OR_MORE'], [['at', 'most'], 'EQUAL_OR_LESS'],
  [['no', 'more', 'than'], 'EQUAL_OR_LESS'], [['up', 'to'], 'EQUAL_OR_LESS'],
];

/** QUANTITY_MODS by first word, in their order ("the", the commonest start, has none). */
const QUANTITY_MODS_BY_FIRST = new Map<string, [string[], string][]>();
for (const entry of QUANTITY_MODS) QUANTITY_MODS_BY_FIRST.set(entry[0][0], [...(QUANTITY_MODS_BY_FIRST.get(entry[0][0]) ?? []), entry]);

const MOD_STARTS = new Set([...QUANTITY_MODS.map(([words]) => words[0]), ...DAY_MOD_STARTS]);

function core(r: Reader, i: number): Parsed | null {
  let best: Parsed | null = null;
  for (const rule of r.isNum(i) ? BY_START.get(DIGITS)! : BY_START.get(r.w(i)) ?? NONE) {
    const p = rule(r, i);
    if (p && p.last > i && (!best || p.last > best.last)) best = p;
  }
  return best;
}

function hasHyphen(r: Reader, p: Parsed): boolean {
  for (let k = p.first + 1; k < p.last; k++) if (r.hyphen(k)) return true;
  return false;
}

function withQuantityMod(r: Reader, i: number): Parsed | null {
  const mods = QUANTITY_MODS_BY_FIRST.get(r.w(i));
  if (!mods) return null;
  for (const [words, mod] of mods) {
    let j = i;
    for (const w of words) {
      if (r.w(j) !== w) {
        j = -1;
        break;
      }
      j++;
    }
    if (j < 0) continue;
    if (mod === 'MORE_THAN' && words[0] === 'over' && (r.w(j) === 'the' || r.w(j) === 'past' || r.w(j) === 'last' || r.w(j) === 'next')) continue; // "over the past decade" = during
    if (mod === 'APPROX' && r.w(j) === 'the') continue; // "talk about the decades they spent": a preposition
    const p = core(r, j);
    if (!p) continue;
    const shifted = p.type === 'DATE' && p.sem.k === 'shift' && (r.w(p.last - 1) === 'ago' || r.w(p.last - 1) === 'earlier' || r.w(p.last - 1) === 'later');
    if (p.type !== 'DURATION' && !shifted && !(p.type === 'TIME' && mod === 'APPROX')) continue;
    if (p.first !== j) continue;
    if (hasHyphen(r, p)) continue; // "over a decade-long war": the duration is an adjective, "over" a preposition
    return { first: i, last: p.last, type: p.type, sem: { ...p.sem, mod: p.sem.mod ?? mod } };
  }
  return null;
}

function matchAt(r: Reader, i: number): Parsed | null {
  let best = core(r, i);
  if (!MOD_STARTS.has(r.w(i))) return best;
  const m = modified(r, i, (j) => core(r, j));
  if (m && (!best || m.last > best.last)) best = m;
  const q = withQuantityMod(r, i);
  if (q && (!best || q.last > best.last)) best = q;
  return best;
}

/**
 * Words that carry time on their own. Every expression holds one within its first few tokens, so a rule starting with
 * a function word ("the", "last", "about") is only tried when one follows closely: a fast pre-filter.
 */
const TEMPORAL = new WordFilter([
  ...MONTHS.keys(), ...WEEKDAYS.keys(), ...UNITS.keys(), ...SEASONS.keys(), ...PARTS_OF_DAY.keys(), ...REFERENCE_WORDS.keys(),
  ...FREQUENCY_WORDS.keys(), ...NUMBER_WORDS.keys(), ...ORDINAL_WORDS.keys(), ...FOREIGN_MONTHS.keys(),
  'today', 'yesterday', 'tomorrow', 'tonight', 'noon', 'midday', 'midnight', 'future', 'past', 'present', 'term', 'period',
  'half', 'q', 'h', 'recent', 'current', 'moment', 'days', 'twenties', 'thirties', 'forties', 'fifties', 'sixties',
  'seventies', 'eighties', 'nineties', 'christmas', 'easter', 'thanksgiving', 'halloween', 'eve', 'fiscal', 'fy',
  'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays', 'nights', 'mornings',
]);
/** How far after a function word its time word may come ("the end of the year"). */
const LOOKAHEAD = 5;

/** For each token, the index of the first time word at or after it within its paragraph (count when none). */
/** The apostrophe of "'90s" or "'08" (every other apostrophe, as in "the company's", is no time word). */
function isYearApostrophe(t: Tokens, i: number): boolean {
  return t.kind[i] === PUNCT && i + 1 < t.count && t.kind[i + 1] === NUMBER && lowerAt(t, i) === "'";
}

function nextTemporal(t: Tokens): Int32Array {
  const count = t.count;
  const next = new Int32Array(count + 1);
  next[count] = count;
  const kind = t.kind;
  const gap = t.gap;
  let after = count;
  for (let i = count - 1; i >= 0; i--) {
    const k = kind[i];
    if (k === NUMBER || k === WORD && TEMPORAL.has(t, i) || k === PUNCT && isYearApostrophe(t, i)) after = i;
    else if (i + 1 < count && gap[i + 1] >= GAP_PARAGRAPH) after = count;
    next[i] = after;
  }
  return next;
}

/** First words of rules, of modifiers and of holidays: the only words that can start an expression before its time word. */
const STARTERS = new WordFilter([...BY_START.keys(), ...MOD_STARTS, ...HOLIDAY_WORDS]);

function canStart(r: Reader, i: number, next: Int32Array): boolean {
  if (next[i] === i) return true;
  if (next[i] - i > LOOKAHEAD || !STARTERS.has(r.t, i)) return false;
  const w = r.w(i);
  return BY_START.has(w) || MOD_STARTS.has(w) || r.capital(i) && HOLIDAY_WORDS.has(w);
}

/**
 * The first token after i that canStart may accept. Tokens between i and a time word more than LOOKAHEAD tokens on
 * cannot start (next[i] < count means no paragraph break lies in between); with no time word left in the paragraph,
 * nothing before the next paragraph can.
 */
function nextCandidate(t: Tokens, next: Int32Array, i: number): number {
  const n = next[i];
  if (n < t.count) return n - LOOKAHEAD > i + 1 ? n - LOOKAHEAD : i + 1;
  let k = i + 1;
  while (k < t.count && t.gap[k] < GAP_PARAGRAPH) k++;
  return k;
}

/** A day-level meaning a clock time can be attached to. */
function isDay(s: Sem): boolean {
  if (s.time) return false;
  if (s.k === 'date') return s.d !== undefined;
  if (s.k === 'weekday' || s.k === 'holiday') return true;
  return s.k === 'shift' && s.unit === 'day';
}

/** "6 o'clock this afternoon": an hour without a.m./p.m. read in the part of day beside it (afternoon, evening, night). */
function timeInPart(time: string, pod: PartOfDay | undefined): string {
  const h = Number(time.slice(0, 2));
  const later = pod === 'AF' || pod === 'EV' ? h >= 1 && h <= 11 : pod === 'NI' ? h >= 6 && h <= 11 : false;
  return later ? `${String(h + 12).padStart(2, '0')}${time.slice(2)}` : time;
}

/**
 * "June last year", "February this year", "March of next year": a year-less date in the year the shift names;
 * "October of that year": in the year of the last dated event.
 */
function monthOfYear(r: Reader, a: Parsed, b: Parsed): Parsed | null {
  if (a.sem.k !== 'date' || a.sem.y !== undefined || a.sem.dir !== undefined || a.sem.time) return null;
  if (b.sem.k === 'shift' && b.sem.unit === 'year' && b.sem.anchor === 'ref' && b.sem.n === 0 && r.w(b.first) === 'that' && r.w(a.last) === 'of') {
    return { first: a.first, last: b.last, type: 'DATE', sem: { ...a.sem, yRef: true } };
  }
  if (b.sem.k !== 'shift' || b.sem.unit !== 'year' || b.sem.anchor !== 'dct' || Math.abs(b.sem.n) > 1 || b.sem.mod || r.w(b.first) === 'the') return null;
  return { first: a.first, last: b.last, type: 'DATE', sem: { ...a.sem, yShift: b.sem.n } };
}

/** Token i is a bare plural unit ("weeks", "months"). */
function barePlural(r: Reader, i: number): boolean {
  const u = r.unit(i);
  return u !== null && u.plural;
}

/**
 * "within weeks or months", "in recent weeks and months": a bare plural unit after "or"/"and" and another plural unit
 * belongs to the expression before it (one TimeML expression, its value the first unit's).
 */
function pluralPair(r: Reader, a: Parsed, b: Parsed): Parsed | null {
  if (b.type !== 'DURATION' || b.last !== b.first + 1 || b.first !== a.last + 1 || b.sem.mod) return null;
  const w = r.w(a.last);
  if (w !== 'or' && w !== 'and' || !barePlural(r, a.last - 1) || !barePlural(r, b.first)) return null;
  return { ...a, last: b.last };
}

/** Join "Friday, Oct. 23"-like and "9 a.m. Tuesday" / "Nov. 27, 2015, 09:44" neighbours into one expression. */
function join(r: Reader, a: Parsed, b: Parsed): Parsed | null {
  const pair = pluralPair(r, a, b);
  if (pair) return pair;
  let gap = a.last;
  if (r.w(gap) === ',' || r.w(gap) === 'at' || r.w(gap) === 'on') gap++;
  if (r.broken(b.first)) return null;
  if (gap !== b.first) return r.w(a.last) === 'of' && b.first === a.last + 1 ? monthOfYear(r, a, b) : null;
  const aTime = a.sem.time !== undefined && a.sem.k === 'shift' && a.sem.anchor === 'ref';
  const bTime = b.sem.time !== undefined && b.sem.k === 'shift' && b.sem.anchor === 'ref';
  if (aTime && isDay(b.sem) && r.w(a.last) !== 'at') return { first: a.first, last: b.last, type: 'TIME', sem: { ...b.sem, time: timeInPart(a.sem.time!, b.sem.pod), mod: a.sem.mod ?? b.sem.mod } };
  const aPod = a.sem.pod !== undefined && a.sem.k === 'shift' && a.sem.anchor === 'ref' && !a.sem.time;
  if (aPod && isDay(b.sem) && !b.sem.pod && r.w(a.last) !== ',') return { first: a.first, last: b.last, type: 'TIME', sem: { ...b.sem, pod: a.sem.pod, mod: a.sem.mod ?? b.sem.mod } };
  if (bTime && isDay(a.sem)) return { first: a.first, last: b.last, type: 'TIME', sem: { ...a.sem, time: b.sem.time, pod: undefined, mod: a.sem.mod ?? b.sem.mod } };
  if (b.first === a.last) {
    const m = monthOfYear(r, a, b);
    if (m) return m;
  }
  if (a.sem.k === 'weekday' && a.sem.shift === null && !a.sem.pod && b.sem.k === 'date' && b.sem.d !== undefined && r.w(a.last) !== 'at') {
    return { first: a.first, last: b.last, type: b.type, sem: { ...b.sem, dow: a.sem.dow } };
  }
  return null;
}

const RANGE_WORDS = new Set(['-', 'to', 'and', 'through', 'or', 'until', 'till']);

/** The second day of "March 22-24" / "April 24 and 25": a date in the same month, or null. */
function rangeEnd(r: Reader, p: Parsed): Parsed | null {
  const s = p.sem;
  if (s.k !== 'date' || s.d === undefined || s.time || !RANGE_WORDS.has(r.w(p.last)) || r.broken(p.last)) return null;
  const day = r.day(p.last + 1);
  if (!day || day.d <= s.d || r.month(day.end) || r.w(day.end) === ':' || r.unit(day.end) || r.isWord(day.end) && !r.broken(day.end) && r.w(day.end) !== 'and') return null;
  const sem: Sem = s.y === undefined ? { k: 'date', m: s.m, d: day.d } : { k: 'date', y: s.y, m: s.m, d: day.d };
  return { first: p.last + 1, last: day.end, type: 'DATE', sem };
}

const OPENING_QUOTES = new Set(['"', '\u201c', '`', "'", '\u2018', '\u00ab']);
const CLOSING_QUOTES = new Set(['"', '\u201d', "'", '\u00bb']);
/** How many capitalised title words may stand before or after the time words inside a quoted title. */
const TITLE_WORDS = 5;

/**
 * A quoted title: "This Week With David Brinkley", ABC's "This Week", the film "High Noon". An opening quote attached
 * to a run of capitalised words that holds the whole match and closes (after at most a period or comma) with a
 * closing quote; at least two words; the word before the quote not ending a sentence.
 */
function isQuotedTitle(r: Reader, p: Parsed): boolean {
  let q = p.first - 1;
  let words = 0;
  while (q >= 0 && words < TITLE_WORDS && r.isWord(q) && r.capital(q) && !r.broken(q + 1)) {
    q--;
    words++;
  }
  if (q < 1 || !OPENING_QUOTES.has(r.w(q)) || !r.attached(q + 1)) return false;
  const before = r.w(q - 1);
  if (before === '.' || before === ':' || before === '!' || before === '?' || r.t.gap[q] >= GAP_LINE) return false;
  for (let k = p.first; k < p.last; k++) {
    if (r.isNum(k) && p.type === 'DURATION') words++; // "60 Minutes", not an attribute's date="March 10, 2016"
    if (!r.isWord(k)) continue;
    if (!r.capital(k)) return false;
    words++;
  }
  if (words < 2) return false;
  let e = p.last;
  for (let n = 0; n < TITLE_WORDS && r.isWord(e) && r.capital(e) && !r.broken(e); n++) e++;
  if (r.w(e) === '.' || r.w(e) === ',') e++;
  // The closing quote, not the apostrophe of "I've" or "Friday's".
  if (CLOSING_QUOTES.has(r.w(e)) && r.attached(e) && !(r.isWord(e + 1) && r.attached(e + 1))) return true;
  // Right after the quote and running on in words: "This Week with George …" (not "Last Friday, we …").
  return q === p.first - 1 && r.isWord(p.last) && !r.broken(p.last);
}

/** "10:35 a.m. (0735 GMT)": a clock time alone in parentheses right after another restates it in another zone. */
function isConversion(r: Reader, prev: Parsed, p: Parsed): boolean {
  return prev.sem.time !== undefined && p.sem.time !== undefined && prev.last + 1 === p.first && r.w(prev.last) === '(' && r.w(p.last) === ')';
}

/** Every temporal expression the grammar finds in tokens, in text order, non-overlapping. */
export function parseTokens(t: Tokens): Parsed[] {
  const r = new Reader(t);
  const next = nextTemporal(t);
  const out: Parsed[] = [];
  let i = 0;
  while (i < r.count) {
    const p = canStart(r, i, next) ? matchAt(r, i) : null;
    if (p && isQuotedTitle(r, p)) {
      i = p.last;
      continue;
    }
    if (!p) {
      i = nextCandidate(t, next, i);
      continue;
    }
    const prev = out[out.length - 1];
    if (prev && isConversion(r, prev, p)) {
      i = p.last;
      continue;
    }
    const joined = prev ? join(r, prev, p) : null;
    if (joined) out[out.length - 1] = joined;
    else out.push(p);
    i = p.last;
    const second = rangeEnd(r, out[out.length - 1]);
    if (second) {
      out.push(second);
      i = second.last;
    }
  }
  return out;
}
