// Speaker phrases: reading a name, pronoun or nominal out of tokens, and the canonical-name helpers.

import { boundedMemo } from '../text/memo';
import { stripDiacritics } from '../text/normalize';
import { CUE_FILLERS, CUE_VERBS, DETERMINERS, INVERTING_CUES, NOT_NAME, NP_STOP, ORG_WORDS, PLACE_GROUPS, PRONOUNS, ROLE_CLASS, SOURCE_NOUNS, TITLES } from './lexicon';
import { base, isSentenceEnd as isSentenceEndTok, type Token } from './tokens';

export type MentionKind = 'name' | 'pronoun' | 'nominal';

/** A speaker phrase as written: "French President Francois Hollande", "he", "the Kremlin strongman". */
export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  text: string;
  /** For names: the name with titles stripped ("Francois Hollande"). */
  name: string;
  /** Lower-case descriptor words: titles, place adjectives, the head noun of a nominal. */
  descriptors: string[];
  /** For nominals and pronouns: head noun or pronoun, lower-case. */
  head: string;
  plural: boolean;
}

const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'la', 'le', 'du', 'da', 'di', 'del', 'della', 'dos', 'das', 'al', 'el', 'bin', 'ibn', 'ben', 'ter', 'st.', 'mac']);
const PLACE_WORDS = new Set(PLACE_GROUPS.flat());
/** Title words that end a title phrase ("Harbour Minister", "Lagos Governor") and are never part of a name. */
const PERSON_TITLE_HEADS = new Set(['minister', 'governor', 'president', 'senator', 'mayor', 'secretary', 'chancellor', 'premier',
  'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'director', 'commissioner', 'sheriff',
  'congressman', 'congresswoman', 'representative', 'judge', 'chief', 'leader', 'general', 'gen.', 'adviser', 'advisor', 'manager',
  'strategist', 'pollster', 'nominee', 'candidate', 'attorney', 'prosecutor', 'officer', 'executive', 'ceo', 'founder', 'coach', 'captain']);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'rep', 'gov', 'prof', 'rev', 'sir', 'dame', 'lord', 'lady']);
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** Is this token part of a proper name run? */
export function isNameToken(t: Token, inRun: boolean): boolean {
  if (t.kind !== 'word') return false;
  if (t.cap) return inRun || !NOT_NAME.has(base(t.lower)) || TITLES.has(t.lower.replace(/\.$/, ''));
  return inRun && PARTICLES.has(t.lower);
}

function isTitleWord(lower: string): boolean {
  const w = noDot(lower);
  return TITLES.has(w) || TITLES.has(lower) || PLACE_WORDS.has(w);
}

/** Canonical name of a run of name tokens: leading titles and place adjectives stripped, possessive dropped. */
export function nameOfRun(tokens: readonly Token[]): { name: string; titles: string[]; first: number } {
  return nameOfRange(tokens, 0, tokens.length);
}

/** `nameOfRun` of tokens [a, b); `first` counts from `a`. */
export function nameOfRange(tokens: readonly Token[], a: number, b: number): { name: string; titles: string[]; first: number } {
  let i = a;
  const titles: string[] = [];
  while (i < b - 1 && isTitleWord(tokens[i].lower)) titles.push(noDot(tokens[i++].lower));
  // "Harbour Minister Ingrid Berg", "Lagos Governor Chidi Okafor": everything up to the last title word is title
  for (let k = b - 2; k > i; k--) {
    const w = noDot(tokens[k].lower);
    if (PERSON_TITLE_HEADS.has(w)) {
      while (i <= k) titles.push(noDot(tokens[i++].lower));
      break;
    }
  }
  // `The Post's Ruth Marcus`, `Breitbart's Joel Pollak`: the name starts after a possessive
  for (let k = b - 2; k >= i; k--) {
    const w = tokens[k].text;
    if (w.length > 2 && (w.endsWith("'s") || w.endsWith('\u2019s'))) { i = k + 1; break; }
  }
  // an inverted cue opening the sentence: "Continued Tollefsen", "Said Ivo Sandqvist"
  while (i < b - 1 && /(?:ed|s|id|ote)$/.test(tokens[i].lower) && INVERTING_CUES.has(CUE_VERBS.get(tokens[i].lower) ?? '')) i++;
  // a headline verb glued to the name ("Etheridge Apologizes", "Christie Says"), then Jr., III
  let e = b;
  while (e - i > 1 && isGluedVerb(namePart(tokens[e - 1]).toLowerCase())) e--;
  while (e - i > 1 && SUFFIXES.has(namePart(tokens[e - 1]).toLowerCase())) e--;
  let name = namePart(tokens[i]);
  for (let k = i + 1; k < e; k++) name += ' ' + namePart(tokens[k]);
  return { name, titles, first: i - a };
}

