// Who said each quotation: cue patterns first, then the sentence's speaker, then the quote it continues.

import type { Cue, Speaker } from '../types';
import { asOpening, cueBase, cueLeft, cueRight, cueVerb, indexAfter, possessiveSource, relativeClauseSource, sentenceSubject, skipFillersBack, tailCue, type CueMatch } from './cues';
import type { Cast, Entity } from './entities';
import { mentionAfter, mentionBefore, parseMention, type Mention } from './names';
import type { RawQuote } from './pairing';
import { MEDIA_WORDS } from './lexicon';
import { isSentenceEnd, isWhite, type Token } from './tokens';

export interface Attribution {
  speaker: Speaker | null;
  cue: Cue | null;
  confidence: number;
  entity: Entity | null;
  /** Index of a later quotation that continues this one ("…," he said, "…"). */
  mergeWith?: number;
  fragment: boolean;
}

export interface ParagraphContext {
  /** The last attribution in the previous paragraphs (for quotes that continue a speaker's words). */
  last: Attribution | null;
  /** Did the previous paragraph end by introducing a quotation ("Smith said:")? */
  introducer: Attribution | null;
  /** Paragraphs seen so far (headlines come first). */
  paragraphs?: number;
  /** The tokens of the paragraph just before this one (for a quote-only paragraph after narrative). */
  prevTokens?: readonly Token[];
  /** The tokens of the paragraph just before this one when it held quotations (its last sentence may report speech). */
  prevQuoted?: readonly Token[];
}

/** Headline verbs, written capitalised: `Christie Calls Clinton ‘A Disgrace’`, `Lawmakers Rip Trump As …`. */
const HEADLINE_VERBS = /^(?:rips?|hammers?|torch(?:es)?|knocks?|defends?|questions?|reveals?|blasts?|slams?|calls?|says?|tells?|warns?|urges?|mocks?|accuses?|admits?|vows?|insists?|denies|claims?|praises?|lashes|fires|hits?|dubs?|labels?|brands?|wants?|thinks?|endorses|endorse|backs?|blames?|thanks?|asks?|touts?|demands?|predicts?|pledges?|promises?|rejects?|dismisses|responds?|explains?|compares?|describes?|jabs?)$/;

/** A headline: one of the first paragraphs, short, mostly capitalised words, no sentence break before its end. */
function isHeadline(tokens: readonly Token[], index: number): boolean {
  if (index > 3 || tokens.length > 40) return false;
  let words = 0;
  let caps = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'word') {
      if (t.text.length > 3 || t.cap) { words++; if (t.cap) caps++; }
    } else if (isSentenceEnd(t) && i < tokens.length - 1) return false;
  }
  return words >= 2 && caps >= 0.75 * words;
}

/** The headline's speaker: `Limbaugh: … ‘…’` (before the colon) or the subject of its verb (`Christie Calls …`). */
function headlineSpeaker(tokens: readonly Token[], k: number): Mention | null {
  for (let i = 1; i < Math.min(k, 8); i++) {
    const t = tokens[i];
    if (t.text === ':' || t.text === ';') return parseMention(tokens, 0, i);
    if (t.kind === 'quote' || t.kind === 'punct') return null;
    if (t.kind === 'word' && HEADLINE_VERBS.test(t.lower)) return parseMention(tokens, 0, i);
  }
  return null;
}


/** Every word longer than three letters is capitalised (`Sanders Told A Female Reporter Not To …`). */
function titleCase(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.kind === 'word' && !t.cap && t.text.length > 3) return false;
  return true;
}

const HEADLINE_SAYS = /^(?:says|finds|tells|warns|writes|claims|argues|insists|admits|declares|predicts|reports|suggests|charges|concludes)$/;

/** `Trump ‘The Dealmaker’ Could Address Clean Energy, Lindsey Graham Says.`: a closing `, NAME Says` names the source. */
function headlineSays(tokens: readonly Token[]): Mention | null {
  let e = tokens.length;
  while (e > 0 && tokens[e - 1].kind === 'punct' && tokens[e - 1].text !== ',') e--;
  // `…, Howard Dean Tells Democratic Convention.`: the verb, then up to three capitalised words of object
  let o = e;
  while (o > 1 && e - o < 3 && !HEADLINE_SAYS.test(tokens[o - 1].lower) && tokens[o - 1].kind === 'word' && tokens[o - 1].cap) o--;
  e = o;
  const v = tokens[e - 1];
  if (!v || v.kind !== 'word' || !HEADLINE_SAYS.test(v.lower)) return null;
  for (let c = e - 2; c > 0 && c >= e - 7; c--) {
    if (tokens[c].text === ',' || tokens[c].kind === 'quote') {
      const m = parseMention(tokens, c + 1, e - 1);
      return m && m.kind !== 'pronoun' ? m : null;
    }
    if (tokens[c].kind !== 'word') return null;
  }
  return null;
}

/**
 * `Sanders Told A Female Reporter Not To ‘Moan’`: a title-case headline opens with its subject; the longest opening run
 * of words that names someone the article also mentions (a person or an organisation, not a place) is the source.
 */
function headlineSubject(tokens: readonly Token[], k: number, cast: Cast): Mention | null {
  // a list number first: `9 Selenis Leyva Got Real About …`
  const s0 = /^\d+$/.test(tokens[0]?.text ?? '') ? 1 : 0;
  let n = s0;
  while (n < Math.min(k, s0 + 4) && tokens[n].kind === 'word' && tokens[n].cap) n++;
  for (let b = n; b > s0; b--) {
    const m = parseMention(tokens, s0, b);
    if (!m || m.kind !== 'name') continue;
    const e = cast.find(m.name);
    if (e && (e.type === 'person' || e.type === 'org') && e.positions.some((p) => p > tokens[tokens.length - 1].end)) return m;
  }
  return null;
}

