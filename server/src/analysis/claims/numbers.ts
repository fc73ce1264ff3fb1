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

/** Years (1900–2099 standing alone) and dates are the dates engine's business, not numbers of a claim. */
function looksLikeYear(digits: string, after: string): boolean {
  return /^(?:19|20)\d\d$/.test(digits) && !/^\s+(?:people|soldiers|troops|jobs|votes|cases|deaths|dollars|euros|[a-z]+s)\b/.test(after);
}

/** A cheap test run before NUMBER_RE: most sentences hold no digit and no number word. */
const MAYBE_NUMBER = /\d|two|three|four|five|six|seven|eight|nine|ten|teen|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen/iu;

export function findNumbers(text: string, span: Span, exclude: Span[] = []): NumberMention[] {
  const out: NumberMention[] = [];
  const slice = text.slice(span.start, span.end);
  if (!MAYBE_NUMBER.test(slice)) return out;
  for (const m of slice.matchAll(NUMBER_RE)) {
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
        const noun = words.find((w) => /^\p{Ll}/u.test(w) && w.length > 2);
        if (noun) unit = lemma(noun);
      }
    }
    out.push({ start, end, text: m[0], value: formatValue(value), unit });
  }
  return out;
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
}