/** A token's text without a possessive 's. */
function namePart(t: Token): string {
  const s = t.text;
  const n = s.length;
  if (n >= 2 && s.charCodeAt(n - 1) === 115 && (s.charCodeAt(n - 2) === 39 || s.charCodeAt(n - 2) === 0x2019)) return s.slice(0, -2);
  return s;
}

/** Drop one trailing period. */
function noDot(w: string): string {
  return w.endsWith('.') ? w.slice(0, -1) : w;
}

/** "he's" / "she'd" / "they're" → the pronoun: a contracted auxiliary keeps the subject. */
export function pronounOf(lower: string): string {
  if (lower.length < 3 || lower.length > 7 || lower.indexOf("'") < 0) return lower;
  const m = /^(he|she|they|it|we|i)'(?:s|d|ll|re|ve|m)$/.exec(lower);
  return m ? m[1] : lower;
}

function isGluedVerb(lower: string): boolean {
  if (!lower.endsWith('s')) return false;
  return /^\p{L}+(?:izes|ises)$/u.test(lower) || lower.endsWith('s') && CUE_VERBS.has(lower) && !SUFFIXES.has(lower);
}

/** Parse tokens [a, b) as a speaker phrase; null if they are not one. */
export function parseMention(tokens: readonly Token[], a: number, b: number, loose = false): Mention | null {
  if (b <= a || b - a > 12) return null;
  const span = tokens.slice(a, b);
  const first = span[0];
  if (span.length === 1 && first.kind === 'word') {
    const lower = pronounOf(first.lower);
    const pro = PRONOUNS.get(lower);
    if (pro) return { kind: 'pronoun', start: first.start, end: first.end, text: first.text, name: '', descriptors: [], head: lower, plural: pro === 'p' };
  }
  // "Angela Merkel of Germany", "a spokeswoman for Clinton": the head is before of/for
  const full = span;
  let cut = span.findIndex((t, i) => i > 0 && (t.lower === 'of' || t.lower === 'for'));
  // `Secretary of State Hillary Clinton`: an `of` office inside a title run, the name after it
  if (cut > 0 && span[cut].lower === 'of' && cut + 2 < span.length && span.slice(0, cut).every((t) => isTitleWord(t.lower)) &&
    isTitleWord(span[cut + 1].lower) && span.slice(cut + 1).every((t) => t.cap)) cut = -1;
  const headPart = cut > 0 ? span.slice(0, cut) : span;
  const parsed = parseHead(headPart, loose);
  if (!parsed) return null;
  return { ...parsed, start: first.start, end: full[full.length - 1].end, text: textOf(full) };
}

