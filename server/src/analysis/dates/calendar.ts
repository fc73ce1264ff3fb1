// Calendar arithmetic on day numbers (days since 1970-01-01), ISO weeks and TimeML value formatting; no Date clock.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Day number of a civil date (proleptic Gregorian), Howard Hinnant's algorithm. */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO 8601 week of a day: the week year and week number. */
export function isoWeek(n: number): { y: number; w: number } {
  const isoDow = dayOfWeek(n) || 7;
  const thursday = n - isoDow + 4;
  const y = fromDayNumber(thursday).y;
  return { y, w: Math.floor((thursday - dayNumber(y, 1, 1)) / 7) + 1 };
}

/** Day number of the Monday of ISO week w of week year y. */
export function isoWeekMonday(y: number, w: number): number {
  const jan4 = dayNumber(y, 1, 4);
  return jan4 - ((dayOfWeek(jan4) || 7) - 1) + (w - 1) * 7;
}

export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

export function formatDay(n: number): string {
  const { y, m, d } = fromDayNumber(n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function formatWeek(n: number): string {
  const { y, w } = isoWeek(n);
  return `${pad(y, 4)}-W${pad(w)}`;
}

export function formatMonth(y: number, m: number): string {
  const yy = y + Math.floor((m - 1) / 12);
  const mm = ((((m - 1) % 12) + 12) % 12) + 1;
  return `${pad(yy, 4)}-${pad(mm)}`;
}

/** Parse a YYYY-MM-DD (optionally followed by a time) into a day number, or null. */
export function parseIsoDay(value: string | null | undefined): number | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const y = +m[1];
  const mo = +m[2];
  const d = +m[3];
  return isValidDate(y, mo, d) ? dayNumber(y, mo, d) : null;
}

/** Add months to a day number, clamping the day to the month's length. */
export function addMonths(n: number, months: number): number {
  const { y, m, d } = fromDayNumber(n);
  const total = y * 12 + (m - 1) + months;
  const yy = Math.floor(total / 12);
  const mm = total - yy * 12 + 1;
  return dayNumber(yy, mm, Math.min(d, daysInMonth(yy, mm)));
}

/** Easter Sunday (Gregorian, anonymous algorithm). */
export function easter(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(y, month, day);
}

/** The nth weekday (0 = Sunday) of a month; n = -1 for the last one. */
export function nthWeekday(y: number, m: number, dow: number, nth: number): number {
  if (nth > 0) {
    const first = dayNumber(y, m, 1);
    return first + ((dow - dayOfWeek(first) + 7) % 7) + (nth - 1) * 7;
  }
  const last = dayNumber(y, m, daysInMonth(y, m));
  return last - ((dayOfWeek(last) - dow + 7) % 7);
}
