// Grammar rules for references to the present, past and future: now, currently, recently, the future, recent years.

import { REFERENCE_WORDS, UNITS } from '../lexicon';
import type { Parsed } from '../sem';
import { GAP_LINE } from '../tokens';
import { durationValue } from './quantities';
import type { Reader } from './reader';
import type { RuleEntry } from './rule';

function ref(first: number, last: number, value: string): Parsed {
  return { first, last, type: 'DATE', sem: { k: 'value', value } };
}

const ADJECTIVES = new Map([['current', 'PRESENT_REF'], ['recent', 'PAST_REF']]);
const TERMS = new Map([['near', 'FUTURE_REF'], ['short', 'FUTURE_REF'], ['distant', 'FUTURE_REF']]);

const SENTENCE_ENDS = new Set(['.', '!', '?', ':', '"', '\u201c', "'", '`']);

/** Token i opens a sentence: the text's or line's first token, or after a sentence end or an opening quote. */
function opensSentence(r: Reader, i: number): boolean {
  return i === 0 || r.t.gap[i] >= GAP_LINE || SENTENCE_ENDS.has(r.w(i - 1));
}

/** Words that may follow "the near-term" used as a noun ("in the near-term and beyond"). */
const PREPOSITIONS_AFTER_TERM = new Set(['and', 'or', 'but', 'at', 'in', 'for', 'as', 'because', 'while', 'when']);

export function reference(r: Reader, i: number): Parsed | null {
  const w = r.w(i);
  const single = REFERENCE_WORDS.get(w);
  if (single) {
    if (w === 'soon' && r.w(i - 1) === 'as' && r.w(i + 1) === 'as') return null;
    if ((w === 'shortly' || w === 'soon') && (r.w(i + 1) === 'after' || r.w(i + 1) === 'before' || r.w(i + 1) === 'afterwards' || r.w(i + 1) === 'afterward' || r.w(i + 1) === 'thereafter')) return null;
    if (w === 'now' && r.w(i + 1) === 'on') return ref(i, i + 2, single);
    // "Now, the company says…": a sentence-opening "Now" set off by a comma turns the discourse, it dates nothing.
    if (w === 'now' && r.capital(i) && r.w(i + 1) === ',' && r.attached(i + 1) && opensSentence(r, i)) return null;
    return ref(i, i + 1, single);
  }
  if (w === 'right' && r.w(i + 1) === 'now') return ref(i, i + 2, 'PRESENT_REF');
  if (w === 'at' && r.w(i + 1) === 'present') return ref(i, i + 2, 'PRESENT_REF');
  if (w === 'at' && r.w(i + 1) === 'the' && r.w(i + 2) === 'moment') return ref(i, i + 3, 'PRESENT_REF');
  if (w === 'these' && r.w(i + 1) === 'days') return ref(i, i + 2, 'PRESENT_REF');
  if (w === 'the' || w === 'a') {
    const next = r.w(i + 1);
    if (next === 'past' || next === 'future' || next === 'present') {
      // "a past backer", "face a future in which…": an indefinite past or future is a kind of one, no reference.
      if (w === 'a') return null;
      // "the past two years" is a duration; "the past" alone is a reference.
      if (next === 'past' && (r.amount(i + 2) || UNITS.has(r.w(i + 2)) || r.w(i + 2) === 'few' || r.w(i + 2) === 'several')) return null;
      if (next === 'present' && r.w(i - 1) !== 'until' && r.w(i - 1) !== 'to' && r.w(i - 1) !== 'at') return null;
      return ref(i, i + 2, next === 'past' ? 'PAST_REF' : next === 'future' ? 'FUTURE_REF' : 'PRESENT_REF');
    }
    const term = TERMS.get(next);
    if (term && (r.w(i + 2) === 'term' || r.w(i + 2) === 'future' && next !== 'short' || r.w(i + 2) === '-' && r.w(i + 3) === 'term')) {
      const end = r.w(i + 2) === '-' ? i + 4 : i + 3;
      // "the short-term implications", "a near-term outlook": a compound adjective before its noun.
      if (r.w(i + 2) === '-' && r.isWord(end) && !r.broken(end) && !PREPOSITIONS_AFTER_TERM.has(r.w(end))) return null;
      return ref(i, end, next === 'long' && r.w(i + 2) !== 'future' ? 'FUTURE_REF' : term);
    }
    if (next === 'coming' || next === 'next' && r.w(i + 2) === 'few') {
      const j = next === 'next' ? i + 3 : i + 2;
      const u = UNITS.get(r.w(j));
      if (u && r.w(j).endsWith('s')) return { first: i, last: j + 1, type: 'DURATION', sem: { k: 'value', value: durationValue(null, u) } };
    }
    return null;
  }
  const adjective = ADJECTIVES.get(w);
  if (adjective && r.isWord(i + 1) && !r.broken(i + 1) && r.w(i - 1) !== 'the' && r.w(i - 1) !== 'a') {
    const unit = UNITS.get(r.w(i + 1));
    if (unit) {
      if (!r.w(i + 1).endsWith('s')) return null;
      if (w === 'recent' && unit === 'year') return ref(i, i + 2, 'PAST_REF');
      if (w === 'current') return null;
      return { first: i, last: i + 2, type: 'DURATION', sem: { k: 'value', value: durationValue(null, unit) } };
    }
    if (r.w(i + 1) === 'and' || r.w(i + 1) === 'or' || r.w(i + 1) === 'affairs' || r.w(i + 1) === 'account') return null;
    return ref(i, i + 1, adjective);
  }
  return null;
}

export const REFERENCE_RULES: RuleEntry[] = [
  { rule: reference, starts: ['right', 'at', 'these', 'the', 'a', ...REFERENCE_WORDS.keys(), ...ADJECTIVES.keys()] },
];