function parseHead(span: readonly Token[], loose: boolean): Mention | null {
  const first = span[0];
  // the last run of name tokens inside the phrase is the name
  let runEnd = span.length;
  while (runEnd > 0 && !(span[runEnd - 1].kind === 'word' && span[runEnd - 1].cap)) runEnd--;
  let runStart = runEnd;
  while (runStart > 0 && isNameToken(span[runStart - 1], true) && !DETERMINERS.has(span[runStart - 1].lower)) runStart--;
  while (runStart < runEnd && !span[runStart].cap) runStart++;
  while (runStart < runEnd && NOT_NAME.has(span[runStart].lower) && !TITLES.has(span[runStart].lower.replace(/\.$/, ''))) runStart++;
  const descriptors = span.filter((t) => t.kind === 'word').map((t) => base(t.lower).replace(/\.$/, ''));
  const text = textOf(span);
  // `Supporters of the plan`, `Critics`: a capitalised plural of a source or role noun opening the phrase is a nominal
  const commonPlural = runEnd - runStart === 1 && runStart === 0 && pluralSourceNoun(span[0].lower);
  if (runEnd > runStart && runEnd === span.length && !commonPlural) {
    const run = span.slice(runStart, runEnd);
    const { name, first: f } = nameOfRun(run);
    const nameTokens = run.slice(f);
    // `Mr. King`, `Sen. Major`: after an honorific the last word is a surname even when it is also a title word
    const honorific = f > 0 && nameTokens.length === 1 && HONORIFICS.has(noDot(run[f - 1].lower));
    // `the White House`, `the Senate`: a run of title words that ends in an institution's noun names the institution
    if (run.length > 1 && runStart === 1 && DETERMINERS.has(first.lower) && ORG_WORDS.has(run[run.length - 1].lower) && run.every((t) => isTitleWord(t.lower))) {
      return { kind: 'name', start: first.start, end: span[span.length - 1].end, text, name: textOf(run), descriptors, head: '', plural: false };
    }
    const allTitles = !honorific && nameTokens.every((t) => isTitleWord(t.lower)) && !(nameTokens.length === 1 && !TITLES.has(nameTokens[0].lower));
    if (!allTitles && name && !NOT_NAME.has(name.toLowerCase())) {
      return { kind: 'name', start: first.start, end: span[span.length - 1].end, text, name, descriptors, head: '', plural: false };
    }
  }
  const words = span.filter((t) => t.kind === 'word');
  if (!words.length) return null;
  const last = words[words.length - 1];
  const head = base(last.lower);
  const singular = head.replace(/(?:e?s)$/, '');
  const known = ROLE_CLASS.has(head) || SOURCE_NOUNS.has(head) || SOURCE_NOUNS.has(singular) || SOURCE_NOUNS.has(head.replace(/s$/, '')) ||
    ROLE_CLASS.has(head.replace(/s$/, '')) || /(?:man|woman|person|ist|ian)s?$/.test(head) && head.length > 5;
  // right next to a cue verb any determiner-led noun phrase speaks: "the captain said", "the lawsuit alleges"
  // a bare article or possessive (`the`, `an`, `his`) is no phrase; `one`, `another` stand alone
  // `Another tweeted,`; `Some chanted "…"`, `Others shouted` (an indefinite pronoun heading the clause)
  const alone = words.length === 1 && (/^(?:one|another|both|several)$/.test(head) || last.cap && /^(?:some|others|many)$/.test(head));
  // poll shares as sources: `63 percent said`, `most said`
  if (loose && (words.length === 2 && /^\d+(?:\.\d+)?$/.test(words[0].lower) && /^(?:percent|%)$/.test(head) || words.length === 1 && head === 'most')) {
    return { kind: 'nominal', start: first.start, end: span[span.length - 1].end, text: textOf(span), name: '', descriptors, head, plural: true };
  }
  const looseOk = loose && (DETERMINERS.has(words[0].lower) || alone) && (words.length >= 2 || alone) && words.length <= 4 && /^[a-z0-9][a-z0-9-]+$/.test(head) && /[a-z]/.test(head) && (!last.cap || alone);
  if (!known && !looseOk) return null;
  if (words.length > 1 && !DETERMINERS.has(words[0].lower) && !words[0].cap && !/^\d/.test(words[0].lower) && words.length > 3) return null;
  const plural = /s$/.test(head) && !/(?:ss|us|is|news|politics)$/.test(head);
  return { kind: 'nominal', start: first.start, end: span[span.length - 1].end, text, name: '', descriptors, head, plural };
}

/** `critics`, `supporters`, `officials`: the plural of a source or role noun (capitalised only because it opens a sentence). */
function pluralSourceNoun(lower: string): boolean {
  if (!/[^s]s$/.test(lower)) return false;
  const one = lower.slice(0, -1);
  return SOURCE_NOUNS.has(one) || ROLE_CLASS.has(one) || SOURCE_NOUNS.has(lower);
}

function textOf(span: readonly Token[]): string {
  let s = '';
  for (let i = 0; i < span.length; i++) {
    if (i > 0 && span[i].start > span[i - 1].end) s += ' ';
    s += span[i].text;
  }
  return s;
}

/** `Morgan of the Sierra Club`: a capitalised name, or `the` and one, after `of`. */
function capAfterOf(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && (t.cap || t.lower === 'the' && !!tokens[i + 1]?.cap);
}