/** The name or pronoun that reports the speech of a narrative paragraph's last sentence (`Carter said that …`). */
function reportedSpeechAtEnd(tokens: readonly Token[]): Mention | null {
  const n = tokens.length;
  if (n < 3 || !isSentenceEnd(tokens[n - 1])) return null;
  let ss = n - 2;
  while (ss > 0 && !(isSentenceEnd(tokens[ss - 1]) && tokens[ss].cap)) ss--;
  for (let i = ss; i < n; i++) if (tokens[i].kind === 'quote') return null;
  const fake: Token = { start: tokens[n - 1].start, end: tokens[n - 1].start, kind: 'quote', text: '', lower: '', cap: false };
  const withQuote = [...tokens.slice(ss, n - 1), fake];
  const left = cueLeft(withQuote, withQuote.length - 1, 0);
  const b = left?.mention && left.mention.kind !== 'nominal' && left.how === 'left' ? cueBase(withQuote[left.cue]) : null;
  if (left?.mention && b && REPORTING.test(b)) return left.mention;
  // `Carter said that for decades critics had predicted a withdrawal, but …`: the sentence's own opening reporting
  // clause, when a later cue inside its complement is the nearest one
  for (let c = ss + 1; c < n - 1 && c < ss + 8; c++) {
    const cb = cueVerb(tokens, c);
    if (!cb) continue;
    if (!REPORTING.test(cb)) return null;
    const m = mentionBefore(tokens, skipFillersBack(tokens, c, ss), ss, false);
    return m && m.kind !== 'nominal' && indexAfter(tokens, m.start) === ss ? m : null;
  }
  return null;
}

const REPORTING = /^(?:say|tell|add|explain|note|argue|insist|warn|write|claim|contend|acknowledge|predict|recall|suggest|announce|state|declare|maintain|stress|emphasize)$/;

/** The subject (name or pronoun) of a narrative paragraph's last sentence, when the paragraph holds no quotation. */
function lastSentenceSubject(tokens: readonly Token[]): Mention | null {
  const n = tokens.length;
  if (n < 3 || !isSentenceEnd(tokens[n - 1])) return null;
  let ss = n - 2;
  while (ss > 0 && !(isSentenceEnd(tokens[ss - 1]) && tokens[ss].cap)) ss--;
  for (let i = ss; i < n; i++) if (tokens[i].kind === 'quote') return null;
  const m = sentenceSubject(tokens, ss, n - 1);
  return m && m.kind !== 'nominal' && indexAfter(tokens, m.start) === ss ? m : null;
}

/**
 * `She came of age at Wellesley, where she urged her peers to work at "making the impossible possible"`: a quoted
 * fragment inside a `where`/`when` clause opening mid-sentence with a subject pronoun goes to that pronoun.
 */
function midSubordinatePronoun(tokens: readonly Token[], sStart: number, k: number): Mention | null {
  for (let i = k - 1; i > sStart + 1 && i >= k - 14; i--) {
    const t = tokens[i];
    if (t.kind !== 'word') return null;
    if (!/^(?:where|when)$/.test(t.lower)) continue;
    const p = tokens[i + 1];
    if (!p || p.kind !== 'word' || !/^(?:he|she|they)$/.test(p.lower) || tokens[i + 2]?.kind !== 'word' || tokens[i + 2].cap) return null;
    const m = parseMention(tokens, i + 1, i + 2);
    return m?.kind === 'pronoun' ? m : null;
  }
  return null;
}

/** Words that open an adverbial before the main clause: `In declaring …,`, `After calling …,`. */
const OPENING_ADVERBIAL = /^(?:in|after|when|while|although|though|because|since|before|by|despite|without|unlike|like|upon)$/;

function hasCommaBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i].text === ',') return true;
  return false;
}

/** Start index of the sentence containing token `q`. */
function sentenceStartOf(tokens: readonly Token[], q: number, quotes: readonly RawQuote[], text: string): number {
  const floor = Math.max(0, q - 150); // sentences longer than this are run-ons: read only their tail
  for (let i = q - 1; i >= floor; i--) {
    const t = tokens[i];
    if (isSentenceEnd(t) && tokens[i + 1] && (tokens[i + 1].cap || tokens[i + 1].kind === 'quote')) return i + 1;
    if (t.kind === 'quote' && t.quote !== undefined && endsSentence(text, quotes[t.quote]) && tokens[i + 1]?.cap) return i + 1;
  }
  return floor;
}

function sentenceEndAfter(tokens: readonly Token[], k: number): number {
  let i = k + 1;
  while (i < tokens.length && i < k + 60 && !isSentenceEnd(tokens[i])) i++;
  return i;
}

/** The quoted words end in a comma, `!` or `?`: an attribution clause is expected right after. */
function endsOpen(text: string, q: RawQuote): boolean {
  const seg = q.segments[q.segments.length - 1];
  if (seg.end <= seg.start) return false;
  const last = text.charCodeAt(seg.end - 1);
  if (last === 44 || last === 33 || last === 63) return true; // , ! ?
  if ((last === 0x2019 || last === 39) && seg.end - 2 >= seg.start) {
    const c = text.charCodeAt(seg.end - 2);
    return c === 44 || c === 33 || c === 63;
  }
  return false;
}

function endsSentence(text: string, q: RawQuote): boolean {
  const seg = q.segments[q.segments.length - 1];
  if (seg.end <= seg.start) return false;
  const last = text.charCodeAt(seg.end - 1);
  return last === 46 || last === 33 || last === 63; // . ! ?
}

function endsWithPeriod(text: string, q: RawQuote): boolean {
  const seg = q.segments[q.segments.length - 1];
  return seg.end > seg.start && text.charCodeAt(seg.end - 1) === 46;
}

/** Drop a cue match whose speaker is no plausible speaker (a sentence-opening word, a place). */
function plausible(c: CueMatch | null, cast: Cast): CueMatch | null {
  if (!c?.mention || cast.plausible(c.mention)) return c;
  return { mention: null, cue: c.cue, cueEnd: c.cueEnd, end: c.end, how: c.how };
}

const OWNER_LINK = /^(?:from|of|by)$/;

function speakerOf(m: Mention, cast: Cast, preferred: Entity | null, paragraphStart = 0, tokens?: readonly Token[]): { speaker: Speaker; confidence: number; entity: Entity | null } {
  let r = cast.resolve(m, preferred, paragraphStart);
  if (m.kind === 'nominal' && !r.entity) {
    // "Trump's statement", "a statement from Sen. Harry Reid's office": the owner speaks
    let owner: string | null = null;
    if (tokens) {
      const i = indexAfter(tokens, m.end);
      if (tokens[i] && OWNER_LINK.test(tokens[i].lower)) {
        const o = mentionAfter(tokens, i + 1, Math.min(tokens.length, i + 12), false);
        if (o?.kind === 'name') owner = o.name;
        else if (o?.kind === 'nominal') owner = o.text;
      }
    }
    r = cast.resolveOwner(m, owner) ?? r;
  }
  return { speaker: { start: m.start, end: m.end, name: m.text, canonical: r.canonical, via: m.kind }, confidence: r.confidence, entity: r.entity };
}

