// The article's cast: named people and organisations, their canonical names, titles, gender, and how to resolve mentions.

import { boundedMemo } from '../text/memo';
import { CUE_VERBS, FEMALE_WORDS, MALE_WORDS, MEDIA_WORDS, ORG_WORDS, PLACE_GROUPS, ROLE_CLASS, TITLES, US_STATE_NAMES } from './lexicon';
import { isNameToken, nameOfRange, pronounOf, sameKeyParts, speakerKeyUncached, type Mention, type SpeakerKey } from './names';
import { base, isSentenceEnd, type Token } from './tokens';

const GENDERED = new Map<string, 'm' | 'f'>([['he', 'm'], ['his', 'm'], ['him', 'm'], ['himself', 'm'], ['she', 'f'], ['her', 'f'], ['hers', 'f'], ['herself', 'f']]);

export type EntityType = 'person' | 'org' | 'place' | 'unknown';

export interface Entity {
  id: number;
  canonical: string;
  key: string;
  /** The words of `key`. */
  parts: readonly string[];
  type: EntityType;
  gender: 'm' | 'f' | null;
  descriptors: Set<string>;
  /** Start offsets of the mentions, in text order. */
  positions: number[];
  /** Positions of mentions in object position ("talks with Hollande"), less salient for pronouns. */
  oblique: Set<number>;
  /** Positions of mentions as the subject of a cue verb or at a sentence start. */
  subjects: number[];
  /** He/his vs she/her pronouns that follow this entity's mentions. */
  votes: { m: number; f: number };
  speaks: boolean;
  /** `nameLike(key)` for the key it was computed for (memo). */
  likeKey?: string;
  like?: boolean;
  /** Seen capitalised in mid-sentence, so a real name rather than a capitalised sentence opener. */
  midSentence: boolean;
}

export interface Resolution {
  canonical: string;
  confidence: number;
  entity: Entity | null;
}

const PLACE_OF = new Map<string, number>();
PLACE_GROUPS.forEach((g, i) => g.forEach((w) => PLACE_OF.set(w, i)));
const OBLIQUE_BEFORE = new Set(['with', 'of', 'by', 'to', 'from', 'against', 'for', 'about', 'on', 'at', 'and', 'than', 'between', 'toward', 'towards']);
const PERSON_TITLES = new Set([...TITLES].filter((t) => !['house', 'senate', 'state', 'campaign', 'staff', 'court', 'supreme', 'national', 'security', 'press', 'white', 'gop', 'democratic', 'republican', 'u.s', 'us', 'foreign', 'interior', 'finance', 'defence', 'defense', 'labor', 'labour', 'majority', 'minority', 'first'].includes(t)));

export class Cast {
  readonly entities: Entity[] = [];
  /** Entities by the last word of their name key: same-speaker names always share it. */
  private readonly bySurname = new Map<string, Entity[]>();
  /** Canonical keys of the names seen in this article (memo of `speakerKey`). */
  private readonly keys = new Map<string, SpeakerKey>();
  /** Run facts by the run's text. */
  private readonly runs = new Map<string, RunInfo | null>();
  /** Entities a pronoun class can refer to, in entity order; emptied whenever the cast changes. */
  private readonly fitting = new Map<string, Entity[]>();

  private keyOf(name: string): SpeakerKey {
    let k = this.keys.get(name);
    if (k === undefined) {
      k = speakerKeyUncached(name);
      this.keys.set(name, k);
    }
    return k;
  }

  /** Record every name run in one paragraph's tokens. */
  addParagraph(tokens: readonly Token[]): void {
    this.fitting.clear();
    let recent: { e: Entity; at: number } | null = null;
    for (let i = 0; i < tokens.length; i++) {
      const lw = tokens[i].lower;
      const c0 = lw.charCodeAt(0);
      const c1 = lw.charCodeAt(1);
      // only he/his/him/her…, she… (and he's, she'd) can be gendered pronouns
      const g = lw.length <= 7 && (c0 === 104 && (c1 === 101 || c1 === 105) || c0 === 115 && c1 === 104) ? GENDERED.get(pronounOf(lw)) : undefined;
      if (g && recent && i - recent.at < 40) recent.e.votes[g]++;
      if (tokens[i].kind === 'quote' || isSentenceEnd(tokens[i])) recent = null;
      if (!isNameToken(tokens[i], false)) continue;
      let j = i + 1;
      while (j < tokens.length && isNameToken(tokens[j], true)) j++;
      while (j > i + 1 && !tokens[j - 1].cap) j--;
      // two names side by side ("Vladimir Putin Francois Hollande"): split before a second first name
      for (let s = i + 2; s < j - 1; s++) {
        if (tokens[s].cap && (MALE_WORDS.has(tokens[s].lower) || FEMALE_WORDS.has(tokens[s].lower)) && !TITLES.has(tokens[s - 1].lower)) {
          this.addRun(tokens, i, s);
          i = s;
          break;
        }
      }
      const e = this.addRun(tokens, i, j);
      if (e && e.type !== 'org' && e.type !== 'place') recent = { e, at: j };
      i = j - 1;
    }
  }

