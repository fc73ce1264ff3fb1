// Public face of the news-mode dates engine: publication date, temporal expressions, weekday of a value.

import { dayOfWeek, parseIsoDay } from './calendar';

export { findPublicationDate } from './publication';
export { findDates } from './findDates';

/** 0 = Sunday … 6 = Saturday for a value that names one day (YYYY-MM-DD, optionally with a time), else null. */
export function weekdayOf(value: string): number | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}(?:$|T)/.test(value)) return null;
  const n = parseIsoDay(value);
  return n === null ? null : dayOfWeek(n);
}