/** The speaker phrase that ends just before token `end` (subject of a following cue), skipping one appositive. */
export function mentionBefore(tokens: readonly Token[], end: number, floor: number, loose = true): Mention | null {
  let b = end;
  let apposition = -1; // `Apple's chief executive, Tim Cook, said`: the comma before a name set off by commas
  // an appositive or parenthetical right before the cue: "Flynn, a top Trump surrogate, said" / "Cruz (R-Texas) said"
  if (b - 1 >= floor && tokens[b - 1].text === ')') {
    let j = b - 2;
    while (j >= floor && j > b - 12 && tokens[j].text !== '(') j--;
    if (j >= floor && tokens[j].text === '(') b = j;
  } else if (b - 1 >= floor && tokens[b - 1].text === ',') {
    let j = b - 2;
    while (j >= floor && j > b - 16 && tokens[j].text !== ',' && tokens[j].kind !== 'quote') j--;
    if (j >= floor && tokens[j].text === ',' && j + 1 < b - 1 && /^(?:a|an|the|who|whose|which|his|her|their|its|also|now|then|once|himself|herself|itself|both|one|another|formerly|still|previously|in|at|for|from|during|like|\p{Ll}+ing|\p{Ll}+ly|[\p{Lu}].*)$/u.test(tokens[j + 1].lower === tokens[j + 1].text ? tokens[j + 1].lower : tokens[j + 1].text)) {
      if (tokens[j + 1].cap) apposition = j;
      b = j;
    } else return null;
    // `Cruz (R-Texas), also a hopeful, said`: a parenthesis before the appositive
    if (b - 1 >= floor && tokens[b - 1].text === ')') {
      let k = b - 2;
      while (k >= floor && k > b - 12 && tokens[k].text !== '(') k--;
      if (k >= floor && tokens[k].text === '(') b = k;
    }
  }
  // `what it calls`, `the group says it wants`: `it` right before the cue is the subject (an organisation or a document)
  if (loose && b - 1 >= floor && tokens[b - 1].lower === 'it' && b === end) return parseMention(tokens, b - 1, b, loose);
  let a = b;
  while (a - 1 >= floor && a > b - 10) {
    const t = tokens[a - 1];
    if (t.kind !== 'word') break;
    if (NP_STOP.has(t.lower) && !(t.cap && a - 1 > floor && tokens[a - 2].cap)) {
      if ((t.lower === 'of' || t.lower === 'for') && a - 2 >= floor && (ROLE_CLASS.has(base(tokens[a - 2].lower)) || SOURCE_NOUNS.has(base(tokens[a - 2].lower).replace(/s$/, '')) || tokens[a - 2].cap && capAfterOf(tokens, a))) { a--; continue; }
      break;
    }
    a--;
    if (PRONOUNS.has(pronounOf(t.lower))) break;
  }
  if (a < b && PRONOUNS.has(pronounOf(tokens[a].lower)) && b - a > 1) a++;
  // drop sentence-initial connectives ("But Trump said") and adverbials ("Later, ...")
  while (a < b && NOT_NAME.has(tokens[a].lower) && !DETERMINERS.has(tokens[a].lower) && !PRONOUNS.has(pronounOf(tokens[a].lower))) a++;
  // "Evan Wolfson, the founder of Freedom to Marry, … said": the phrase was cut inside an appositive; the speaker is before it
  if (a > floor + 1 && a < b && /^(?:to|of|for|at|from|with)$/.test(tokens[a - 1].lower)) {
    for (let j = a - 2; j > floor && j > a - 14; j--) {
      if (tokens[j].kind === 'quote' || isSentenceEndTok(tokens[j])) break;
      if (tokens[j].text === ',' && DETERMINERS.has(tokens[j + 1]?.lower ?? '')) {
        const outer = mentionBefore(tokens, j, floor, loose);
        if (outer && outer.kind === 'name') return outer;
        break;
      }
    }
  }
  const m = parseMention(tokens, a, b, loose);
  if (!m && apposition >= 0 && a < b && tokens[b - 1].kind === 'word' && !tokens[b - 1].cap) {
    const name = parseMention(tokens, apposition + 1, end - 1, false);
    if (name?.kind === 'name') return name;
  }
  return m;
}

