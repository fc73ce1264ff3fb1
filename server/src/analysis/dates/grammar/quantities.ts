// Grammar rules for amounts of time: durations ("90-minute", "the past two years"), "N units ago/later", and sets ("every Tuesday", "daily").

import { FREQUENCY_WORDS, MONTHS, NUMBER_WORDS, PARTS_OF_DAY, SEASONS, UNITS, UNIT_DURATION, VAGUE_AMOUNTS, WEEKDAYS, type Unit } from '../lexicon';
import type { Parsed, Sem } from '../sem';
import type { Amount, Reader } from './reader';
import { DIGITS, type RuleEntry } from './rule';

const DURATION_PREFIXES = new Set(['past', 'last', 'next', 'coming', 'first', 'final', 'previous', 'following', 'initial', 'remaining', 'additional', 'other', 'latest', 'same', 'ensuing', 'preceding']);
const VERB_BEFORE_LAST = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'll', 'must', 'not', 'did', 'does', 'do']);
const UNIT_FILLERS = new Set(['more', 'additional', 'straight', 'consecutive', 'full', 'long', 'trading', 'business', 'working', 'calendar', 'successive', 'extra', 'further', 'whole', 'entire']);
const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'can', 'should', 'must', 'll', 'shall']);
const FREQUENCY_BEFORE = new Set(['once', 'twice', 'thrice', 'times', '%', 'percent', 'cents', 'dollars', 'euros', 'pounds', 'billion', 'million']);

/** TimeML duration value for n units (n null: vague "X"). Fractions go down to the next unit. */
export function durationValue(n: number | null, unit: Unit): string {
  const { code, clock, factor } = UNIT_DURATION[unit];
  const t = clock ? 'T' : '';
  if (n === null) return `P${t}X${unit === 'decade' ? 'E' : unit === 'century' ? 'C' : unit === 'weekend' ? 'WE' : code}`;
  const total = n * factor;
  if (Number.isInteger(total)) return `P${t}${total}${code}`;
  const whole = Math.floor(total);
  const frac = total - whole;
  const sub: Record<string, [string, number, boolean]> = { Y: ['M', 12, false], M: clock ? ['S', 60, true] : ['D', 30, false], W: ['D', 7, false], D: ['H', 24, true], H: ['M', 60, true], Q: ['M', 3, false] };
  const s = sub[code];
  if (!s) return `P${t}${total}${code}`;
  const part = Math.round(frac * s[1]);
  if (clock || !s[2]) return `P${t}${whole ? `${whole}${code}` : ''}${part}${s[0]}`;
  return `P${whole ? `${whole}${code}` : ''}T${part}${s[0]}`;
}

/** "N units" with an optional "and a half"; returns the unit, amount and index after it. */
function amountUnit(r: Reader, i: number): { amount: Amount; unit: Unit; plural: boolean; end: number; compound: boolean } | null {
  let amount: Amount | null = r.w(i) === 'half' && (r.w(i + 1) === 'an' || r.w(i + 1) === 'a') ? { n: 0.5, end: i + 2 } : r.amount(i);
  let j = amount ? amount.end : i;
  let compound = false;
  if (amount && r.w(j) === '-' && r.attached(j) && r.attached(j + 1)) {
    j++;
    compound = true;
  } else if (amount && amount.n !== null && r.w(j) === 'half' && r.amount(i)?.n === 1 && (r.w(i) === 'a' || r.w(i) === 'an')) {
    amount = { n: 0.5, end: j + 1 };
    j++;
  }
  while (!compound && UNIT_FILLERS.has(r.w(j)) && r.w(j + 1) !== 'and') j++;
  const u = r.unit(j);
  if (!u || r.broken(j) && j > i || compound && u.plural) return null; // "three-quarters" is a fraction
  if (!amount) {
    if (!u.plural && !(r.w(u.end) === '-' && r.w(u.end + 1) === 'long' && r.attached(u.end))) return null;
    if (u.plural && u.unit === 'hour' && (r.w(j - 1) === 'early' || r.w(j - 1) === 'small' || r.w(j - 1) === 'wee')) return null; // "the early hours of Friday"
    amount = { n: u.plural ? null : 1, end: j };
  }
  let end = u.end;
  let n = amount.n;
  if (r.w(end) === 'and' && (r.w(end + 1) === 'a' || r.w(end + 1) === 'one') && r.w(end + 2) === 'half' && n !== null) {
    n += 0.5;
    end += 3;
  }
  if (compound && r.w(end) === '-' && r.w(end + 1) === 'old' && r.attached(end)) return null; // an age, not a duration
  if (r.w(end) === '-' && r.w(end + 1) === 'long' && r.attached(end)) end += 2; // "decade-long", "two-year-long"
  // "a week or so (ago)": an approximate amount.
  if (!compound && n !== null && r.w(end) === 'or' && r.w(end + 1) === 'so' && !r.broken(end)) return { amount: { ...amount, n, approx: true }, unit: u.unit, plural: u.plural, end: end + 2, compound };
  return { amount: { ...amount, n }, unit: u.unit, plural: u.plural, end, compound };
}