  /** What a run's words alone say about it (memoised per article by the run's text: the tokens' text fixes all the rest). */
  private runInfo(tokens: readonly Token[], a: number, b: number): RunInfo | null {
    let id = tokens[a].text;
    for (let k = a + 1; k < b; k++) id += ' ' + tokens[k].text;
    let info = this.runs.get(id);
    if (info === undefined) {
      info = computeRunInfo(tokens, a, b, (name) => this.keyOf(name));
      this.runs.set(id, info);
    }
    return info;
  }

  private addRun(tokens: readonly Token[], a: number, b: number): Entity | null {
    const info = this.runInfo(tokens, a, b);
    if (!info) return null;
    const { name, titles } = info;
    const start = tokens[a].start;
    const descriptors = titles.slice(); // duplicates are harmless: they go into a set, and only the first gendered word counts
    // lower-case role words and place adjectives just before the run: "Russian leader Vladimir Putin"
    for (let k = a - 1; k >= Math.max(0, a - 4); k--) {
      const t = tokens[k];
      if (t.kind !== 'word') break;
      const w = base(t.lower);
      if (ROLE_CLASS.has(w) || TITLES.has(w) || PLACE_OF.has(w) || t.cap) descriptors.push(w);
      else break;
    }
    // an appositive after the run: "Assad, a key Moscow ally," / "Smith, the Kremlin's spokesman,"
    if (tokens[b]?.text === ',' && /^(?:a|an|the)$/.test(tokens[b + 1]?.lower ?? '')) {
      for (let k = b + 2; k < Math.min(tokens.length, b + 9) && tokens[k].kind === 'word'; k++) descriptors.push(base(tokens[k].lower));
    }
    const { key, parts } = info;
    const oblique = a > 0 && tokens[a - 1].kind === 'word' && OBLIQUE_BEFORE.has(tokens[a - 1].lower);
    const ent = this.findKey(key, parts, start) ?? this.create(name, key, parts);
    if (spaces(key) > spaces(ent.key)) {
      ent.canonical = name;
      ent.key = key;
      ent.parts = parts;
    }
    ent.positions.push(start);
    if (!(a === 0 || isSentenceEnd(tokens[a - 1]))) ent.midSentence = true;
    if (oblique) ent.oblique.add(start);
    for (const d of descriptors) ent.descriptors.add(d);
    this.classify(ent, info, descriptors);
    let c = b;
    while (c < tokens.length && c < b + 3 && tokens[c].kind === 'word' && !CUE_VERBS.has(tokens[c].lower)) c++;
    // `took to Twitter overnight to accuse`, `the unrest in Charlotte and said`: the object of a preposition, or a word
    // right before `and` and the cue, is not the cue's subject
    const subject = CUE_VERBS.has(tokens[c]?.lower ?? '') && !tokens[c].lower.endsWith('ing') && !oblique && !(c === b + 1 && tokens[b].lower === 'and');
    if (subject) ent.speaks = true;
    if (subject || a === 0 || isSentenceEnd(tokens[a - 1])) ent.subjects.push(start);
    return ent;
  }

  private create(name: string, key: string, parts: readonly string[]): Entity {
    const ent: Entity = { id: this.entities.length, canonical: name, key, parts, type: 'unknown', gender: null, descriptors: new Set(), positions: [], oblique: new Set(), subjects: [], votes: { m: 0, f: 0 }, speaks: false, midSentence: false, likeKey: undefined, like: false };
    this.entities.push(ent);
    const last = lastToken(key);
    const list = this.bySurname.get(last);
    if (list) list.push(ent);
    else this.bySurname.set(last, [ent]);
    return ent;
  }

