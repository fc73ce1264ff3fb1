// Word tables of the dates engine: month, weekday, number, unit, season, part-of-day and reference words.

/** English month names and abbreviations (lower case) → 1..12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Month names of the other dateline languages (FR, DE, ES, TR; diacritics kept and stripped) → 1..12. */
export const FOREIGN_MONTHS: ReadonlyMap<string, number> = new Map([
  // French
  ['janvier', 1], ['février', 2], ['fevrier', 2], ['mars', 3], ['avril', 4], ['mai', 5], ['juin', 6], ['juillet', 7],
  ['août', 8], ['aout', 8], ['septembre', 9], ['octobre', 10], ['novembre', 11], ['décembre', 12], ['decembre', 12],
  ['janv', 1], ['févr', 2], ['fevr', 2], ['avr', 4], ['juil', 7], ['déc', 12],
  // German
  ['januar', 1], ['jänner', 1], ['februar', 2], ['märz', 3], ['maerz', 3], ['marz', 3], ['juni', 6], ['juli', 7],
  ['oktober', 10], ['dezember', 12], ['okt', 10], ['dez', 12],
  // Spanish
  ['enero', 1], ['febrero', 2], ['marzo', 3], ['abril', 4], ['mayo', 5], ['junio', 6], ['julio', 7], ['agosto', 8],
  ['septiembre', 9], ['setiembre', 9], ['octubre', 10], ['noviembre', 11], ['diciembre', 12],
  // Turkish
  ['ocak', 1], ['şubat', 2], ['subat', 2], ['mart', 3], ['nisan', 4], ['mayıs', 5], ['mayis', 5], ['haziran', 6],
  ['temmuz', 7], ['ağustos', 8], ['agustos', 8], ['eylül', 9], ['eylul', 9], ['ekim', 10], ['kasım', 11],
  ['kasim', 11], ['aralık', 12], ['aralik', 12],
]);

/** English weekday names → 0 = Sunday … 6 = Saturday. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);

export const WEEKDAY_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['sun', 0], ['mon', 1], ['tue', 2], ['tues', 2], ['wed', 3], ['thu', 4], ['thur', 4], ['thurs', 4], ['fri', 5], ['sat', 6],
]);

/** Cardinal number words → value. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30],
  ['forty', 40], ['fourty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['dozen', 12],
]);

/** Ordinal words → value. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30],
]);

/** Vague amounts: "several years" → PXY. */
export const VAGUE_AMOUNTS: ReadonlySet<string> = new Set(['few', 'several', 'many', 'some', 'numerous', 'multiple']);

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** Unit words (singular and plural) → unit. */
export const UNITS: ReadonlyMap<string, Unit> = new Map([
  ['second', 'second'], ['seconds', 'second'], ['sec', 'second'], ['secs', 'second'],
  ['minute', 'minute'], ['minutes', 'minute'], ['min', 'minute'], ['mins', 'minute'],
  ['hour', 'hour'], ['hours', 'hour'], ['hr', 'hour'], ['hrs', 'hour'],
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['weekend', 'weekend'], ['weekends', 'weekend'],
  ['fortnight', 'week'], ['month', 'month'], ['months', 'month'], ['quarter', 'quarter'], ['quarters', 'quarter'],
  ['year', 'year'], ['years', 'year'], ['yr', 'year'], ['yrs', 'year'], ['decade', 'decade'], ['decades', 'decade'],
  ['century', 'century'], ['centuries', 'century'],
]);

/** TimeML duration letter of a unit ("T" prefixed for clock units) and how many base units it holds. */
export const UNIT_DURATION: Readonly<Record<Unit, { code: string; clock: boolean; factor: number }>> = {
  second: { code: 'S', clock: true, factor: 1 },
  minute: { code: 'M', clock: true, factor: 1 },
  hour: { code: 'H', clock: true, factor: 1 },
  day: { code: 'D', clock: false, factor: 1 },
  week: { code: 'W', clock: false, factor: 1 },
  weekend: { code: 'D', clock: false, factor: 2 },
  month: { code: 'M', clock: false, factor: 1 },
  quarter: { code: 'M', clock: false, factor: 3 },
  year: { code: 'Y', clock: false, factor: 1 },
  decade: { code: 'Y', clock: false, factor: 10 },
  century: { code: 'Y', clock: false, factor: 100 },
};

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export const SEASONS: ReadonlyMap<string, Season> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
]);

export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT';
export const PARTS_OF_DAY: ReadonlyMap<string, PartOfDay> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['overnight', 'NI'], ['daytime', 'DT'],
]);

/** Single words that are always a reference to the present, past or future. */
export const REFERENCE_WORDS: ReadonlyMap<string, string> = new Map([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'], ['presently', 'PRESENT_REF'],
  ['recently', 'PAST_REF'], ['lately', 'PAST_REF'],
  ['soon', 'FUTURE_REF'], ['shortly', 'FUTURE_REF'], ['someday', 'FUTURE_REF'],
]);

/** Frequency adverbs → SET value. */
export const FREQUENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['hourly', 'PT1H'], ['daily', 'P1D'], ['nightly', 'XXXX-XX-XXTNI'], ['weekly', 'P1W'], ['biweekly', 'P2W'],
  ['fortnightly', 'P2W'], ['monthly', 'P1M'], ['annually', 'P1Y'], ['yearly', 'P1Y'],
  ['biannually', 'P6M'],
]);

/** Holidays with a fixed month and day. */
export const FIXED_HOLIDAYS: ReadonlyMap<string, [number, number]> = new Map([
  ['christmas', [12, 25]], ['christmas day', [12, 25]], ['christmas eve', [12, 24]], ['boxing day', [12, 26]],
  ["new year's day", [1, 1]], ["new year's eve", [12, 31]], ['new year', [1, 1]], ['halloween', [10, 31]],
  ["valentine's day", [2, 14]], ['independence day', [7, 4]], ['bastille day', [7, 14]], ['may day', [5, 1]],
  ['veterans day', [11, 11]], ['armistice day', [11, 11]], ['remembrance day', [11, 11]],
]);
