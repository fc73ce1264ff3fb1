// Token access for the grammar rules: words, numbers, amounts, units, months and days at a token index.

import { GAP_NONE, GAP_PARAGRAPH, NUMBER, WORD, lowerAt, type Tokens } from '../tokens';
import { MONTHS, NUMBER_WORDS, UNITS, VAGUE_AMOUNTS, type Unit } from '../lexicon';

export interface Amount {
  /** null for a vague amount ("several", "a few"). */
  n: number | null;
  end: number;
  /** "a couple of", "about" style approximations. */
  approx?: boolean;
}

const MONTH_PREPOSITIONS = new Set([
  'in', 'since', 'until', 'till', 'by', 'of', 'early', 'late', 'mid', 'last', 'next', 'this', 'during', 'before',
  'after', 'through', 'from', 'to', 'between', 'and', 'or', 'on', 'for', 'every', 'each', 'that', 'throughout', 'around', 'into',
]);
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

export class Reader {
  readonly count: number;
  constructor(readonly t: Tokens) {
    this.count = t.count;
  }

  /** Lower-cased token i, or '' past the end. */
  w(i: number): string {
    return i >= 0 && i < this.count ? lowerAt(this.t, i) : '';
  }

  raw(i: number): string {
    return i >= 0 && i < this.count ? this.t.text.slice(this.t.start[i], this.t.end[i]) : '';
  }

  isWord(i: number): boolean {
    return i >= 0 && i < this.count && this.t.kind[i] === WORD;
  }

  isNum(i: number): boolean {
    return i >= 0 && i < this.count && this.t.kind[i] === NUMBER;
  }

  /** Token i touches token i-1 (no space). */
  attached(i: number): boolean {
    return i < this.count && this.t.gap[i] === GAP_NONE;
  }

  /** A paragraph break separates token i from token i-1: expressions never span it. */
  broken(i: number): boolean {
    return i >= this.count || this.t.gap[i] >= GAP_PARAGRAPH;
  }

  capital(i: number): boolean {
    if (i < 0 || i >= this.count) return false;
    const c = this.t.text.charCodeAt(this.t.start[i]);
    return c >= 65 && c <= 90;
  }

  /** Token i is a hyphen joining two words ("90-minute", "mid-November"). */
  hyphen(i: number): boolean {
    return this.w(i) === '-' && this.attached(i) && this.attached(i + 1);
  }

  /** Index after an optional attached period (abbreviations). */
  dot(i: number): number {
    return this.w(i) === '.' && this.attached(i) ? i + 1 : i;
  }

  /** Integer value of a digit token (null if none or too long). */
  int(i: number): number | null {
    if (!this.isNum(i)) return null;
    const s = lowerAt(this.t, i);
    return s.length <= 6 ? Number(s) : null;
  }

  /** Index after word w at i (and not across a paragraph), else -1. */
  expect(i: number, w: string): number {
    return this.w(i) === w && !this.broken(i) ? i + 1 : -1;
  }

  /** Month name at i (capitalised; "May" and "March" only in date contexts): month and index after it. */
  month(i: number): { m: number; end: number } | null {
    const w = this.w(i);
    const m = MONTHS.get(w);
    if (m === undefined || !this.capital(i)) return null;
    const abbreviated = w.length <= 4 && w !== 'june' && w !== 'july' && w !== 'may';
    const end = abbreviated ? this.dot(i + 1) : i + 1;
    if (abbreviated && end === i + 1 && !this.isNum(i + 1)) return null;
    if (w === 'may' || w === 'march') {
      const prev = this.w(i - 1);
      const dateNext = this.isNum(i + 1) && (this.int(i + 1) ?? 0) <= 31 || this.isNum(i + 1) && this.w(i + 1).length === 4;
      const dayBefore = this.isNum(i - 1) && (this.int(i - 1) ?? 99) <= 31 || ORDINAL_SUFFIXES.has(prev) && this.isNum(i - 2) && this.attached(i - 1);
      if (!dateNext && !dayBefore && !MONTH_PREPOSITIONS.has(prev) && !(prev === '-' && this.w(i - 2) === 'mid')) return null;
    }
    return { m, end };
  }

  /** Day of month 1..31 at i with an optional ordinal suffix: value and index after it. */
  day(i: number): { d: number; end: number } | null {
    const d = this.int(i);
    if (d === null || d < 1 || d > 31 || this.w(i).length > 2) return null;
    let end = i + 1;
    if (ORDINAL_SUFFIXES.has(this.w(end)) && this.attached(end)) end++;
    // Not a clock time, a decimal or a grouped number ("13:30", "13.5", "13,000").
    if ((this.w(end) === ':' || this.w(end) === '.' || this.w(end) === ',') && this.attached(end) && this.isNum(end + 1) && this.attached(end + 1)) return null;
    return { d, end };
  }

