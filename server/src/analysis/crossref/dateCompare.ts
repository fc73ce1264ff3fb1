// Whether two resolved date expressions name the same time, different times, or cannot be compared.

import { dayOfWeek, formatWeek, parseIsoDay } from '../dates/calendar';
import type { DateExpression } from '../types';

export type DateRelation = 'same' | 'different' | 'unknown';

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const WEEK = /^(\d{4})-W(\d{2})/;

/** ISO week ("2015-W48") of a YYYY-MM-DD day; the value itself when it is no calendar day. */
export function isoWeek(day: string): string {
  const n = parseIsoDay(day);
  return n === null ? day : formatWeek(n);
}

/** 0 = Sunday … 6 = Saturday, of a value starting with a calendar day; null for anything else. */
export function weekdayOfDay(day: string): number | null {
  const n = parseIsoDay(day);
  return n === null ? null : dayOfWeek(n);
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