/** The granularity a shift by this unit is reported in ("two hours ago" → the day, "a decade ago" → the year). */
function shiftGranularity(unit: Unit): Unit {
  if (unit === 'hour' || unit === 'minute' || unit === 'second') return 'day';
  if (unit === 'decade' || unit === 'century') return 'year';
  return unit === 'weekend' ? 'week' : unit;
}

/** A year or the year follows ("of 1989", "of the fiscal year", "of this year"): the quarters are periods, not a fraction. */
function yearFollows(r: Reader, k: number): boolean {
  if (r.year(k) !== null) return true;
  const w = r.w(k);
  return (w === 'the' || w === 'this' || w === 'last' || w === 'next' || w === 'its' || w === 'fiscal') && (r.w(k + 1) === 'year' || r.w(k + 1) === 'fiscal' || r.year(k + 1) !== null);
}

/** Durations and N-units-ago: "two years", "90-minute", "the past two months", "a week", "several years", "years", "a year ago", "two days later". */
export function quantity(r: Reader, i: number): Parsed | null {
  let j = i;
  const the = r.w(j) === 'the';
  if (the) j++;
  const verbLast = !the && r.w(j) === 'last' && VERB_BEFORE_LAST.has(r.w(j - 1)); // "expected to last two days"
  const prefix = DURATION_PREFIXES.has(r.w(j)) && !verbLast ? r.w(j) : null;
  if (verbLast) return null;
  if (prefix) j++;
  if (!the && prefix && !['past', 'last', 'next', 'first', 'coming', 'additional', 'other', 'previous'].includes(prefix)) return null;
  const q = amountUnit(r, j);
  if (!q) {
    // "the past week", "the coming year": one unit.
    const u = r.unit(j);
    if (the && u && !u.plural && (prefix === 'past' || prefix === 'coming' || prefix === 'last' && u.unit !== 'weekend')) {
      return { first: i, last: u.end, type: 'DURATION', sem: { k: 'value', value: durationValue(1, u.unit) } };
    }
    return null;
  }
  const { amount, unit } = q;
  const n = amount.n;
  // "Islam will one day be…": "one day" after a modal is an indefinite future, not a day long.
  if (!the && !prefix && r.w(i) === 'one' && unit === 'day' && !q.plural && q.end === i + 2 && MODALS.has(r.w(i - 1)) && r.isWord(q.end)) {
    return { first: i, last: q.end, type: 'DATE', sem: { k: 'value', value: 'FUTURE_REF' } };
  }
  // "several weekend rallies", "many day trips": a vague amount before a singular unit counts the noun after it.
  if (n === null && amount.end > j && !q.plural && !q.compound) return null;
  // "just minutes apart": a bare plural before "apart" measures a gap between two events, no duration of its own.
  if (n === null && !the && !prefix && amount.end === j && r.w(q.end) === 'apart') return null;
  // "a matter of days": an idiom for soon, no duration.
  if (n === null && !the && !prefix && amount.end === j && r.w(i - 1) === 'of' && r.w(i - 2) === 'matter') return null;
  const article = r.w(j) === 'a' || r.w(j) === 'an';
  if (unit === 'second' && (article || r.w(j) === 'one' && !q.plural) && r.w(j - 1) !== 'per') return null;
  if (unit === 'quarter' && !prefix && !q.plural && !q.compound) return null;
  if (unit === 'quarter' && article) return null;
  // "criticism from some quarters": groups of people; "one-quarter to one-third of", "three quarters of the vote": fractions.
  if (unit === 'quarter' && !the && (r.w(i - 1) === 'some' || r.w(i) === 'some' || r.w(j) === 'some' ||
    !prefix && n !== null && (q.compound && (n === 1 || q.plural) || r.w(q.end) === 'of' && !yearFollows(r, q.end + 1)))) return null;
  if (amount.end === j && !prefix && (unit === 'second' || unit === 'quarter' || unit === 'weekend')) return null;
  // After the amount: ago, later, earlier, from now.
  const after = r.w(q.end);
  if (after === 'old' && unit === 'year' || after === '-' && r.w(q.end + 1) === 'old') return null; // an age
  const followedByWord = r.isWord(q.end + 1) && !r.broken(q.end + 1);
  let shift: { n: number; anchor: 'dct' | 'ref'; end: number } | null = null;
  if (!the && !prefix) {
    if (after === 'ago') shift = { n: -1, anchor: 'dct', end: q.end + 1 };
    else if (after === 'earlier' || after === 'before' && !followedByWord || after === 'prior' && r.w(q.end + 1) !== 'to') shift = { n: -1, anchor: 'ref', end: q.end + 1 };
    else if (after === 'later' || after === 'after' && !followedByWord || after === 'hence') shift = { n: 1, anchor: 'ref', end: q.end + 1 };
    else if (after === 'from' && r.w(q.end + 1) === 'now') shift = { n: 1, anchor: 'dct', end: q.end + 2 };
  }
  if (shift) {
    if (n === null) {
      if (shift.anchor === 'dct') return { first: i, last: shift.end, type: 'DATE', sem: { k: 'value', value: shift.n < 0 ? 'PAST_REF' : 'FUTURE_REF' } };
      return { first: i, last: q.end, type: 'DURATION', sem: { k: 'value', value: durationValue(null, unit) } };
    }
    const gran = shiftGranularity(unit);
    const factor = unit === 'decade' ? 10 : unit === 'century' ? 100 : 1;
    const steps = gran === 'day' && unit !== 'day' ? 0 : Math.round(n * factor) * shift.n;
    const sem: Sem = { k: 'shift', unit: gran, n: steps, anchor: shift.anchor };
    if (unit === 'year' && n === 1 && shift.n < 0 && !amount.approx) sem.compare = true;
    if (amount.approx) sem.mod = 'APPROX';
    return { first: i, last: shift.end, type: 'DATE', sem };
  }
  // "$5 a day", "twice a week", "3% a year": a frequency.
  if (article && n === 1 && !q.plural && !the && (FREQUENCY_BEFORE.has(r.w(i - 1)) || r.isNum(i - 1))) {
    return { first: i, last: q.end, type: 'SET', sem: { k: 'value', value: durationValue(1, unit) } };
  }
  const sem: Sem = { k: 'value', value: durationValue(n, unit) };
  if (amount.approx) sem.mod = 'APPROX';
  return { first: i, last: q.end, type: 'DURATION', sem };
}