  /** Four-digit year at i. */
  year(i: number): number | null {
    if (!this.isNum(i) || this.w(i).length !== 4) return null;
    if ((this.w(i + 1) === ',' || this.w(i + 1) === '.') && this.attached(i + 1) && this.isNum(i + 2) && this.attached(i + 2)) return null;
    return Number(this.w(i));
  }

  /** A year said in words: "nineteen ninety-six", "nineteen oh five", "two thousand (and) three". */
  spokenYear(i: number): { y: number; end: number } | null {
    const first = NUMBER_WORDS.get(this.w(i));
    if (first === undefined) return null;
    if (first >= 10 && first <= 20 && this.w(i + 1) !== '-') {
      const j = i + 1;
      if (this.w(j) === 'hundred') return { y: first * 100, end: j + 1 };
      if (this.w(j) === 'oh') {
        const u = NUMBER_WORDS.get(this.w(j + 1));
        return u !== undefined && u < 10 ? { y: first * 100 + u, end: j + 2 } : null;
      }
      const rest = this.amount(j, false);
      if (!rest || rest.n === null || rest.n < 10 || rest.n > 99 || !NUMBER_WORDS.has(this.w(j))) return null;
      return { y: first * 100 + rest.n, end: rest.end };
    }
    if (first === 2 && this.w(i + 1) === 'thousand') {
      let j = i + 2;
      if (this.w(j) === 'and') j++;
      const rest = NUMBER_WORDS.has(this.w(j)) ? this.amount(j, false) : null;
      if (rest && rest.n !== null && rest.n < 100) return { y: 2000 + rest.n, end: rest.end };
      return { y: 2000, end: i + 2 };
    }
    return null;
  }

  /** A cardinal amount: digits, number words ("twenty-four", "a", "a couple of"), vague words ("several"). */
  amount(i: number, allowArticle = true): Amount | null {
    const w = this.w(i);
    if (this.isNum(i)) {
      let n = Number(w);
      let end = i + 1;
      if (w.length > 6) return null;
      // decimals "1.5"
      if (this.w(end) === '.' && this.attached(end) && this.isNum(end + 1) && this.attached(end + 1)) {
        n = Number(`${w}.${this.w(end + 1)}`);
        end += 2;
      } else if (this.w(end) === ',' && this.attached(end) && this.isNum(end + 1) && this.w(end + 1).length === 3 && this.attached(end + 1)) {
        n = Number(w + this.w(end + 1));
        end += 2;
      }
      // "5 1/2"
      if (this.isNum(end) && this.w(end + 1) === '/' && this.attached(end + 1) && this.isNum(end + 2) && this.attached(end + 2)) {
        const num = Number(this.w(end));
        const den = Number(this.w(end + 2));
        if (den > 0 && num < den) {
          n += num / den;
          end += 3;
        }
      }
      return this.andAHalf({ n, end });
    }
    if (allowArticle && (w === 'a' || w === 'an')) {
      const next = this.w(i + 1);
      if (next === 'couple') return { n: 2, end: this.w(i + 2) === 'of' ? i + 3 : i + 2, approx: true };
      if (next === 'few') return { n: null, end: i + 2 };
      if (next === 'dozen') return { n: 12, end: i + 2 };
      if (next === 'half') return { n: 0.5, end: i + 2 };
      return { n: 1, end: i + 1 };
    }
    if (VAGUE_AMOUNTS.has(w)) return { n: null, end: i + 1 };
    if (w === 'couple') return { n: 2, end: this.w(i + 1) === 'of' ? i + 2 : i + 1, approx: true };
    const base = NUMBER_WORDS.get(w);
    if (base === undefined) return null;
    let n = base;
    let end = i + 1;
    if (base >= 20 && base < 100 && base % 10 === 0) {
      // "twenty-four", "twenty four"
      const j = this.w(end) === '-' && this.attached(end) ? end + 1 : end;
      const unit = NUMBER_WORDS.get(this.w(j));
      if (unit !== undefined && unit < 10) {
        n += unit;
        end = j + 1;
      }
    }
    if (this.w(end) === 'hundred' && n < 100) {
      n *= 100;
      end++;
    }
    return this.andAHalf({ n, end });
  }

  /** "two and a half (years)": the half added when a unit follows. */
  private andAHalf(a: Amount): Amount {
    const e = a.end;
    if (a.n !== null && this.w(e) === 'and' && (this.w(e + 1) === 'a' || this.w(e + 1) === 'one') && this.w(e + 2) === 'half' && UNITS.has(this.w(e + 3))) {
      return { n: a.n + 0.5, end: e + 3 };
    }
    return a;
  }

  /** A unit word at i ("years", "minute"): unit, plural flag and index after it. */
  unit(i: number): { unit: Unit; plural: boolean; end: number } | null {
    const w = this.w(i);
    const unit = UNITS.get(w);
    if (unit === undefined) return null;
    return { unit, plural: w.endsWith('s'), end: i + 1 };
  }
}