/** The speaker phrase that starts at token `start` (after a cue: "said Smith, a spokesman"). */
export function mentionAfter(tokens: readonly Token[], start: number, ceil: number, loose = true): Mention | null {
  let b = start;
  // `said Will Doyle`, `said May Lindqvist`: a capitalised modal before another capitalised word is a first name
  const t0 = tokens[start];
  // `this source told the Post`: a demonstrative before a source or role noun opens a phrase
  const t1 = tokens[start + 1];
  const demonstrative = t0?.kind === 'word' && /^(?:this|that)$/.test(t0.lower) && t1?.kind === 'word' && !t1.cap && (SOURCE_NOUNS.has(base(t1.lower)) || ROLE_CLASS.has(base(t1.lower)));
  if (t0?.kind === 'word' && NP_STOP.has(t0.lower) && !demonstrative && !(t0.cap && /^(?:will|may)$/.test(t0.lower) && t1?.kind === 'word' && t1.cap)) return null;
  while (b < ceil && b < start + 10) {
    const t = tokens[b];
    if (t.kind !== 'word') break;
    const prevLower = b > start ? base(tokens[b - 1].lower) : '';
    const ofPhrase = (t.lower === 'of' || t.lower === 'for') && (ROLE_CLASS.has(prevLower) || SOURCE_NOUNS.has(prevLower.replace(/s$/, '')) || tokens[b - 1].cap && capAfterOf(tokens, b + 1));
    if (b > start && NP_STOP.has(t.lower) && !ofPhrase) break;
    // `Ohio State University`; `the email`, `his statement`: a cue word right after a determiner is a noun
    const nounAfterDet = b === start + 1 && DETERMINERS.has(tokens[start].lower) && !/(?:ed|ing)$/.test(t.lower);
    if (b > start && (PRONOUNS.has(t.lower) || CUE_VERBS.has(t.lower) && !t.cap && !nounAfterDet || CUE_FILLERS.has(t.lower) && !t.cap)) break;
    b++;
    if (b - 1 === start && PRONOUNS.has(pronounOf(t.lower))) break;
  }
  return parseMention(tokens, start, b, loose);
}

/** "French President François Hollande" → "francois hollande". */
export function canonicalSpeakerKey(name: string): string {
  return speakerKey(name).key;
}

/** A name's canonical key and its words (shared: never mutate `parts`). */
export interface SpeakerKey {
  key: string;
  parts: readonly string[];
}

const cachedSpeakerKey = boundedMemo((raw: string) => speakerKeyUncached(raw), 5001);

/** `canonicalSpeakerKey` with the key's words, memoised (bounded). */
export function speakerKey(name: string): SpeakerKey {
  const raw = typeof name === 'string' ? name : String(name ?? '');
  if (PLAIN_WORD.test(raw)) {
    // one plain word ("Trump"): its lower-case form, no title or suffix to strip; kept out of the shared cache
    const key = raw.toLowerCase();
    return { key, parts: [key] };
  }
  return cachedSpeakerKey(raw);
}

const PLAIN_WORD = /^[A-Za-z]+$/;
/** ASCII text is its own NFD form: nothing to strip. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** `speakerKey` without the shared memo (for callers that memoise per article). */
export function speakerKeyUncached(name: string): SpeakerKey {
  const raw = typeof name === 'string' ? name : String(name ?? '');
  if (PLAIN_WORD.test(raw)) {
    const lower = raw.toLowerCase();
    return { key: lower, parts: [lower] };
  }
  const key = computeKey(raw);
  return { key, parts: keyParts(key) };
}

/** Plain ASCII words separated by single spaces: their lower-case forms are the words the slow path would find. */
const PLAIN_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