  private classify(ent: Entity, info: RunInfo, descriptors: readonly string[]): void {
    if ((ent.type === 'unknown' || ent.type === 'place') && info.type) ent.type = info.type;
    if (!ent.gender) ent.gender = info.titleGender ?? genderOf(descriptors) ?? info.nameGender;
    if (info.media) ent.descriptors.add('newspaper');
  }

  /** The entity a name refers to: the most recently mentioned one with the same name (surname match allowed). */
  find(name: string, before = Infinity): Entity | null {
    const { key, parts } = this.keyOf(String(name ?? ''));
    return this.findKey(key, parts, before);
  }

  /** `find` for a name's canonical key and its words (an entity's key is always the canonical key of its name). */
  private findKey(key: string, parts: readonly string[], before: number): Entity | null {
    const list = this.bySurname.get(lastToken(key));
    if (!list) return null;
    let best: Entity | null = null;
    let bestPos = -1;
    for (const e of list) {
      if (!sameKeyParts(e.parts, parts)) continue;
      const pos = lastBefore(e.positions, before);
      const score = pos < 0 ? -1 + e.positions.length * 1e-6 : pos;
      if (score > bestPos || !best) { best = e; bestPos = score; }
    }
    return best;
  }

  /** A one-word "name" only ever seen opening a sentence ("Fundraising", "Thus") is no name; places don't speak. */
  plausible(m: Mention): boolean {
    if (m.kind !== 'name') return true;
    // `Mr. King`, `Sen. Manning`: an honorific makes the word a person's name whatever it looks like
    if (m.descriptors.length > 1 && HONORIFIC.test(m.descriptors[0])) return true;
    const e = this.find(m.name, m.end);
    if (!e) return nameLike(this.keyOf(String(m.name ?? '')).key);
    if (e.type === 'place' || !entityNameLike(e)) return false;
    if (e.key.includes(' ') || e.type === 'person' || e.midSentence || e.speaks || e.positions.length > 1) return true;
    return MALE_WORDS.has(e.key) || FEMALE_WORDS.has(e.key);
  }

  resolve(m: Mention, preferred: Entity | null, paragraphStart = 0): Resolution {
    if (m.kind === 'name') {
      const e = this.find(m.name, m.end);
      return { canonical: e ? e.canonical : m.name, confidence: 0.95, entity: e };
    }
    if (m.kind === 'pronoun') return this.resolvePronoun(m, preferred, paragraphStart);
    return this.resolveNominal(m);
  }

  /** `Trump's statement`, `a memo from Homeland Security`: a nominal owned by a named entity speaks for it. */
  resolveOwner(m: Mention, owner: string | null): Resolution | null {
    if (!OWNED_VOICE.has(m.head)) return null; // "Scott's relatives" are not Scott
    const name = (owner && POSSESSOR.exec(owner)?.[1]) ?? owner ?? POSSESSOR.exec(m.text)?.[1] ?? null;
    if (!name || !nameLike(this.keyOf(name).key)) return null;
    const e = this.find(name, m.end);
    if (e && e.type === 'place') return null;
    return { canonical: e ? e.canonical : name, confidence: 0.7, entity: e };
  }

