// A grammar rule and the first words it can start with, so the scanner only tries rules that can match.

import type { Parsed } from '../sem';
import type { Reader } from './reader';

export type Rule = (r: Reader, i: number) => Parsed | null;

/** Stands for any digit token in a rule's `starts`. */
export const DIGITS = '#digits';

export interface RuleEntry {
  rule: Rule;
  /** Lower-cased first tokens the rule can match at (DIGITS for numbers). */
  starts: Iterable<string>;
}
