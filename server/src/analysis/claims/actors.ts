// Actors of a clause: its named entities (capitalised name sequences) and a grammatical subject where it is a noun phrase.

import type { Span } from '../types';

const NOT_NAMES = new Set(
  (
    'The A An This That These Those It He She They We I You His Her Their Our Its But And Or So Yet If When While After Before ' +
    'Since As On In At By For From With Without Under Over Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'January February March April May June July August September October November December Today Yesterday Tomorrow ' +
    'Hours Prior Although Meanwhile However Some Many Most All Both Earlier Later Last Next Mr Mrs Ms Dr President Prime Minister'
  ).split(' '),
);
const COMMON_OPENERS = new Set(
  'About Around Nearly Almost Roughly Some More Fewer Only Just Over Under Up Down Here There Now Then Still Even Also Another Each Every Several Such Two Three Four Five Six Seven Eight Nine Ten Dozens Hundreds Thousands Millions Officials Police Engineers Residents Commuters Drivers Critics Experts Analysts Voters Lawmakers'.split(' '),
);
/** Cue verbs after which a plain noun is the claim's source ("the city said", "police reported"). */
const SOURCE_RE = /\b(?:the\s+)?(\p{Ll}[\p{Ll}-]{2,}(?:\s+\p{Ll}[\p{Ll}-]{2,})?)\s+(?:said|says|reported|reports|announced|announces|confirmed|confirms|estimated|estimates|added|stated)\b/gu;
const NOT_SOURCES = new Set(['he', 'she', 'they', 'it', 'who', 'which', 'that', 'also', 'had', 'has', 'have', 'was', 'were', 'previously', 'later', 'earlier', 'then', 'reportedly']);

function leadingOffset(slice: string): number {
  return slice.length - slice.replace(/^[^\p{L}]+/u, '').length;
}

/** The plain-noun source of a clause ("the city said" → "city"), for claims without a named actor. */
export function sourceNouns(text: string, span: Span): string[] {
  const out: string[] = [];
  for (const m of text.slice(span.start, span.end).matchAll(SOURCE_RE)) {
    const words = m[1].split(/\s+/).filter((w) => !NOT_SOURCES.has(w));
    if (words.length) out.push(words.join(' '));
  }
  return out;
}

const CONNECTORS = new Set(['of', 'de', 'von', 'der', 'van', 'al', 'bin', 'la', 'le', 'du', 'and']);

/** Capitalised sequences ("Old Harbour Bridge", "Ursula von der Leyen", "U.S.-led coalition" → "U.S."). */
export function namedEntities(text: string, span: Span): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const slice = text.slice(span.start, span.end);
  const re = /\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|de|von|der|van|al|bin|la|le|du)\s+)*\p{Lu}[\p{L}\p{M}'’.-]*)*/gu;
  for (const m of slice.matchAll(re)) {
    let words = m[0].replace(/['’]s$/, '').split(/\s+/);
    while (words.length && (NOT_NAMES.has(words[0]) || CONNECTORS.has(words[0]))) words = words.slice(1);
    while (words.length && CONNECTORS.has(words[words.length - 1])) words = words.slice(0, -1);
    const name = words.join(' ').replace(/['’]+$/, '').replace(/(?<!\b\p{Lu})\.$/u, '');
    if (name.length < 2 || NOT_NAMES.has(name)) continue;
    // A lone capitalised word opening the sentence is usually an ordinary word ("About", "Roughly"), not a name.
    if (!name.includes(' ') && m.index === leadingOffset(slice) && /^\p{Lu}\p{Ll}+$/u.test(name) && (/ly$/.test(name) || COMMON_OPENERS.has(name))) continue;
    if (!seen.has(name)) {
      seen.add(name);
      out.push(name);
    }
  }
  return out;
}