function computeKey(name: string): string {
  const words = PLAIN_NAME.test(name) ? name.toLowerCase().split(' ') : (isAscii(name) ? name : stripDiacritics(name)).toLowerCase().replace(/[\u2019']s\b/g, '').match(/[\p{L}\p{N}]+(?:[-.'][\p{L}\p{N}]+)*\.?/gu) ?? [];
  let i = 0;
  for (;;) {
    while (i < words.length - 1 && (isTitleWord(words[i]) || words[i] === 'the')) i++;
    // `Secretary of State Hillary Clinton`, `Minister of Defence Ana Ruiz`: an `of` office inside the title
    if (i > 0 && i < words.length - 2 && words[i] === 'of' && isTitleWord(words[i + 1])) { i += 2; continue; }
    break;
  }
  // "Lindholm Mayor Elena Vasquez", "Transport Minister Tomas Brekke": everything up to the last title word is title
  for (let k = words.length - 2; k > i; k--) {
    if (PERSON_TITLE_HEADS.has(words[k].replace(/\.$/, ''))) { i = k + 1; break; }
  }
  const rest = words.slice(i).map((w) => w.replace(/\.$/, ''));
  while (rest.length > 1 && SUFFIXES.has(rest[rest.length - 1])) rest.pop();
  return rest.join(' ');
}

/** Same person? "Hollande" vs "Francois Hollande" → true; "Hillary Clinton" vs "Bill Clinton" → false. */
export function sameSpeaker(a: string, b: string): boolean {
  return sameKeyParts(speakerKey(a).parts, speakerKey(b).parts);
}

/** The words of a canonical key. */
export function keyParts(key: string): string[] {
  return key ? key.split(' ').filter(Boolean) : [];
}

/** `sameSpeaker` on the words of two canonical keys. */
export function sameKeyParts(ka: readonly string[], kb: readonly string[]): boolean {
  if (!ka.length || !kb.length) return false;
  if (ka.length === kb.length && endsWithWords(ka, kb)) return true;
  if (ka[ka.length - 1] !== kb[kb.length - 1]) return false;
  if (ka.length === 1 || kb.length === 1) return true;
  const [short, long] = ka.length < kb.length ? [ka, kb] : [kb, ka];
  if (endsWithWords(long, short)) return true; // "von der Leyen" in "Ursula von der Leyen"
  return ka[0] === kb[0] || ka[0][0] === kb[0][0] && (ka[0].length === 1 || kb[0].length === 1) || formalFirst(ka[0]) === formalFirst(kb[0]);
}

/** Do the words of `long` end with all the words of `short`? */
function endsWithWords(long: readonly string[], short: readonly string[]): boolean {
  const off = long.length - short.length;
  if (off < 0) return false;
  for (let i = 0; i < short.length; i++) if (long[off + i] !== short[i]) return false;
  return true;
}

/** Common English short forms of first names: "Mike Elliott" = "Michael Elliott", "Bill Clinton" = "William Clinton". */
const NICKNAMES: Record<string, string> = {
  mike: 'michael', mick: 'michael', bill: 'william', will: 'william', billy: 'william', bob: 'robert', rob: 'robert', bobby: 'robert',
  jim: 'james', jimmy: 'james', jamie: 'james', tom: 'thomas', tommy: 'thomas', dick: 'richard', rick: 'richard', rich: 'richard',
  joe: 'joseph', joey: 'joseph', ted: 'edward', ed: 'edward', eddie: 'edward', chris: 'christopher', dan: 'daniel', danny: 'daniel',
  dave: 'david', steve: 'stephen', steven: 'stephen', tony: 'anthony', nick: 'nicholas', pat: 'patrick', matt: 'matthew',
  andy: 'andrew', drew: 'andrew', ben: 'benjamin', sam: 'samuel', alex: 'alexander', greg: 'gregory', jeff: 'jeffrey',
  geoff: 'geoffrey', ken: 'kenneth', larry: 'lawrence', jerry: 'gerald', fred: 'frederick', charlie: 'charles', chuck: 'charles',
  liz: 'elizabeth', beth: 'elizabeth', betsy: 'elizabeth', kate: 'katherine', kathy: 'katherine', cathy: 'catherine',
  sue: 'susan', jenny: 'jennifer', jen: 'jennifer', meg: 'margaret', peggy: 'margaret', maggie: 'margaret', debbie: 'deborah',
  barb: 'barbara', vicky: 'victoria', hank: 'henry', harry: 'henry', jack: 'john', johnny: 'john', jon: 'jonathan',
  tim: 'timothy', phil: 'philip', ron: 'ronald', don: 'donald', doug: 'douglas', gene: 'eugene', ray: 'raymond',
};

function formalFirst(w: string): string {
  return NICKNAMES[w] ?? w;
}
