// What the grammar understood an expression to mean, before it is resolved against the publication date.

import type { TimexType } from '../types';
import type { PartOfDay, Season, Unit } from './lexicon';

/** Overlays any day-level meaning can carry: a part of day, a clock time, a TimeML mod. */
export interface SemExtras {
  pod?: PartOfDay;
  /** "HH:MM" or "HH". */
  time?: string;
  mod?: string;
  /** Days added to the resolved day ("the day before Tuesday": -1). */
  dayShift?: number;
}

export type Sem = SemExtras &
  (
    /** Fully determined value: 1998, P3D, PRESENT_REF, XXXX-WXX-2. */
    | { k: 'value'; value: string }
    /** Calendar date; a missing year is chosen by the clause's tense, or by dir (-1 "last November", 0 "this", 1 "next"),
     *  or is the publication year shifted by yShift ("June last year"); `week`: the ISO week holding the day ("the week of
     *  March 6"); `yRef`: the year of the last dated event ("October of that year"). */
    | { k: 'date'; y?: number; m: number; d?: number; ambiguousOrder?: boolean; dir?: number; dow?: number; yShift?: number; week?: boolean; yRef?: boolean }
    /** A named weekday; shift -1 "last", 0 "this", +1 "next", null bare; anchor 'ref': "the following Friday". */
    | { k: 'weekday'; dow: number; shift: number | null; anchor?: 'ref' }
    /** n units from the publication date (anchor 'dct') or from the last dated event (anchor 'ref'); `compare`: a
     *  year-on-year comparison ("a year ago", "year-earlier") that takes the granularity of a quarter just reported. */
    | { k: 'shift'; unit: Unit; n: number; anchor: 'dct' | 'ref'; compare?: boolean }
    /** A season; shift relative to the publication date's season year when given, else chosen by tense; `ref`: "that
     *  spring", in the year of the last dated event. */
    | { k: 'season'; s: Season; y?: number; shift?: number; ref?: boolean }
    /** Quarter (q 1..4) or half (h 1..2) of a year; without a year, the publication year shifted by `shift` years.
     *  q = 0: the current quarter shifted by `shift` quarters (`latest`: the last one completed).
     *  `like` with a year and no q: "the 1988 period", the reported quarter (lastQuarter) of year y, else the year. */
    | { k: 'part'; q?: number; h?: number; y?: number; shift?: number; latest?: boolean; like?: boolean }
    /** A weekend: shift -1 last, 0 this, +1 next, null "the weekend" (by tense). */
    | { k: 'weekend'; shift: number | null }
    /** A holiday: a fixed month/day or a computed one (Easter, Thanksgiving…), year chosen by tense. */
    | { k: 'holiday'; name: string; y?: number }
  );

export interface Parsed {
  /** Token range [first, last) in the token stream. */
  first: number;
  last: number;
  type: TimexType;
  sem: Sem;
}
