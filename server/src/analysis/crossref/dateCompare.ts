// Whether two resolved date expressions name the same time, different times, or cannot be compared.

import type { DateExpression } from '../types';

export type DateRelation = 'same' | 'different' | 'unknown';

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const WEEK = /^(\d{4})-W(\d{2})/;

/** ISO week ("2015-W48") of a YYYY-MM-DD day. */
export function isoWeek(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = new Date(Date.UTC(date.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((date.getTime() - yearStart.getTime()) / 86400000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export function weekdayOfDay(day: string): number | null {
  const m = DAY.exec(day);
  if (!m) return null;
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).getUTCDay();
}

function resolved(value: string): boolean {
  return /^\d{4}/.test(value);
}

export function compareDates(a: DateExpression, b: DateExpression): DateRelation {
  const va = a.value.slice(0, 10);
  const vb = b.value.slice(0, 10);
  if (resolved(va) && resolved(vb)) {
    const da = DAY.exec(va);
    const db = DAY.exec(vb);
    if (da && db) return va === vb ? 'same' : 'different';
    const wa = WEEK.exec(va);
    const wb = WEEK.exec(vb);
    if ((wa || da) && (wb || db) && (wa || wb)) return (wa ? wa[0] : isoWeek(va)) === (wb ? wb[0] : isoWeek(vb)) ? 'same' : 'different';
    // A day against a month or year: compare at the coarser of the two ("2012-08-21" is not in "2012-01").
    const coarse = Math.min(va.length, vb.length);
    if (/^\d{4}(?:-\d{2})?$/.test(va.slice(0, coarse)) && /^\d{4}(?:-\d{2})?$/.test(vb.slice(0, coarse))) return va.slice(0, coarse) === vb.slice(0, coarse) ? 'same' : 'different';
    return 'unknown';
  }
  const wda = a.weekday ?? weekdayOfDay(va);
  const wdb = b.weekday ?? weekdayOfDay(vb);
  if (wda == null || wdb == null) return 'unknown';
  return wda === wdb ? 'same' : 'different';
}