const FIGURE_WORDS = new Set(['%', 'percent', 'million', 'billion', 'trillion', 'thousand']);

/**
 * A frequency adverb after a figure is a rate, not a time ("to rise 8.5% annually", "C$17.9 million annually",
 * "10,000 units annually", "15 million instructions per second"): the figure is one or two tokens before.
 */
function afterFigure(r: Reader, i: number): boolean {
  for (let k = i - 1; k >= i - 2 && k >= 0; k--) {
    if (r.isNum(k) || FIGURE_WORDS.has(r.w(k))) return true;
    if (!r.isWord(k)) return false;
  }
  return false;
}

/** "every Tuesday", "each year", "every two weeks", "daily", "per year", "on Mondays", "Tuesday nights". */
export function frequency(r: Reader, i: number): Parsed | null {
  const w = r.w(i);
  const fixed = FREQUENCY_WORDS.get(w);
  if ((fixed || w === 'per') && afterFigure(r, i)) return null;
  if (fixed && !r.capital(i)) return { first: i, last: i + 1, type: 'SET', sem: { k: 'value', value: fixed } };
  if (w === 'per' || w === 'every' || w === 'each') {
    let j = i + 1;
    let step = 1;
    if (w !== 'per' && r.w(j) === 'other') {
      step = 2;
      j++;
    }
    const amount = w === 'every' ? r.amount(j, false) : null;
    if (amount && amount.n !== null) {
      step = amount.n;
      j = amount.end;
    }
    const unitWord = r.w(j);
    const u = r.unit(j);
    if (u) {
      if (u.unit === 'weekend') return { first: i, last: j + 1, type: 'SET', sem: { k: 'value', value: 'XXXX-WXX-WE' } };
      const value = u.unit === 'quarter' ? `P${step}Q` : durationValue(step, u.unit);
      return { first: i, last: j + 1, type: 'SET', sem: { k: 'value', value } };
    }
    if (w === 'per') return null;
    const dow = WEEKDAYS.get(unitWord);
    if (dow !== undefined) return { first: i, last: j + 1, type: 'SET', sem: { k: 'value', value: `XXXX-WXX-${dow || 7}` } };
    const m = MONTHS.get(unitWord);
    if (m !== undefined && r.capital(j)) return { first: i, last: j + 1, type: 'SET', sem: { k: 'value', value: `XXXX-${String(m).padStart(2, '0')}` } };
    const s = SEASONS.get(unitWord);
    if (s) return { first: i, last: j + 1, type: 'SET', sem: { k: 'value', value: `XXXX-${s}` } };
    const pod = PARTS_OF_DAY.get(unitWord);
    if (pod) return { first: i, last: j + 1, type: 'SET', sem: { k: 'value', value: `XXXX-XX-XXT${pod}` } };
    return null;
  }
  // Plural weekdays: "on Mondays", "Tuesday nights".
  if (r.capital(i) && w.endsWith('s') && WEEKDAYS.has(w.slice(0, -1))) {
    return { first: i, last: i + 1, type: 'SET', sem: { k: 'value', value: `XXXX-WXX-${WEEKDAYS.get(w.slice(0, -1)) || 7}` } };
  }
  const dow = WEEKDAYS.get(w);
  if (dow !== undefined && r.capital(i) && r.w(i + 1) === 'nights' || dow !== undefined && r.w(i + 1) === 'mornings') {
    const pod = PARTS_OF_DAY.get(r.w(i + 1).slice(0, -1));
    return { first: i, last: i + 2, type: 'SET', sem: { k: 'value', value: `XXXX-WXX-${dow || 7}T${pod}` } };
  }
  return null;
}

export const QUANTITY_RULES: RuleEntry[] = [
  { rule: quantity, starts: [DIGITS, 'the', 'half', 'a', 'an', 'couple', ...DURATION_PREFIXES, ...NUMBER_WORDS.keys(), ...VAGUE_AMOUNTS, ...UNITS.keys()] },
  { rule: frequency, starts: ['per', 'every', 'each', ...FREQUENCY_WORDS.keys(), ...WEEKDAYS.keys(), ...[...WEEKDAYS.keys()].map((d) => `${d}s`)] },
];
