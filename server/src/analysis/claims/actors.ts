// Actors of a clause: its named entities (capitalised name sequences) and a grammatical subject where it is a noun phrase.

import { charClass, LETTER, MARK, PAIR, SPACE, UPPER } from '../text/charClass';
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

/** What SOURCE_RE needs, tested first (cheaper, no Unicode classes): one of its verbs after a space. */
const SOURCE_VERB = /\s(?:said|says|reported|reports|announced|announces|confirmed|confirms|estimated|estimates|added|stated)\b/;

/** The plain-noun source of a clause ("the city said" → "city"), for claims without a named actor. */
export function sourceNouns(text: string, span: Span): string[] {
  const out: string[] = [];
  const slice = text.slice(span.start, span.end);
  if (!SOURCE_VERB.test(slice)) return out;
  for (const m of slice.matchAll(SOURCE_RE)) {
    const words = m[1].split(/\s+/).filter((w) => !NOT_SOURCES.has(w));
    if (words.length) out.push(words.join(' '));
  }
  return out;
}

const CONNECTORS = new Set(['of', 'de', 'von', 'der', 'van', 'al', 'bin', 'la', 'le', 'du', 'and']);

/**
 * Capitalised runs: the matches of the global Unicode regex
 * \p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|de|von|der|van|al|bin|la|le|du)\s+)*\p{Lu}[\p{L}\p{M}'’.-]*)*
 * found by a hand-written scanner over cached character classes (the regex spent most of findClaims' time
 * testing Unicode properties at every position). Calls `each(index, run)` per match.
 */
function forEachCapitalisedRun(slice: string, each: (index: number, run: string) => void): void {
  const n = slice.length;
  let i = 0;
  while (i < n) {
    const first = charClass(slice, i);
    if (!(first & UPPER)) {
      i += first & PAIR ? 2 : 1;
      continue;
    }
    const start = i;
    i = nameTail(slice, i + (first & PAIR ? 2 : 1));
    // (?:\s+(?:connector\s+)*\p{Lu}tail)*: an iteration either reaches a capital or leaves the match where it was.
    for (;;) {
      let j = spaces(slice, i);
      if (j === i) break;
      for (;;) {
        const c = connectorAt(slice, j);
        if (!c) break;
        const k = spaces(slice, j + c);
        if (k === j + c) break;
        j = k;
      }
      const cls = j < n ? charClass(slice, j) : 0;
      if (!(cls & UPPER)) break;
      i = nameTail(slice, j + (cls & PAIR ? 2 : 1));
    }
    each(start, slice.slice(start, i));
  }
}

const CONNECTOR_WORDS = ['of', 'de', 'von', 'der', 'van', 'al', 'bin', 'la', 'le', 'du'];

/** Length of a connector word at j that is followed by a space, or 0. */
function connectorAt(s: string, j: number): number {
  for (const w of CONNECTOR_WORDS) if (s.startsWith(w, j) && spaces(s, j + w.length) > j + w.length) return w.length;
  return 0;
}

/** [\p{L}\p{M}'’.-]* from i. */
function nameTail(s: string, i: number): number {
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d) i++;
    else {
      const cls = charClass(s, i);
      if (!(cls & (LETTER | MARK))) break;
      i += cls & PAIR ? 2 : 1;
    }
  }
  return i;
}

/** \s+ from i (the end of the run, or i when there is none). */
function spaces(s: string, i: number): number {
  while (i < s.length && charClass(s, i) & SPACE) i++;
  return i;
}

const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;

const FINAL_STOP = /(?<!\b\p{Lu})\.$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** The name in a capitalised run: leading non-names and connectors, a possessive and a final full stop dropped. */
function nameOf(run: string): string {
  // The same as: run.replace(/['’]s$/, '').split(/\s+/), leading NOT_NAMES/CONNECTORS and trailing CONNECTORS dropped,
  // joined with spaces, then .replace(/['’]+$/, '').replace(/(?<!\b\p{Lu})\.$/u, '').
  const n = run.length;
  const trimmed = n >= 2 && run.charCodeAt(n - 1) === 0x73 && isApostrophe(run.charCodeAt(n - 2)) ? run.slice(0, -2) : run;
  const words = trimmed.split(/\s+/);
  let a = 0;
  let b = words.length;
  while (a < b && (NOT_NAMES.has(words[a]) || CONNECTORS.has(words[a]))) a++;
  while (a < b && CONNECTORS.has(words[b - 1])) b--;
  let name = a === 0 && b === words.length ? (b === 1 ? words[0] : words.join(' ')) : words.slice(a, b).join(' ');
  let end = name.length;
  while (end > 0 && isApostrophe(name.charCodeAt(end - 1))) end--;
  if (end !== name.length) name = name.slice(0, end);
  if (name.endsWith('.')) name = name.replace(FINAL_STOP, '');
  return name;
}

/** Capitalised sequences ("Old Harbour Bridge", "Ursula von der Leyen", "U.S.-led coalition" → "U.S."). */
export function namedEntities(text: string, span: Span): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const slice = text.slice(span.start, span.end);
  let lead = -1;
  forEachCapitalisedRun(slice, (index, run) => {
    const name = nameOf(run);
    if (name.length < 2 || NOT_NAMES.has(name)) return;
    // A lone capitalised word opening the sentence is usually an ordinary word ("About", "Roughly"), not a name.
    if (!name.includes(' ') && index === (lead < 0 ? (lead = leadingOffset(slice)) : lead) && CAPITALISED_WORD.test(name) && (/ly$/.test(name) || COMMON_OPENERS.has(name))) return;
    if (!seen.has(name)) {
      seen.add(name);
      out.push(name);
    }
  });
  return out;
}
