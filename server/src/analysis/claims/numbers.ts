// Numbers in a claim with the noun or unit they count ("650 soldiers", "90-minute", "12,000 vehicles", "six weeks").

import { lemma } from '../text/lemma';
import type { NumberMention, Span } from '../types';

const WORD_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const UNIT_SKIP = new Set(['of', 'more', 'new', 'extra', 'additional', 'other', 'such', 'the', 'per', 'percent']);
const NUMBER_RE =
  /(?<![\p{L}\p{N}.,])(?:[$€£]\s?)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)(?:\s(thousand|million|billion|trillion))?(?:\s?(%|percent|per cent))?(?:-([\p{L}]+))?/giu;

const LOWER_FIRST = /^\p{Ll}/u;

/** Years (1900–2099 standing alone) and dates are the dates engine's business, not numbers of a claim. */
function looksLikeYear(digits: string, after: string): boolean {
  return /^(?:19|20)\d\d$/.test(digits) && !/^\s+(?:people|soldiers|troops|jobs|votes|cases|deaths|dollars|euros|[a-z]+s)\b/.test(after);
}

/** A cheap test run before NUMBER_RE: most sentences hold no digit and no number word. */
const MAYBE_NUMBER = /\d|two|three|four|five|six|seven|eight|nine|ten|teen|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen/iu;
/**
 * A faster, still complete, pre-test: a digit, or a number word of NUMBER_RE not preceded by an ASCII letter or digit
 * (NUMBER_RE needs no letter or digit before it). Without the u flag it differs from /iu only on characters outside
 * ASCII that fold to an ASCII letter, the long s (U+017F → s) and the Kelvin sign (U+212A → k, in none of these words):
 * a text with a long s takes MAYBE_NUMBER.
 */
const MAYBE_NUMBER_ASCII =
  /\d|(?<![a-z0-9])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)/i;

function maybeNumber(slice: string): boolean {
  return MAYBE_NUMBER_ASCII.test(slice) || (slice.includes('\u017f') && MAYBE_NUMBER.test(slice));
}

export function findNumbers(text: string, span: Span, exclude: Span[] = []): NumberMention[] {
  const out: NumberMention[] = [];
  const slice = text.slice(span.start, span.end);
  if (!maybeNumber(slice)) return out;
  for (const m of numberMatches(slice)) {
    const start = span.start + (m.index ?? 0);
    const end = start + m[0].length;
    if (exclude.some((x) => start < x.end && end > x.start)) continue;
    const raw = m[1].toLowerCase();
    const after = slice.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40);
    let value: number;
    if (/^\d/.test(raw)) {
      if (looksLikeYear(raw, after)) continue;
      value = Number(raw.replace(/,/g, ''));
    } else {
      const [tens, ones] = raw.split('-');
      value = (WORD_NUMBERS[tens] ?? 0) + (ones ? (WORD_NUMBERS[ones] ?? ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].indexOf(ones) + 1) : 0);
    }
    if (m[2]) value *= SCALE[m[2].toLowerCase()];
    let unit = '';
    if (m[3]) unit = 'percent';
    else if (m[4]) unit = lemma(m[4]);
    else if (/^[$]/.test(m[0])) unit = 'dollar';
    else if (/^€/.test(m[0])) unit = 'euro';
    else if (/^£/.test(m[0])) unit = 'pound';
    else {
      const next = /^\s+((?:[\p{L}]+\s+){0,2}?)([\p{L}]+)/u.exec(after);
      if (next) {
        const words = (next[1] + next[2]).trim().split(/\s+/).filter((w) => !UNIT_SKIP.has(w.toLowerCase()));
        const noun = words.find((w) => LOWER_FIRST.test(w) && w.length > 2);
        if (noun) unit = lemma(noun);
      }
    }
    out.push({ start, end, text: m[0], value: formatValue(value), unit });
  }
  return out;
}

/** NUMBER_RE anchored at lastIndex: tried only where a match can start. */
const NUMBER_AT = new RegExp(NUMBER_RE.source, 'iuy');

/**
 * The matches of slice.matchAll(NUMBER_RE), in order. A match starts with a currency sign, a digit or the first letter of
 * a number word (t f s e n h d in either case, or the long s that folds to s), never right after an ASCII letter, digit,
 * full stop or comma (the look-behind): the regex is run only there, anchored, instead of at every position.
 */
function numberMatches(slice: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const n = slice.length;
  let i = 0;
  while (i < n) {
    const c = slice.charCodeAt(i);
    if (!canStartNumber(c) || (i > 0 && afterWordChar(slice.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    NUMBER_AT.lastIndex = i;
    const m = NUMBER_AT.exec(slice);
    if (!m) {
      i++;
      continue;
    }
    out.push(m);
    i = m.index + m[0].length;
  }
  return out;
}

function canStartNumber(c: number): boolean {
  if (c >= 0x30 && c <= 0x39) return true;
  switch (c | 0x20) {
    case 0x74: case 0x66: case 0x73: case 0x65: case 0x6e: case 0x68: case 0x64: // t f s e n h d
      return c < 0x80;
  }
  return c === 0x24 || c === 0x20ac || c === 0xa3 || c === 0x17f; // $ € £ ſ
}

function afterWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x2c;
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
}
