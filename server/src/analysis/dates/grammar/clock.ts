// Grammar rules for clock times: "10:35 a.m.", "10 p.m. EST", "09:44", "noon", "midnight", "3 o'clock".

import { pad } from '../calendar';
import type { Parsed } from '../sem';
import { GAP_LINE } from '../tokens';
import type { Reader } from './reader';
import { DIGITS, type RuleEntry } from './rule';

const ZONES = new Set(['est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet', 'cest', 'et', 'pt', 'ct', 'msk', 'eet', 'eest', 'ist', 'jst']);
const ZONE_NAMES = new Set(['eastern', 'central', 'mountain', 'pacific', 'atlantic', 'greenwich']);
/** Hours to add for "in the morning / afternoon / evening" (night: see clockTime). */
const PART_HOURS = new Map([['morning', 0], ['afternoon', 12], ['evening', 12]]);
const NAMED_TIMES = new Map([['noon', '12:00'], ['midday', '12:00'], ['midnight', '24:00']]);

/** "a.m." / "am" / "p.m." at j: +0 or +12 hours and the index after it. */
function meridiem(r: Reader, j: number): { pm: boolean; end: number } | null {
  const w = r.w(j);
  if ((w === 'am' || w === 'pm') && !r.broken(j)) return { pm: w === 'pm', end: r.dot(j + 1) };
  if ((w === 'a' || w === 'p') && r.w(j + 1) === '.' && r.attached(j + 1) && r.w(j + 2) === 'm' && r.attached(j + 2)) {
    return { pm: w === 'p', end: r.dot(j + 3) };
  }
  return null;
}

/** A time zone after a time ("EST", "local time", "Eastern time"). */
function zone(r: Reader, j: number): number {
  if (ZONES.has(r.w(j)) && r.raw(j) === r.raw(j).toUpperCase() && !r.broken(j)) return j + 1;
  if (r.w(j) === 'local' && r.w(j + 1) === 'time') return j + 2;
  // "8 p.m. Eastern time", "Pacific Standard Time"
  if (ZONE_NAMES.has(r.w(j)) && r.capital(j)) {
    const k = r.w(j + 1) === 'standard' || r.w(j + 1) === 'daylight' ? j + 2 : j + 1;
    if (r.w(k) === 'time' && !r.broken(k)) return k + 1;
  }
  return j;
}

/**
 * A time on the day of the last dated event, or, standing alone on its line (the entry heading of a live blog, "9:05
 * p.m."), on the publication day.
 */
function parsed(r: Reader, first: number, last: number, time: string): Parsed {
  const end = r.w(last) === ':' && r.attached(last) ? last + 1 : last; // "12:45 p.m.:"
  const alone = (first === 0 || r.t.gap[first] >= GAP_LINE) && (end >= r.count || r.t.gap[end] >= GAP_LINE);
  return { first, last, type: 'TIME', sem: { k: 'shift', unit: 'day', n: 0, anchor: alone ? 'dct' : 'ref', time } };
}

export function clockTime(r: Reader, i: number): Parsed | null {
  const named = NAMED_TIMES.get(r.w(i));
  if (named) return parsed(r, i, zone(r, i + 1), named);
  const h = r.int(i);
  if (h === null || r.w(i).length > 4) return null;
  if (r.w(i).length === 4) {
    // "0900 GMT"
    const z = zone(r, i + 1);
    const hh = Math.floor(h / 100);
    const mm = h % 100;
    if (z === i + 1 || hh > 24 || mm > 59) return null;
    return parsed(r, i, z, `${pad(hh)}:${pad(mm)}`);
  }
  let j = i + 1;
  let minutes = 0;
  let hasMinutes = false;
  const sep = r.w(j);
  if ((sep === ':' || sep === '.') && r.attached(j) && r.isNum(j + 1) && r.attached(j + 1) && r.w(j + 1).length === 2) {
    minutes = +r.w(j + 1);
    if (minutes > 59) return null;
    hasMinutes = true;
    j += 2;
  }
  const mer = meridiem(r, j);
  if (sep === '.' && hasMinutes && !mer) return null; // "17.50" is a price
  if (mer) {
    if (h < 1 || h > 12) return null;
    const hh = mer.pm ? (h === 12 ? 12 : h + 12) : h === 12 ? 0 : h;
    return parsed(r, i, zone(r, mer.end), `${pad(hh)}:${pad(minutes)}`);
  }
  // "4 in the morning", "9 at night"
  const inThe = r.w(j) === 'in' && r.w(j + 1) === 'the' ? PART_HOURS.get(r.w(j + 2)) : r.w(j) === 'at' && r.w(j + 1) === 'night' ? 12 : undefined;
  if (inThe !== undefined && h >= 1 && h <= 12) {
    const hh = inThe === 12 ? (h === 12 ? 0 : h < 5 ? h : h + 12) : h === 12 && inThe === 0 ? 0 : h + inThe;
    return parsed(r, i, r.w(j) === 'at' ? j + 2 : j + 3, `${pad(hh)}:${pad(minutes)}`);
  }
  if (r.w(j) === 'o' && r.w(j + 1) === "'" && r.w(j + 2) === 'clock') {
    if (h < 1 || h > 12) return null;
    return parsed(r, i, j + 3, `${pad(h)}:00`);
  }
  if (!hasMinutes || r.w(i - 1) === ':' && r.attached(i) || r.w(i).length !== 2 && r.w(i - 1) !== 'at' && zone(r, j) === j) return null;
  if (h > 24 || r.w(j) === ':' && r.isNum(j + 1) && r.attached(j + 1) && r.w(j + 1).length !== 2) return null;
  if (r.w(j) === ':' && r.attached(j) && r.isNum(j + 1)) j += 2; // seconds
  return parsed(r, i, zone(r, j), `${pad(h)}:${pad(minutes)}`);
}

export const CLOCK_RULES: RuleEntry[] = [{ rule: clockTime, starts: [DIGITS, ...NAMED_TIMES.keys()] }];