  private resolvePronoun(m: Mention, preferred: Entity | null, paragraphStart: number): Resolution {
    const cls = m.head;
    const fits = (e: Entity): boolean => {
      if (cls === 'he' || cls === 'she') {
        const g = cls === 'he' ? 'm' : 'f';
        if (!personLike(e)) return false;
        if (e.type === 'unknown' && !e.speaks && e.votes.m + e.votes.f === 0) return false;
        // not a person, never a cue's subject, hardly followed by he/his: no he/she (`Brexit`, `N.C.`)
        if (e.type !== 'person' && !e.speaks && !e.gender && e.votes[g] < 2) return false;
        if (e.type !== 'person' && e.type !== 'unknown') return false;
        if (e.gender) return e.gender === g;
        const other = g === 'm' ? e.votes.f : e.votes.m;
        return e.votes[g] >= other;
      }
      if (cls === 'it') return e.type === 'org';
      if (cls === 'they') return e.type === 'org';
      return false;
    };
    let fitting = this.fitting.get(cls);
    if (!fitting) {
      fitting = this.entities.filter(fits);
      this.fitting.set(cls, fitting);
    }
    const ranked = fitting
      .map((e) => ({ e, pos: lastBefore(e.positions, m.start) }))
      .filter((c) => c.pos >= 0)
      .sort((x, y) => y.pos - x.pos);
    if (!ranked.length) return { canonical: m.text, confidence: 0.2, entity: null };
    // a reader's order: the subject just before in this paragraph, then the speaker being quoted, then the latest mention
    const subjectHere = ranked
      .map((c) => ({ e: c.e, pos: lastBefore(c.e.subjects, m.start) }))
      .filter((c) => c.pos >= paragraphStart)
      .sort((x, y) => y.pos - x.pos)[0];
    let pick = subjectHere ?? null;
    if (!pick && preferred && fits(preferred)) {
      const pp = lastBefore(preferred.positions, m.start);
      if (pp >= 0 && m.start - pp < 2500) pick = { e: preferred, pos: pp };
    }
    pick ??= ranked.find((c) => !c.e.oblique.has(c.pos) && ranked[0].pos - c.pos < 600) ?? ranked[0];
    const chosen = pick;
    const rivals = ranked.filter((c) => c.e !== chosen.e && m.start - c.pos < 400).length;
    let confidence = rivals ? (chosen.e === preferred || subjectHere ? 0.75 : 0.6) : 0.85;
    if (!chosen.e.gender && (cls === 'he' || cls === 'she')) confidence -= 0.1;
    return { canonical: chosen.e.canonical, confidence, entity: chosen.e };
  }

  private resolveNominal(m: Mention): Resolution {
    const head = m.head;
    const cls = ROLE_CLASS.get(head);
    const places = new Set(m.descriptors.map((d) => PLACE_OF.get(d)).filter((x) => x !== undefined));
    const mods = m.descriptors.filter((d) => d !== head && !/^(?:the|a|an|his|her|its|their)$/.test(d));
    let best: Entity | null = null;
    let bestScore = 0;
    let tied = 0;
    for (const e of this.entities) {
      const pos = lastBefore(e.positions, m.start);
      if (pos < 0 || e.type === 'place') continue;
      let score = 0;
      if (e.descriptors.has(head)) score += 3;
      else if (cls && [...e.descriptors].some((d) => ROLE_CLASS.get(d) === cls)) score += 2;
      else continue;
      if (places.size) {
        const ep = new Set([...e.descriptors].map((d) => PLACE_OF.get(d)).filter((x) => x !== undefined));
        if ([...places].some((p) => ep.has(p))) score += 3;
        else if (ep.size) continue;
      }
      score += mods.filter((d) => !PLACE_OF.has(d) && e.descriptors.has(d)).length;
      score += pos / 1e9; // recency breaks ties
      if (score > bestScore + 0.5) tied = 0;
      else if (score > bestScore - 0.5) tied++;
      if (score > bestScore) { best = e; bestScore = score; }
    }
    const plainText = m.text.replace(/^(?:the|a|an)\s+/i, '');
    if (!best || m.plural) return { canonical: plainText, confidence: 0.4, entity: null };
    return { canonical: best.canonical, confidence: tied ? 0.55 : 0.75, entity: best };
  }
}

const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|sen|rep|gov|prof|rev)$/;

/** Nouns that speak with their owner's voice: a statement, memo or tweet from X is X's words. */
const OWNED_VOICE = new Set(['statement', 'memo', 'report', 'letter', 'tweet', 'tweets', 'email', 'post', 'remarks', 'speech', 'website',
  'campaign', 'office', 'account', 'ad', 'video', 'testimony', 'filing', 'release', 'message', 'op-ed', 'editorial', 'blog', 'book',
  'interview', 'comments', 'announcement', 'complaint', 'lawsuit', 'brief', 'document', 'transcript']);