function cueOf(tokens: readonly Token[], c: CueMatch, text: string): Cue {
  const start = tokens[c.cue].start;
  const end = tokens[c.cueEnd - 1].end;
  return { start, end, text: text.slice(start, end) };
}

/** Is the quotation a partial or scare quote inside a sentence rather than a full quotation? */
function isFragment(text: string, q: RawQuote, tokens: readonly Token[], k: number): boolean {
  // one segment (nearly always): read the text in place instead of copying the quoted words
  const one = q.segments.length === 1;
  const content = one ? '' : q.segments.map((s) => text.slice(s.start, s.end)).join(' ');
  const from = one ? q.segments[0].start : 0;
  const to = one ? q.segments[0].end : content.length;
  const src = one ? text : content;
  if (atMostThreeWords(src, from, to) && !(to > from && /[.!?]/.test(src[to - 1]))) return true;
  const prev = tokens[k - 1];
  if (!prev || prev.kind === 'quote' || isSentenceEnd(prev) || prev.text === ':') return false;
  const lowerStart = to > from && LOWER_START.test(src.slice(from, Math.min(to, from + 2)));
  if (prev.text === ',') return lowerStart;
  if (prev.kind === 'word' && /^(?:that|said|says|told|added|asked|wrote|tweeted)$/.test(prev.lower)) return lowerStart;
  return lowerStart || prev.kind === 'word';
}

const LOWER_START = /^\p{Ll}/u;

/** At most three whitespace-separated words in s[from, to) (stops counting at the fourth). */
function atMostThreeWords(s: string, from: number, to: number): boolean {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const white = isWhite(s.charCodeAt(i));
    if (!white && !inWord && ++n > 3) return false;
    inWord = !white;
  }
  return true;
}

/** Words that stay lower-case inside a title: `Face the Nation`, `Meet the Press`, `State of the Union`. */
const TITLE_SMALL = /^(?:a|an|the|of|in|on|to|and|for|with|at|by|from|or|vs\.?|de|la|is|it)$/;
/** Nouns for works and programmes: `the show "Morning Joe"`, `"Meet the Press" program`. */
const WORK_NOUN = /^(?:show|shows|program|programs|programme|book|books|film|movie|documentary|series|column|podcast|episode|segment|newsletter|novel|memoir|song|album|sitcom|broadcast|special|miniseries|album|play|musical|op-ed|editorial|exhibit|exhibition)$/;

/** Who makes or is seen in a work, after its title: `the "Avatar" star`, `"Broad City" fans`, `the "Sherlock" trailer`. */
const WORK_PERSON = /^(?:star|stars|co-star|actor|actress|cast|creator|showrunner|author|director|producer|trailer|trailers|fans|premiere|finale|sequel|prequel|soundtrack|franchise|season|episodes?)$/;
/**
 * A title rather than quoted speech: a short fragment whose every content word is capitalised, named as a work
 * (`the show "Morning Joe"`), after `on` / `for` / `told` (`told "Fox News Sunday"`, `on "Meet the Press"`), or after
 * a media outlet's possessive (`CNN's "State of the Union"`). PolNeAR annotates no attribution for these.
 */