/** A capitalised possessor inside a nominal: "Trump's statement", "the Kremlin's spokesman". */
const POSSESSOR = /((?:\p{Lu}[\p{L}.-]*\s)*\p{Lu}[\p{L}.-]*)['\u2019]s?\s+\p{Ll}/u;

/** US states and other places often written alone; they never speak in person. */
const PLACE_NAMES = new Set([
  // `Washington` is left out: it is also a person's name, and the capital speaks for the government.
  ...US_STATE_NAMES.filter((s) => s !== 'washington'),
  ...'libya benghazi gaza europe africa asia chicago boston seattle denver peoria austin baltimore detroit atlanta miami dallas houston philadelphia manhattan brooklyn'.split(' '),
]);

/** Capitalised words that open sentences but never name anyone: gerunds, adverbs, prepositions, party-state tags (R-Texas). */
const NOT_PERSON = /^(?:\p{L}+ing|\p{L}+ly|despite|without|last|next|moreover|furthermore|instead|indeed|perhaps|meanwhile|although|after|before|[rdi]-[\p{L}.]+|\p{L}+-(?:leaning|based|born|led|backed|run)|\p{L}+(?:izes|ises))$/u;

/** Could this name key be a person or an organisation speaking (not a place, a sentence opener or a verb)? */
export const nameLike: (key: string) => boolean = boundedMemo(computeNameLike, 5001);

function computeNameLike(key: string): boolean {
  if (!key) return false;
  if (key.includes(' ')) return !/(?:izes|ises)$|^[rdi]-/.test(key.slice(key.lastIndexOf(' ') + 1));
  return !NOT_PERSON.test(key) && !PLACE_NAMES.has(key);
}

function entityNameLike(e: Entity): boolean {
  if (e.likeKey !== e.key) {
    e.like = computeNameLike(e.key); // once per entity key: no need for the shared memo
    e.likeKey = e.key;
  }
  return e.like === true;
}

/** Pronoun antecedents: people, or names seen in mid-sentence or speaking (not a capitalised sentence opener). */
function personLike(e: Entity): boolean {
  if (!entityNameLike(e)) return false;
  if (e.type === 'person') return true;
  if (!e.key.includes(' ') && !e.speaks && e.positions.every((p) => e.oblique.has(p))) return false; // "on Wednedsay"
  return e.type === 'unknown' && (e.midSentence || e.speaks) && !(e.key.length <= 4 && e.key === e.key.toLowerCase() && /^[a-z]+$/.test(e.key) && e.canonical === e.canonical.toUpperCase());
}

/** The last position before `before` (positions are in text order): binary search. */
function lastBefore(positions: readonly number[], before: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid] < before) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? positions[lo - 1] : -1;
}

/** A name run's facts that depend on its words only. */
interface RunInfo {
  name: string;
  titles: string[];
  key: string;
  parts: readonly string[];
  /** The type the run's words give an entity still 'unknown' or 'place' (null: leave it). */
  type: EntityType | null;
  titleGender: 'm' | 'f' | null;
  nameGender: 'm' | 'f' | null;
  media: boolean;
}

/** null for runs that name no one (only titles or places, or no name left). */
function computeRunInfo(tokens: readonly Token[], a: number, b: number, keyOf: (name: string) => SpeakerKey): RunInfo | null {
  const { name, titles, first } = nameOfRange(tokens, a, b);
  if (!name || first >= b - a) return null;
  const nameWords: string[] = [];
  for (let i = a + first; i < b; i++) nameWords.push(base(tokens[i].lower));
  if (nameWords.every((w) => TITLES.has(w) || PLACE_OF.has(w))) return null;
  const k = keyOf(name);
  if (!k.key) return null;
  const lastWord = nameWords[nameWords.length - 1];
  let type: EntityType | null = null;
  if (nameWords.some((w) => ORG_WORDS.has(w)) || MEDIA_WORDS.has(lastWord)) type = 'org';
  else if (nameWords.length === 1 && (PLACE_OF.has(nameWords[0]) || PLACE_NAMES.has(nameWords[0]))) type = 'place';
  else if (titles.some((t) => PERSON_TITLES.has(t)) || MALE_WORDS.has(nameWords[0]) || FEMALE_WORDS.has(nameWords[0]) || nameWords.length >= 2) type = 'person';
  return { name, titles, key: k.key, parts: k.parts, type, titleGender: genderOf(titles), nameGender: genderOf([nameWords[0]]), media: MEDIA_WORDS.has(lastWord) };
}

/** The gender of the first gendered word, if any. */
function genderOf(words: Iterable<string>): 'm' | 'f' | null {
  for (const w of words) {
    if (MALE_WORDS.has(w)) return 'm';
    if (FEMALE_WORDS.has(w)) return 'f';
  }
  return null;
}

/** Spaces in a key: its word count less one. */
function spaces(key: string): number {
  let n = 0;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
}

function lastToken(key: string): string {
  const sp = key.lastIndexOf(' ');
  return sp < 0 ? key : key.slice(sp + 1);
}