function isTitle(text: string, q: RawQuote, tokens: readonly Token[], k: number): boolean {
  if (q.segments.length !== 1) return false;
  // the context first (cheap): a work noun after it, or `told` / `on` / a work noun / a media possessive before it
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  const context = next !== undefined && next.kind === 'word' && (WORK_NOUN.test(next.lower) || WORK_PERSON.test(next.lower)) ||
    prev !== undefined && prev.kind === 'word' && (/^(?:on|for|told|watching|hosts?|hosted|anchors?|anchored)$/.test(prev.lower) || WORK_NOUN.test(prev.lower) ||
      prev.cap && /['\u2019]s$/.test(prev.lower) && MEDIA_WORDS.has(prev.lower.slice(0, -2))) ||
    // `stars in "…"`, `a role in "…"`
    prev?.lower === 'in' && /^(?:stars?|starred|starring|acting|roles?|appeared|appears|appearing|cameo)$/.test(tokens[k - 2]?.lower ?? '');
  if (!context) return false;
  const words = text.slice(q.segments[0].start, q.segments[0].end).replace(/[,.!?:;]+$/, '').split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 7) return false;
  let content = 0;
  for (const w of words) {
    if (TITLE_SMALL.test(w)) continue;
    if (!/^[\p{Lu}\d]/u.test(w.replace(/^['\u2018\u2019"\u201c]/, ''))) return false;
    content++;
  }
  return content > 0;
}

/** An attribution, always built with the same fields in the same order (one object shape). */
function attribution(speaker: Speaker | null, cue: Cue | null, confidence: number, entity: Entity | null, fragment: boolean, mergeWith?: number): Attribution {
  return { speaker, cue, confidence, entity, mergeWith, fragment };
}

/** Attribute every quotation token of one paragraph, in order; `ctx` carries the speaker across paragraphs. */
export function attributeParagraph(
  text: string, tokens: readonly Token[], quotes: readonly RawQuote[], cast: Cast, ctx: ParagraphContext, out: Map<number, Attribution>,
): void {
  // a headline, or a title-case subheading further down (`9 Selenis Leyva Got Real About Being Called "A Real Woman."`)
  const headline = isHeadline(tokens, ctx.paragraphs ?? 99) || isHeadline(tokens, 0) && titleCase(tokens) && tokens.length <= 30;
  ctx.paragraphs = (ctx.paragraphs ?? 0) + 1;
  let prevInParagraph = null as Attribution | null;
  let prevQuoteTok = -1;
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k];
    if (tok.kind !== 'quote' || tok.quote === undefined) continue;
    const qi = tok.quote;
    const q = quotes[qi];
    const already = out.get(qi);
    if (already) { // a quotation continued from an earlier paragraph, or the tail of a split quote
      prevInParagraph = already;
      // `"…," he said with a grin. "…"`: the next quotation takes the mention right after this one, not the older one
      const again = already.speaker ? plausible(cueRight(tokens, k), cast) : null;
      if (again?.mention && !introducesNext(text, tokens, k, again, q)) {
        const s = speakerOf(again.mention, cast, already.entity, tokens[0].start, tokens);
        if (s.entity && s.entity === already.entity) prevInParagraph = attribution(s.speaker, cueOf(tokens, again, text), s.confidence, s.entity, already.fragment);
      }
      prevQuoteTok = k;
      continue;
    }
    const fragment = isFragment(text, q, tokens, k);
    const preferred: Entity | null = prevInParagraph?.entity ?? ctx.last?.entity ?? null;
    const sStart = sentenceStartOf(tokens, k, quotes, text);
    let a: Attribution | null = null;
    /** The speaker a plausible mention `m` names, with no cue of its own and a confidence of at most `cap`. */
    const fromMention = (m: Mention | null, cap: number): Attribution | null => {
      if (!m || !cast.plausible(m)) return null;
      const s = speakerOf(m, cast, preferred, tokens[0].start, tokens);
      return attribution(s.speaker, null, Math.min(cap, s.confidence), s.entity, fragment);
    };
    if (headline) {
      const m = headlineSpeaker(tokens, k) ?? (titleCase(tokens) ? headlineSays(tokens) ?? headlineSubject(tokens, k, cast) : null);
      if (m && m.kind !== 'pronoun' && cast.plausible(m)) {
        const s = speakerOf(m, cast, null);
        a = attribution(s.speaker, null, Math.min(0.5, s.confidence), s.entity, fragment);
      }
    }
    let right = a ? null : plausible(cueRight(tokens, k, endsOpen(text, q)), cast);
    // `Guns are "a crisis" and "a threat," Dean proclaimed`: quotations joined by `and` share the cue after the last
    const joined = !a && !right?.mention && /^(?:and|or)$/.test(tokens[k + 1]?.lower ?? '') ? tokens[k + 2]?.quote : undefined;
    if (joined !== undefined) {
      const next = plausible(cueRight(tokens, k + 2, endsOpen(text, quotes[joined])), cast);
      if (next?.mention && next.cue > k + 2) right = next;
    }
    if (right && prevInParagraph?.speaker && introducesNext(text, tokens, k, right, q)) right = null;
    if (right && startsNextSentence(text, tokens, k, right, q)) right = null;
    // `After he mocked it as "slow," Lund turned to …`: inside an opening adverbial, an unlisted verb after the quotation
    // is the main clause's verb, not a speech verb
    if (right && !cueBase(tokens[right.cue]) && right.cue > k && OPENING_ADVERBIAL.test(tokens[sStart]?.lower ?? '') && !hasCommaBetween(tokens, sStart, k)) right = null;
    if (right?.mention) {
      const s = speakerOf(right.mention, cast, preferred, tokens[0].start, tokens);
      a = attribution(s.speaker, cueOf(tokens, right, text), s.confidence, s.entity, fragment);
      a.mergeWith = splitPartner(text, tokens, k, right.end, q);
    }
    if (!a) {
      const as = plausible(asOpening(tokens, sStart, k), cast);
      if (as?.mention) {
        const s = speakerOf(as.mention, cast, preferred, tokens[0].start, tokens);
        a = attribution(s.speaker, cueOf(tokens, as, text), s.confidence, s.entity, fragment);
      }
    }
    // `Analysts agree - Carl Bialik: "…"`: a name right after a dash labels the quotation, not the cue before the dash
    if (!a) a = fromMention(dashLabelBefore(tokens, k, sStart), 0.55);
    // `was, in the words of a senior adviser, "the torchbearer"`, `in Forbes' words, "…"`
    if (!a) a = fromMention(inWordsOf(tokens, k, sStart), 0.75);
    // `often labeled as a "witch hunt" by Democrats`: the agent of a passive naming verb
    if (!a && fragment) a = fromMention(passiveAgent(tokens, k), 0.75);
    if (!a && fragment) {
      // `China has used "velvet gloves" in Asia, said Nargis Kassenova, an expert at …`: a closing inverted reporting
      // clause reports the whole sentence, whatever verbs come before the fragment
      const tail = closingInversion(tokens, k) ? plausible(tailCue(tokens, k), cast) : null;
      if (tail?.mention && tail.mention.kind === 'name' && tail.cue > k && INVERTING_TAIL.test(tokens[tail.cue]?.lower ?? '') && tokens[tail.cue - 1]?.text === ',') {
        const s = speakerOf(tail.mention, cast, preferred, tokens[0].start, tokens);
        a = attribution(s.speaker, cueOf(tokens, tail, text), s.confidence, s.entity, fragment);
      }
    }
    if (!a) {
      const left = plausible(cueLeft(tokens, k, sStart), cast);
      if (left?.how === 'passive') a = attribution(null, cueOf(tokens, left, text), 0.3, null, fragment);
      else if (left?.mention) {
        const s = speakerOf(left.mention, cast, preferred, tokens[0].start, tokens);
        a = attribution(s.speaker, cueOf(tokens, left, text), s.confidence, s.entity, fragment);
      }
      else if (left) {
        // a participle or subjectless cue: the sentence's speaker, or the quotation just before in this sentence
        const inherited: Attribution | null = prevQuoteTok >= sStart ? prevInParagraph : null;
        const subj = sentenceSubject(tokens, sStart, left.cue);
        if (inherited?.speaker) a = attribution(inherited.speaker, cueOf(tokens, left, text), inherited.confidence * 0.95, inherited.entity, fragment);
        else if (subj && cast.plausible(subj)) {
          const s = speakerOf(subj, cast, preferred);
          a = attribution(s.speaker, cueOf(tokens, left, text), s.confidence * 0.85, s.entity, fragment);
        }
      }
    }
    if (!a) {
      // a reporting clause closing the sentence: `… "particularly burdensome" on …, the lawsuit alleges.`
      const tail = plausible(tailCue(tokens, k), cast);
      if (tail?.mention) {
        const s = speakerOf(tail.mention, cast, preferred, tokens[0].start, tokens);
        a = attribution(s.speaker, cueOf(tokens, tail, text), s.confidence, s.entity, fragment);
      }
    }
    if (!a && fragment) {
      // `… a nationwide "walk-in" at 2,000 schools, according to the organisers.`: with no cue in the sentence, the
      // closing `according to` source is the source of the clause holding the fragment
      a = fromMention(endsSentence(text, q) && (tokens[k + 1]?.cap || tokens[k + 1]?.kind === 'quote') ? null : accordingAfter(tokens, k), 0.5);
    }
    if (!a && prevInParagraph?.speaker && tokens[k - 1]?.text === ':' && sStart > prevQuoteTok) {
      // `"…," Smith wrote. He then listed the points: "…"` — the colon clause's own subject introduces the quotation
      const subj = sentenceSubject(tokens, sStart, k - 1);
      if (subj && cast.plausible(subj)) {
        const s = speakerOf(subj, cast, prevInParagraph.entity, tokens[0].start, tokens);
        a = attribution(s.speaker, null, Math.min(s.entity && s.entity === prevInParagraph.entity ? 0.75 : 0.55, s.confidence), s.entity, fragment);
      }
    }
    if (!a && fragment && prevInParagraph?.speaker && sStart > prevQuoteTok && tokens[sStart]?.kind === 'word') {
      // `… Trump said. He offered "my thoughts and prayers."`: a fragment in a new sentence goes to that sentence's own subject
      const subj = sentenceSubject(tokens, sStart, k);
      if (subj && subj.kind !== 'nominal' && (indexAfter(tokens, subj.start) === sStart || subj.kind === 'pronoun') && cast.plausible(subj)) {
        const s = speakerOf(subj, cast, prevInParagraph.entity, tokens[0].start, tokens);
        a = attribution(s.speaker, null, Math.min(0.6, s.confidence), s.entity, fragment);
      }
    }
    if (!a && prevInParagraph?.speaker && !hasNameBetween(tokens, prevQuoteTok, k)) {
      // "…," Smith said. "…" — the next quotation in the paragraph is still Smith
      a = attribution(prevInParagraph.speaker, null, Math.min(prevInParagraph.confidence, 0.75), prevInParagraph.entity, fragment);
    }
    if (!a && !fragment && k > 1 && isSentenceEnd(tokens[k - 1])) {
      // `The board may wait, Schiff said. "…"`: a quotation opening a sentence continues the reported speech just before it
      const ps = sentenceStartOf(tokens, k - 1, quotes, text);
      const prev = plausible(cueLeft(tokens, k - 1, ps), cast);
      // `Bolton distanced himself by saying he would serve if asked. "…"`: a subjectless cue takes the sentence subject
      const m = prev?.mention ?? (prev?.how === 'participle' ? sentenceSubject(tokens, ps, prev.cue) : null);
      if (m && m.kind !== 'nominal' && cast.plausible(m)) {
        const s = speakerOf(m, cast, preferred, tokens[0].start, tokens);
        a = attribution(s.speaker, null, Math.min(0.55, s.confidence), s.entity, fragment);
      } else if (!prev && !prevInParagraph) {
        // `Clinton touted her credentials as a co-sponsor. "We need …"`: the first quotation of the paragraph, after a
        // narrative sentence whose subject is a person, is that person's (low confidence)
        const first = sentenceSubject(tokens, ps, k - 1);
        // `His former partner at Nordline, Lawrence Carver, called him …`: the name set off after a role phrase
        const subj = first?.kind === 'nominal' ? appositiveName(tokens, first, k - 1) ?? first : first;
        if (subj && subj.kind === 'name' && first && indexAfter(tokens, first.start) === ps && cast.plausible(subj)) {
          const s = speakerOf(subj, cast, preferred, tokens[0].start, tokens);
          if (s.entity?.type === 'person') a = attribution(s.speaker, null, Math.min(0.45, s.confidence), s.entity, fragment);
        }
      }
    }
    if (!a && k === 0 && !ctx.introducer && ctx.prevTokens) {
      // `He then had a question for the crowd.` ¶ `"Who's going to pay for it?"`: the subject of the narrative sentence just before
      const said = reportedSpeechAtEnd(ctx.prevTokens);
      const m = said ?? lastSentenceSubject(ctx.prevTokens);
      if (m && cast.plausible(m)) {
        const s = speakerOf(m, cast, ctx.last?.entity ?? null, ctx.prevTokens[0].start, ctx.prevTokens);
        // `Carter said that the region matters.` ¶ `"…"`: indirect speech, then the direct quotation, from the same speaker
        if (s.entity && (said || s.entity === ctx.last?.entity || !ctx.last)) a = attribution(s.speaker, null, Math.min(0.55, s.confidence), s.entity, fragment);
      }
    }
    if (!a && k === 0 && !ctx.introducer && ctx.prevQuoted) {
      // `"…," Hussein said. Carter said that the region matters.` ¶ `"…"`: the reported speech closing a quoted paragraph
      const said = reportedSpeechAtEnd(ctx.prevQuoted);
      if (said && cast.plausible(said)) {
        const s = speakerOf(said, cast, ctx.last?.entity ?? null, ctx.prevQuoted[0].start, ctx.prevQuoted);
        if (s.entity) a = attribution(s.speaker, null, Math.min(0.55, s.confidence), s.entity, fragment);
      }
    }
    if (!a && k === 0) {
      const from = ctx.introducer ?? ctx.last;
      if (from?.speaker) a = attribution(from.speaker, ctx.introducer ? from.cue : null, Math.min(from.confidence, ctx.introducer ? 0.8 : 0.55), from.entity, fragment);
    }
    if (!a && (tokens[k - 1]?.text === ':' || tokens[k - 1]?.text === ',' && !fragment && k > 2)) {
      // `President Obama is rolling out a new message: "…"` — the sentence's subject introduces it
      // `More from the report: "…"`: the source after `from`
      const from = tokens[k - 1]?.text === ':' ? moreFrom(tokens, sStart, k - 1) : null;
      // `Analysts agree - Carl Bialik: "…"`: a name right after a dash labels the quotation, whatever the clause before says
      const subj = from ?? dashLabelBefore(tokens, k, sStart) ?? sentenceSubject(tokens, sStart, k - 1) ?? labelBefore(tokens, k - 1, sStart) ??
        (tokens[k - 1]?.text === ':' ? determinerSubject(tokens, sStart, k - 1) : null);
      if (subj && cast.plausible(subj)) {
        const s = speakerOf(subj, cast, preferred);
        a = attribution(s.speaker, null, Math.min(0.55, s.confidence), s.entity, fragment);
      }
    }
    if (!a && fragment) {
      // `his calls to end the "rigged economy"`, `Carson's mangling of "Hamas"`: the possessor of a speech noun
      a = fromMention(possessiveSource(tokens, k, sStart), 0.5);
    }
    if (!a && fragment) {
      // `Democrats, who highlighted comments … "…"`: the relative pronoun of the clause holding the quotation
      a = fromMention(relativeClauseSource(tokens, k, sStart), 0.5);
    }
    if (!a && fragment) {
      // `In declaring Trump's statements "not Christian," the pope …`: a quotation inside an opening adverbial belongs
      // to the main clause after it
      const commaAfter = tokens[k + 1]?.text === ',' ? k + 2 : endsOpen(text, q) && tokens[k + 1]?.kind === 'word' ? k + 1 : -1;
      const opening = commaAfter > 0 && OPENING_ADVERBIAL.test(tokens[sStart]?.lower ?? '');
      const inOpening = opening && !hasCommaBetween(tokens, sStart, k);
      // … unless the adverbial clause has its own subject (`After he blasted the film as too "pro-gay," Swanson …`,
      // `While Mr. Ryan, for the party's wing, laid out a vision for "…," Carson …`)
      const own = opening ? sentenceSubject(tokens, sStart + 1, k) : null;
      const sub = midSubordinatePronoun(tokens, sStart, k);
      const subj = (own && indexAfter(tokens, own.start) === sStart + 1 ? own : null) ?? sub ??
        (inOpening ? sentenceSubject(tokens, commaAfter, sentenceEndAfter(tokens, k)) : null) ??
        sentenceSubject(tokens, sStart, k) ?? sentenceSubject(tokens, k + 1, sentenceEndAfter(tokens, k));
      if (subj && cast.plausible(subj)) {
        const s = speakerOf(subj, cast, preferred);
        a = attribution(s.speaker, null, Math.min(0.4, s.confidence), s.entity, fragment);
      } else {
        // `…, he said. Good information can drive out bad, but only when "the truth is sexier."`: a sentence with no
        // speaker of its own continues the reporting clause that closed the sentence before it
        a = fromMention(closingReporter(tokens, sStart), 0.4);
      }
    }
    if (fragment && !headline && isTitle(text, q, tokens, k)) {
      // `told "Fox News Sunday"`, `CNN's "State of the Union"`: a title, not speech; the speech around it flows past it
      out.set(qi, attribution(null, null, 0.3, null, true));
      continue;
    }
    a ??= attribution(null, null, 0.3, null, fragment);
    out.set(qi, a);
    if (a.mergeWith !== undefined) out.set(a.mergeWith, attribution(a.speaker, a.cue, a.confidence, a.entity, a.fragment));
    if (a.speaker) ctx.last = a;
    prevInParagraph = a;
    prevQuoteTok = k;
  }
  ctx.introducer = introducerAtEnd(text, tokens, cast, ctx);
}

/**
 * `"…yours." He added: "…"`: a cue clause after a quotation that closed its sentence and that ends with a colon or runs
 * straight into the next quotation introduces the next quotation, not this one.
 */
function introducesNext(text: string, tokens: readonly Token[], k: number, c: CueMatch, q: RawQuote): boolean {
  if (!endsSentence(text, q) || tokens[k + 1]?.kind === 'punct') return false;
  const first = tokens[k + 1];
  if (!first || !first.cap) return false;
  // `Mills then writes back, "…"`: a particle after the cue verb
  const e = /^(?:back|in|up|on|again|later)$/.test(tokens[c.cueEnd]?.lower ?? '') ? c.cueEnd + 1 : c.cueEnd;
  const after = tokens[e];
  if (!after) return false;
  return after.text === ':' || after.kind === 'quote' || after.text === ',' && tokens[e + 1]?.kind === 'quote';
}

const ADJUNCT_AFTER_CUE = /^(?:on|in|at|during|late|early|last|this|after|before|while|from|to|via|with|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|month|year|a|an|the|statement|interview|email|e-mail|tweet|post|speech|news|conference|briefing|release|earlier|later|recently|again|also|then|once)$/;

const SUBORDINATOR = /^(?:as|when|while|because|since|although|though|if|until|adding|noting|according)$/;

/**
 * `… said his campaign was "closing really strong." He noted that …`: a quotation that closes its sentence is not
 * attributed by a capitalised subject and cue that open the next sentence and go on with a complement (`that`, an
 * object); only a bare attribution (`"…." Smith said Tuesday.`) still belongs to it.
 */
function startsNextSentence(text: string, tokens: readonly Token[], k: number, c: CueMatch, q: RawQuote): boolean {
  // after `?` or `!` only a that-clause starts a new sentence: `"How?" Trump asked the crowd` is an attribution
  let n = k + 1;
  let period = true;
  if (tokens[n] && isSentenceEnd(tokens[n])) n++;
  else if (!endsSentence(text, q)) return false;
  else period = endsWithPeriod(text, q);
  const first = tokens[n];
  if (!first || !first.cap || first.kind !== 'word' || !c.mention) return false;
  let i = c.cue < indexAfter(tokens, c.mention.start) ? indexAfter(tokens, c.mention.end) : c.cueEnd;
  if (/^(?:back|in|up|again)$/.test(tokens[i]?.lower ?? '') && (tokens[i + 1]?.text === ',' || tokens[i + 1]?.text === ':')) i++; // `writes back, "…"`
  if (i >= tokens.length || isSentenceEnd(tokens[i])) return false;
  // `"…" She adds, "…"`: the next sentence's cue introduces the quotation after it
  if (tokens[i].kind === 'quote' || (tokens[i].text === ',' || tokens[i].text === ':') && tokens[i + 1]?.kind === 'quote') return true;
  if (tokens[i].text === ',' || tokens[i].text === ':') return false;
  const from = i;
  for (; i < tokens.length && !isSentenceEnd(tokens[i]); i++) {
    const t = tokens[i];
    // `… called Obama a "petulant child"`: the next sentence's cue has an object and a quotation of its own
    if (t.kind === 'quote') return period && i > from && tokens[i - 1].kind === 'word';
    if (t.text === ',') return false;
    if (t.kind !== 'word') continue;
    if (t.lower === 'that') return true;
    if (SUBORDINATOR.test(t.lower)) return false; // `… Sessions said as he opened the vote.`
    if (period && !ADJUNCT_AFTER_CUE.test(t.lower) && !t.cap) return true;
  }
  return false;
}

/** `"We are ready," he said, "to act."`: the quotation right after the attribution clause continues the first. */
function splitPartner(text: string, tokens: readonly Token[], k: number, clauseEnd: number, q: RawQuote): number | undefined {
  const seg = q.segments[q.segments.length - 1];
  const lastCh = seg.end > seg.start ? text.charCodeAt(seg.end - 1) : -1;
  const commaInside = lastCh === 44 || lastCh === 0x2014 || lastCh === 0x2013 || lastCh === 45;
  const commaOutside = tokens[k + 1]?.text === ',';
  if (!commaInside && !commaOutside) return undefined;
  for (let i = clauseEnd; i < Math.min(tokens.length, clauseEnd + 8); i++) {
    const t = tokens[i];
    if (t.kind === 'quote') {
      const sep = tokens[i - 1];
      return sep && (sep.text === ',' || sep.text === ':' || sep.text === '\u2014') && i - 1 >= clauseEnd - 1 ? t.quote : undefined;
    }
    if (isSentenceEnd(t)) return undefined;
  }
  return undefined;
}

/** `More from Jones:` / `… - More from the report:` (opening the sentence or after a dash): the source after `from`. */
function moreFrom(tokens: readonly Token[], sStart: number, colon: number): Mention | null {
  for (let i = colon - 2; i >= sStart && i >= colon - 10; i--) {
    // `From the report:` alone too (opening the sentence or after a dash)
    if (tokens[i].lower === 'from' && (i === sStart || /^[-\u2013\u2014\u2015]$/.test(tokens[i - 1]?.text ?? ''))) {
      const m = mentionAfter(tokens, i + 1, colon);
      return m && indexAfter(tokens, m.end) === colon ? m : null;
    }
    if (tokens[i].lower !== 'more' || tokens[i + 1]?.lower !== 'from') continue;
    if (i !== sStart && !/^[-\u2013\u2014\u2015]$/.test(tokens[i - 1]?.text ?? '')) return null;
    const m = mentionAfter(tokens, i + 2, colon);
    return m && indexAfter(tokens, m.end) === colon ? m : null;
  }
  return null;
}

/** `Kasich: "…"`, `… - Michael P. McDonald: "…"`: a name alone before the colon, opening the sentence or after a dash. */
function labelBefore(tokens: readonly Token[], colon: number, sStart: number): Mention | null {
  const m = mentionBefore(tokens, colon, sStart, false);
  if (!m || m.kind !== 'name') return null;
  const i = indexAfter(tokens, m.start);
  return i === sStart || /^[-\u2013\u2014\u2015]$/.test(tokens[i - 1]?.text ?? '') ? m : null;
}

/** `the harbour chief (at Nordline), Jonas Aalto, said`: the name in commas right after nominal `m` (before token `stop`). */
function appositiveName(tokens: readonly Token[], m: Mention, stop: number): Mention | null {
  let n = indexAfter(tokens, m.end);
  const from = n;
  while (n < stop && n < from + 5 && tokens[n].kind === 'word' && !cueBase(tokens[n])) n++; // `at Nordline`
  if (tokens[n]?.text !== ',') return null;
  const name = mentionAfter(tokens, n + 1, stop, false);
  return name?.kind === 'name' && tokens[indexAfter(tokens, name.end)]?.text === ',' ? name : null;
}

/** `The piece used one of her lines as its headline:`: a determiner and one or two nouns opening the sentence, then a verb. */
function determinerSubject(tokens: readonly Token[], sStart: number, stop: number): Mention | null {
  const d = tokens[sStart];
  if (!d || d.kind !== 'word' || !/^(?:the|a|an|this|that)$/.test(d.lower)) return null;
  for (let j = sStart + 2; j <= sStart + 3 && j < stop; j++) {
    const v = tokens[j];
    if (v.kind !== 'word' || v.cap) return null;
    if (!/(?:ed|s)$/.test(v.lower) || /(?:ss|us)$/.test(v.lower)) continue;
    const m = parseMention(tokens, sStart, j, true);
    if (m?.kind === 'nominal') return m;
  }
  return null;
}

/** `in the words of S, "…"` / `in S's words, "…"` right before quotation `k` (a comma between): S. */
function inWordsOf(tokens: readonly Token[], k: number, sStart: number): Mention | null {
  if (tokens[k - 1]?.text !== ',') return null;
  for (let i = k - 2; i > sStart && i >= k - 14; i--) {
    const t = tokens[i];
    if (t.kind === 'quote' || isSentenceEnd(t)) return null;
    if (t.lower !== 'words' || tokens[i + 1]?.lower === 'words') continue;
    if (tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower === 'in' && tokens[i + 1]?.lower === 'of') {
      const m = mentionAfter(tokens, i + 2, k - 1);
      return m && indexAfter(tokens, m.end) === k - 1 ? m : null;
    }
    // `in Forbes' words`, `in Clinton's words`
    let e = i - 1;
    if (tokens[e]?.kind === 'punct' && /^['’]$/.test(tokens[e].text)) e--;
    const own = tokens[e];
    if (!own || own.kind !== 'word' || !own.cap) return null;
    let a = e;
    while (a - 1 > sStart && tokens[a - 1].kind === 'word' && tokens[a - 1].cap && a > e - 4) a--;
    if (tokens[a - 1]?.lower !== 'in' && !(tokens[a - 1]?.lower === 'the' && tokens[a - 2]?.lower === 'in')) return null;
    const m = parseMention(tokens, a, e + 1);
    if (!m || m.kind !== 'name') return null;
    const name = m.name.replace(/['’]s?$/, '');
    return { ...m, name, end: tokens[i].end, text: `${m.text}${e === i - 2 ? tokens[i - 1].text : ''} ${tokens[i].text}` };
  }
  return null;
}

/** `labeled (as) a "…" by S`, `branded "…" by S`: the phrase after `by` following a passive naming verb before quotation `k`. */
function passiveAgent(tokens: readonly Token[], k: number): Mention | null {
  let by = k + 1;
  if (tokens[by]?.text === ',') by++;
  if (tokens[by]?.lower !== 'by') return null;
  for (let i = k - 1; i >= k - 3 && i >= 0; i--) {
    const t = tokens[i];
    if (t.kind !== 'word') return null;
    if (/^(?:called|labeled|labelled|dubbed|branded|described|deemed|termed|nicknamed|derided|denounced|characterized|characterised)$/.test(t.lower)) {
      const m = mentionAfter(tokens, by + 1, Math.min(tokens.length, by + 12));
      return m && m.kind !== 'pronoun' ? m : null;
    }
    if (!/^(?:as|a|an|the|being|been)$/.test(t.lower)) return null;
  }
  return null;
}

/** Speech verbs that open an inverted closing clause (`…, said Smith.`). */
const INVERTING_TAIL = /^(?:said|says|added|adds|wrote|writes|noted|notes|explained|explains|argued|argues)$/;

/** Cheap check before `tailCue`: a `, said` later in the sentence of quotation `k`. */
function closingInversion(tokens: readonly Token[], k: number): boolean {
  for (let i = k + 1; i < tokens.length && i < k + 60; i++) {
    const t = tokens[i];
    if (t.kind === 'punct' && isSentenceEnd(t)) return false;
    if (t.text === ',' && tokens[i + 1]?.kind === 'word' && INVERTING_TAIL.test(tokens[i + 1].lower)) return true;
  }
  return false;
}

/** `…, he said.` closing the sentence before the one starting at `sStart`: the name or pronoun of that reporting clause. */
function closingReporter(tokens: readonly Token[], sStart: number): Mention | null {
  const v = sStart - 2;
  if (v < 2 || !isSentenceEnd(tokens[sStart - 1]) || !/^(?:said|says|added|adds|argued|argues|noted|notes|explained|explains)$/.test(tokens[v].lower)) return null;
  const m = mentionBefore(tokens, v, Math.max(0, v - 6), false);
  if (!m || m.kind === 'nominal' || tokens[indexAfter(tokens, m.start) - 1]?.text !== ',') return null;
  return m;
}

/** `"…" …, according to S.` later in the same sentence, with no cue verb between: S. */
function accordingAfter(tokens: readonly Token[], k: number): Mention | null {
  let found = false; // cheap check first: `according` within reach
  for (let i = k + 1; i < tokens.length && i < k + 40 && !found; i++) found = tokens[i].lower === 'according';
  if (!found) return null;
  for (let i = k + 1; i < tokens.length && i < k + 40; i++) {
    const t = tokens[i];
    if (isSentenceEnd(t) && (tokens[i + 1]?.cap || tokens[i + 1]?.kind === 'quote' || i + 1 === tokens.length)) return null;
    if (t.kind !== 'word') continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') return mentionAfter(tokens, i + 2, Math.min(tokens.length, i + 14));
    if (cueVerb(tokens, i)) return null;
  }
  return null;
}

/** `… overhype - PollWatcher: "…"`: a name between a dash inside the sentence and the colon right before quotation `k`. */
function dashLabelBefore(tokens: readonly Token[], k: number, sStart: number): Mention | null {
  if (tokens[k - 1]?.text !== ':') return null;
  // cheap check first: a dash within a few words before the colon
  let dash = false;
  for (let i = k - 2; i > sStart && i >= k - 8 && !dash; i--) dash = tokens[i].kind === 'punct' && /^[-\u2013\u2014\u2015]$/.test(tokens[i].text);
  if (!dash) return null;
  const m = labelBefore(tokens, k - 1, sStart);
  return m && indexAfter(tokens, m.start) > sStart ? m : null;
}

/** Does someone else come into the narrative between two quotations? The first quote's own attribution sentence is skipped. */
function hasNameBetween(tokens: readonly Token[], from: number, to: number): boolean {
  let i = Math.max(0, from + 1);
  while (i < to && !(isSentenceEnd(tokens[i]) && (tokens[i + 1]?.cap || tokens[i + 1]?.kind === 'quote'))) i++;
  for (i++; i < to; i++) if (cueBase(tokens[i])) return true;
  return false;
}

/** "Smith said:" at the end of a paragraph introduces the next paragraph's quotation. */
function introducerAtEnd(text: string, tokens: readonly Token[], cast: Cast, ctx: ParagraphContext): Attribution | null {
  const last = tokens[tokens.length - 1];
  if (!last || last.text !== ':') return null;
  const fake: Token = { start: last.end, end: last.end, kind: 'quote', text: '', lower: '', cap: false };
  const withQuote = [...tokens.slice(0, -1), fake];
  // `… - More from the report:` closing the paragraph
  let ms = tokens.length - 2;
  while (ms > 0 && !(isSentenceEnd(tokens[ms - 1]) && tokens[ms].cap)) ms--;
  const more = moreFrom(tokens, ms, tokens.length - 1);
  if (more && cast.plausible(more)) {
    const s = speakerOf(more, cast, ctx.last?.entity ?? null, tokens[0].start, tokens);
    return attribution(s.speaker, null, Math.min(0.55, s.confidence), s.entity, false);
  }
  const left = cueLeft(withQuote, withQuote.length - 1, 0);
  if (!left?.mention) {
    // `He then listed the qualities a nominee needs:` — the subject of the sentence that introduces the next paragraph
    if (withQuote.length < 3) return null;
    let ss = withQuote.length - 2;
    while (ss > 0 && !(isSentenceEnd(withQuote[ss - 1]) && withQuote[ss].cap)) ss--;
    const subj = sentenceSubject(withQuote, ss, withQuote.length - 1);
    if (!subj || subj.kind === 'nominal' || !cast.plausible(subj)) return null;
    const s = speakerOf(subj, cast, ctx.last?.entity ?? null, tokens[0].start, tokens);
    return attribution(s.speaker, left ? cueOf(withQuote, left, text) : null, Math.min(0.55, s.confidence), s.entity, false);
  }
  const s = speakerOf(left.mention, cast, ctx.last?.entity ?? null);
  return attribution(s.speaker, cueOf(withQuote, left, text), s.confidence, s.entity, false);
}

/**
 * A signature paragraph under a quotation paragraph (`"…"` then `- Hillary Clinton.` or `\u2015 Ann Berg, Calderbay`):
 * the name signs the quotation above it, unless a cue in that paragraph already attributed it.
 */
export function signatureParagraph(prev: readonly Token[], sig: readonly Token[], cast: Cast, out: Map<number, Attribution>): void {
  if (sig.length < 2 || sig.length > 16 || sig[0].kind !== 'punct' || !/^[-\u2013\u2014\u2015]$/.test(sig[0].text)) return;
  const q = prev[0];
  if (!q || q.kind !== 'quote' || q.quote === undefined || prev.length > 2 || prev.length === 2 && !isSentenceEnd(prev[1])) return;
  const m = mentionAfter(sig, 1, sig.length, false);
  if (!m || m.kind !== 'name' || !cast.plausible(m)) return;
  const after = sig[indexAfter(sig, m.end)];
  if (after && !isSentenceEnd(after) && after.text !== ',') return;
  const a = out.get(q.quote);
  if (a?.cue) return;
  const s = speakerOf(m, cast, null);
  out.set(q.quote, attribution(s.speaker, null, Math.min(0.8, s.confidence), s.entity, a?.fragment ?? false));
}

