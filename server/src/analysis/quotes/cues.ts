// Cue patterns around a quotation: "…," said S / "…," S said / S said (that) "…" / according to S.

import { CUE_FILLERS, CUE_VERBS, INVERTING_CUES, PRONOUNS, TITLES, US_STATE_NAMES, WEAK_CUES } from './lexicon';
import { mentionAfter, mentionBefore, parseMention, pronounOf, type Mention } from './names';
import { isSentenceEnd, type Token } from './tokens';

export interface CueMatch {
  mention: Mention | null;
  /** Token index of the cue verb (or of "according"). */
  cue: number;
  cueEnd: number;
  /** Token index just after the attribution clause. */
  end: number;
  how: 'right' | 'left' | 'participle' | 'passive';
}

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|evening|afternoon|night|week|month|year)$/;

export function cueBase(t: Token | undefined): string | null {
  if (!t || t.kind !== 'word' || t.cap) return null; // "the United States", "Says Who"
  return CUE_VERBS.get(t.lower) ?? null;
}

/** Words before which a cue word is a noun: `his comments`, `Clinton's emails`, `the report`, `his home state`. */
const NOUN_MARKERS = /^(?:the|a|an|his|her|their|its|our|my|your|this|these|those|whose|home|such|any|no|every|each|new|recent|latest|\d+)$/;

/** Cue words that are as often nouns (`email server`, `tweet storm`, `blog post`). */
const NOUN_LIKE_CUES = new Set(['email', 'tweet', 'post', 'text', 'retweet', 'state', 'call', 'point', 'remark', 'comment', 'report', 'question',
  'order', 'charge', 'attack', 'voice', 'signal', 'hint', 'label', 'brand', 'quote', 'answer', 'reply', 'demand', 'promise', 'pledge',
  'vow', 'claim', 'blast', 'praise', 'fire', 'hit', 'shoot', 'counter', 'echo', 'welcome', 'challenge', 'joke', 'quip', 'chant', 'cry',
  'shout', 'laugh', 'sigh', 'whisper', 'warn', 'testify', 'plead', 'slam']);
/** The forms of a noun-like cue that can be a noun (`claim`, `claims`), not `claimed` or `claiming`. */
function nounForm(w: string, b: string): boolean {
  return w === b || w === b + 's' || w === b + 'es' || b.endsWith('y') && w === b.slice(0, -1) + 'ies';
}

/** Noun-like cues that also name a medium: `Clinton emails` is a noun phrase, `Clinton calls` a verb. */
const MEDIA_NOUN_CUES = new Set(['email', 'tweet', 'post', 'text', 'retweet']);
/** Words after which a noun-like cue word is a verb: a subject pronoun, a relative pronoun, a conjunction, `to`. */
const VERB_SUBJECT_BEFORE = /^(?:he|she|it|they|we|i|you|who|which|that|and|or|then|also|to|not|never|later|once|first|he'd|she'd|they'd|i'd|we'd|people|men|women|children|police|staff|media|press|public|everyone|someone|nobody|anyone|many|some|others|both|few|all|each|critics)$/;

/** `a Donald Trump tweet attacking …`: a noun-like cue's bare form after a singular full name is a noun (the verb would be `tweets`). */
function nounAfterName(tokens: readonly Token[], i: number, b: string): boolean {
  const p = tokens[i - 1];
  return NOUN_LIKE_CUES.has(b) && tokens[i].lower === b && p?.kind === 'word' && p.cap && !/s$/.test(p.lower) && !VERB_SUBJECT_BEFORE.test(p.lower) &&
    tokens[i - 2]?.kind === 'word' && tokens[i - 2].cap;
}

/** A cue word read as a verb: not right after a determiner or a possessive (`Ginsburg's comments`, `the report`). */
export function cueVerb(tokens: readonly Token[], i: number): string | null {
  const b = cueBase(tokens[i]);
  if (!b) return null;
  // `will continue to be "…"`, `went on to win`: an aspect verb before an infinitive is no speech
  if (b === 'continue' && tokens[i + 1]?.lower === 'to') return null;
  const p = tokens[i - 1];
  if (p && p.kind === 'word' && (NOUN_MARKERS.test(p.lower) || /['\u2019]s?$/.test(p.lower) && !/^(?:he|she|it|they|who|that|there|what)'s$/.test(p.lower))) return null;
  if (nounAfterName(tokens, i, b)) return null;
  // `a separate email exchange`, `her recovered emails`, `22 Clinton emails`: a noun after an adjective or a name
  if (NOUN_LIKE_CUES.has(b) && nounForm(tokens[i].lower, b) && p && !(p.kind === 'word' && (VERB_SUBJECT_BEFORE.test(p.lower) || CUE_FILLERS.has(p.lower) || /^\p{Ll}+ly$/u.test(p.text) ||
    /n't$/.test(p.lower) || p.cap && !(MEDIA_NOUN_CUES.has(b) && /s$/.test(tokens[i].lower)) ||
    !p.cap && /\p{Ll}{2,}s$/u.test(p.text) && !/^(?:is|was|has|his|its|this|us|as|does|thus|plus|less|unless|across|whereas)$/.test(p.lower)) ||
    p.text === ',' || p.text === ')')) return null;
  return b;
}

/** An inverted speaker phrase (`said Smith:`) ends the clause: a comma, colon, dash, the quotation or the sentence end. */
function endsInverted(tokens: readonly Token[], m: Mention): boolean {
  const t = tokens[indexAfter(tokens, m.end)];
  return !t || t.kind === 'quote' || isSentenceEnd(t) || /^[,:;(\u2014\u2013-]$/.test(t.text) || /^(?:who|whose)$/.test(t.lower);
}

/** Cue verbs whose following phrase is the listener, not the speaker: `told his supporters, "…"`. */
const OBJECT_CUES = new Set(['tell', 'ask', 'inform', 'instruct', 'urge', 'remind', 'warn', 'assure', 'advise']);

function isParticiple(t: Token): boolean {
  return t.lower.endsWith('ing');
}

/** Step back over auxiliaries, adverbs and time phrases between a subject and its cue ("has also", "on Thursday"). */
export function skipFillersBack(tokens: readonly Token[], at: number, floor: number): number {
  let i = at;
  for (let guard = 0; guard < 8 && i > floor; guard++) {
    const t = tokens[i - 1];
    if (t.kind === 'word' && (CUE_FILLERS.has(t.lower) || t.lower === 'now' || !t.cap && t.lower.length > 4 && t.lower.endsWith('ly')) && !(t.lower === 'told')) { i--; continue; }
    // "on Thursday", "last week", "late Tuesday", "in a statement"
    if (t.kind === 'word' && WEEKDAY.test(t.lower) && i - 2 >= floor && /^(?:on|last|late|early|this|that|earlier|later)$/.test(tokens[i - 2].lower)) { i -= 2; continue; }
    if (t.kind === 'word' && /^(?:statement|interview|release)$/.test(t.lower) && i - 3 >= floor && tokens[i - 3].lower === 'in') { i -= 3; continue; }
    // `in the past`, `at the time`, `at one point`, `two weeks ago`
    if (t.kind === 'word' && /^(?:past|time|point)$/.test(t.lower) && i - 3 >= floor && /^(?:the|one|that|some)$/.test(tokens[i - 2].lower) && /^(?:in|at)$/.test(tokens[i - 3].lower)) { i -= 3; continue; }
    if (t.kind === 'word' && t.lower === 'ago' && i - 3 >= floor && TIME_NOUN.test(tokens[i - 2].lower)) { i -= 3; continue; }
    // `Proponents of the bill, however, say`: a parenthetical adverb set off by commas
    if (t.text === ',' && i - 3 >= floor && tokens[i - 2].kind === 'word' && PARENTHETICAL.test(tokens[i - 2].lower) && tokens[i - 3].text === ',') { i -= 3; continue; }
    break;
  }
  return i;
}

const PASSIVE_AUX = /^(?:was|were|is|are|been|being|be|get|got|gets)$/;

/** Step back over `-ly` adverbs and `also`/`then` before a verb (`was repeatedly asked`). */
function skipAdverbsBack(tokens: readonly Token[], at: number, floor: number): number {
  let i = at;
  while (i - 1 > floor && tokens[i - 1].kind === 'word' && (/^\p{Ll}+ly$/u.test(tokens[i - 1].text) || /^(?:also|then|later|again|once|first|never|not)$/.test(tokens[i - 1].lower))) i--;
  return i;
}

/** Step forward over the cue's object and adjuncts ("told reporters on Friday") to the end of the clause. */
function clauseEnd(tokens: readonly Token[], from: number): number {
  let i = from;
  while (i < tokens.length && i < from + 8 && tokens[i].kind === 'word') i++;
  return i;
}

/** Attribution clause right after a quotation: `"…," said Smith` or `"…," Smith said` or `"…," according to Smith`. */
export function cueRight(tokens: readonly Token[], q: number, endsOpen = false): CueMatch | null {
  let j = q + 1;
  // `''… 'old-school,''' said Slayton`: the inner quotation's closing apostrophe is left after the closing double mark
  if (tokens[j]?.kind === 'punct' && (tokens[j].text === "'" || tokens[j].text === '\u2019') && tokens[j].start === tokens[q].end) j++;
  if (tokens[j]?.kind === 'punct' && /^[,\u2015\u2014\u2013\-:]$/.test(tokens[j].text)) j++;
  // `"…," as Cruz said on the radio`: the comparative `as` clause attributes the quotation before it
  const viaAs = tokens[j]?.lower === 'as' && (tokens[j - 1]?.text === ',' || endsOpen) && tokens[j + 1]?.kind === 'word' && !cueBase(tokens[j + 1]);
  if (viaAs) j++;
  const first = tokens[j];
  if (!first || first.kind !== 'word') return null;
  if (viaAs) return asClause(tokens, j);
  if (first.lower === 'according' && tokens[j + 1]?.lower === 'to') {
    const m = mentionAfter(tokens, j + 2, tokens.length);
    return m ? { mention: m, cue: j, cueEnd: j + 2, end: indexAfter(tokens, m.end), how: 'right' } : null;
  }
  // a signature: `"…" ― Pamela Padilla` at the end of the paragraph
  if (j === q + 2 && /^[\u2015\u2014\u2013-]$/.test(tokens[q + 1].text)) {
    const m = mentionAfter(tokens, j, tokens.length);
    const after = m ? indexAfter(tokens, m.end) : -1;
    if (m && m.kind === 'name' && (after >= tokens.length || isSentenceEnd(tokens[after]) || tokens[after].text === ',')) {
      return { mention: m, cue: q + 1, cueEnd: q + 2, end: after, how: 'right' };
    }
  }
  const c0 = cueBase(first);
  if (c0 && !isParticiple(first)) {
    const named = roleThenName(tokens, j + 1);
    if (named) return { mention: named, cue: j, cueEnd: j + 1, end: clauseEnd(tokens, indexAfter(tokens, named.end)), how: 'right' };
    const m = mentionAfter(tokens, j + 1, tokens.length);
    if (m) return { mention: m, cue: j, cueEnd: j + 1, end: clauseEnd(tokens, indexAfter(tokens, m.end)), how: 'right' };
  }
  // speaker first, maybe with a long appositive: `"…," Michael McFaul, a senior fellow at …, said`
  const np = mentionAfter(tokens, j, tokens.length);
  if (np && np.kind !== 'nominal' || np?.kind === 'nominal' && /^(?:the|a|an|his|her|their|its|this|that|one|another|our|my)$/.test(first.lower)) {
    let e = indexAfter(tokens, np.end);
    if (tokens[e]?.text === ',' || tokens[e]?.text === '(') {
      const close = tokens[e].text === '(' ? ')' : ',';
      let k = e + 1;
      // a period inside parentheses is an abbreviation: `Rep. Gwen Moore (D-Wis.) said`
      // a short quoted name inside the appositive (`wearing "Ted Cruz" campaign pins`) does not end it
      while (k < tokens.length && k < e + 45 && tokens[k].text !== close && !(tokens[k].kind === 'quote' && !shortQuotedWords(tokens, k)) && !(isSentenceEnd(tokens[k]) && close === ',')) k++;
      if (tokens[k]?.text === close) e = k + 1;
      if (close === ')' && tokens[e]?.text === ',') {
        let k2 = e + 1;
        while (k2 < tokens.length && k2 < e + 45 && tokens[k2].text !== ',' && tokens[k2].kind !== 'quote' && !isSentenceEnd(tokens[k2])) k2++;
        if (tokens[k2]?.text === ',') e = k2 + 1;
      }
    }
    for (let round = 0; round < 3; round++) {
      let c = e;
      while (c < tokens.length && c < e + 6 && !cueBase(tokens[c]) && (CUE_FILLERS.has(tokens[c].lower) || WEEKDAY.test(tokens[c].lower) || /^(?:on|late|early|last)$/.test(tokens[c].lower))) c++;
      const cb = cueBase(tokens[c]);
      if (cb && !isParticiple(tokens[c]) && !nounAfterName(tokens, c, cb)) return { mention: np, cue: c, cueEnd: c + 1, end: clauseEnd(tokens, c + 1), how: 'right' };
      // a second appositive: `"…," Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said`
      // a third only after an age (`Cecelia Purner, 67, a retired nurse in Allentown, Pa., said`)
      if (round > 1 || round > 0 && !/^\d+$/.test(tokens[indexAfter(tokens, np.end) + 1]?.text ?? '') || e === indexAfter(tokens, np.end) || tokens[e - 1]?.text !== ',' || tokens[e]?.kind !== 'word') break;
      let k2 = e + 1;
      // `in Allentown, Pa., said`: an abbreviation's period before a comma ends no sentence
      while (k2 < tokens.length && k2 < e + 30 && tokens[k2].text !== ',' && tokens[k2].kind !== 'quote' && !(isSentenceEnd(tokens[k2]) && !(round > 0 && tokens[k2 + 1]?.text === ','))) k2++;
      if (tokens[k2]?.text !== ',') break;
      e = k2 + 1;
    }
  }
  // speaker first: scan a short way for the cue verb
  for (let c = j + 1; c < Math.min(tokens.length, j + 16); c++) {
    const t = tokens[c];
    if (t.kind === 'quote' || isSentenceEnd(t)) break;
    const tb = cueBase(t);
    if (!tb || isParticiple(t) || nounAfterName(tokens, c, tb)) continue;
    const stop = skipFillersBack(tokens, c, j);
    const m = mentionBefore(tokens, stop, j);
    if (m && m.start === first.start) return { mention: m, cue: c, cueEnd: c + 1, end: clauseEnd(tokens, c + 1), how: 'right' };
    // `"…," the Florida senator and presidential candidate said`, `"…," a message on the website reads`: the phrase that
    // opens the clause, before `and` or a preposition that the phrase next to the cue follows
    const lead = leadPhrase(tokens, j, stop);
    if (lead) return { mention: lead, cue: c, cueEnd: c + 1, end: clauseEnd(tokens, c + 1), how: 'right' };
    // `"…," Harbour Trust's chief executive, Ann Berg, told reporters`: a role phrase, then the name set off by commas
    if (tokens[stop - 1]?.text === ',') {
      let k = stop - 2;
      while (k > j && tokens[k].kind === 'word' && tokens[k].cap) k--;
      if (k > j && k < stop - 2 && tokens[k].text === ',' && tokens[k - 1].kind === 'word' && !tokens[k - 1].cap && !WEAK_CUES.has(cueBase(t) ?? '')) {
        const name = parseMention(tokens, k + 1, stop - 1, false);
        if (name?.kind === 'name') return { mention: name, cue: c, cueEnd: c + 1, end: clauseEnd(tokens, c + 1), how: 'right' };
      }
    }
    break;
  }
  return endsOpen && j === q + 1 ? unlistedSpeechVerb(tokens, j) : null;
}

/** A quotation of a few words inside a phrase, with a lowercase word after it: `"Ted Cruz" campaign pins`. */
function shortQuotedWords(tokens: readonly Token[], k: number): boolean {
  const n = tokens[k + 1];
  return tokens[k].end - tokens[k].start <= 30 && n?.kind === 'word' && !n.cap;
}

/**
 * The speaker phrase from `j` when it ends right before `and` or a preposition and only words follow up to the cue at
 * `stop` (`the Lagos mayor and harbour board chair said`, `a narrator in the ad says`).
 */
function leadPhrase(tokens: readonly Token[], j: number, stop: number): Mention | null {
  const m = mentionAfter(tokens, j, stop);
  if (!m || m.kind === 'pronoun' || m.kind === 'nominal' && !/^(?:the|a|an|his|her|their|its)$/.test(tokens[j].lower)) return null;
  const link = indexAfter(tokens, m.end);
  const w = tokens[link];
  if (!w || w.kind !== 'word' || !/^(?:and|on|in|at|from|with|for|of)$/.test(w.lower) || link + 1 >= stop || stop - link > 8) return null;
  for (let i = link + 1; i < stop; i++) if (tokens[i].kind !== 'word' || cueBase(tokens[i])) return null;
  return m;
}

/**
 * `"Go back!" Trump barked` / `"Fantastic!" beamed Hartley`: a quotation whose words end in a comma, `!` or `?` and
 * a name or pronoun next to a past-tense verb that is not in the cue list, closing the clause.
 */
/** `as Cruz said`, `as she put it`: a name or pronoun, then the cue (fillers between), closing the clause. */
function asClause(tokens: readonly Token[], j: number): CueMatch | null {
  for (let c = j + 1; c < Math.min(tokens.length, j + 10); c++) {
    const t = tokens[c];
    if (t.kind === 'quote' || isSentenceEnd(t)) return null;
    if (!cueBase(t) || isParticiple(t)) continue;
    const m = mentionBefore(tokens, skipFillersBack(tokens, c, j), j, false);
    if (!m || m.start !== tokens[j].start || m.kind === 'nominal' && !/^(?:the|a|an|his|her|their|its)$/.test(tokens[j].lower)) return null;
    return { mention: m, cue: c, cueEnd: c + 1, end: clauseEnd(tokens, c + 1), how: 'right' };
  }
  return null;
}

/** Phrasal verbs of speech whose first word is no cue by itself. */
const PHRASAL_SPEECH = /^(?:went on|goes on|go on|chimed in|chimes in|shot back|shoots back|cut in|cuts in|broke in|piped up|pipes up)$/;

function unlistedSpeechVerb(tokens: readonly Token[], j: number): CueMatch | null {
  // `"…," Toomey fumed on Tuesday.`: the clause ends, or a time or place adjunct follows
  const closesClause = (i: number): boolean => i >= tokens.length || isSentenceEnd(tokens[i]) || /^(?:,|and|as|before|after|while|on|in|at|during|to|from|outside|inside|into|over|when)$/.test(tokens[i].lower);
  const pastTense = (t: Token | undefined): boolean => !!t && t.kind === 'word' && !t.cap && /^[a-z]{3,}ed$/.test(t.lower) && !CUE_FILLERS.has(t.lower);
  if (pastTense(tokens[j])) {
    const m = mentionAfter(tokens, j + 1, tokens.length);
    if (m && m.kind === 'name' && closesClause(indexAfter(tokens, m.end))) return { mention: m, cue: j, cueEnd: j + 1, end: indexAfter(tokens, m.end), how: 'right' };
    return null;
  }
  if (/^(?:while|when|as|because|if|although|though|since|after|before|until|whereas)$/.test(tokens[j].lower)) return null; // `"…," while Collins waited`
  const m = mentionAfter(tokens, j, tokens.length) ?? shortSubject(tokens, j, Math.min(tokens.length, j + 6));
  if (!m || m.kind === 'nominal' && !/^(?:the|a|an|his|her|their|its)$/.test(tokens[j].lower)) return null;
  const v = indexAfter(tokens, m.end);
  if (pastTense(tokens[v]) && closesClause(v + 1)) return { mention: m, cue: v, cueEnd: v + 1, end: v + 1, how: 'right' };
  // `"…," he went on.`, `"…," she shot back.`: a phrasal speech verb closing the clause
  if (tokens[v]?.kind === 'word' && PHRASAL_SPEECH.test(`${tokens[v].lower} ${tokens[v + 1]?.lower ?? ''}`) && closesClause(v + 2)) return { mention: m, cue: v, cueEnd: v + 2, end: v + 2, how: 'right' };
  return null;
}

/** `said Nordline's chief executive, Jonas Aalto`: a role phrase, a comma, then the person's name. */
function roleThenName(tokens: readonly Token[], from: number): Mention | null {
  const t0 = tokens[from];
  if (!t0 || t0.kind !== 'word') return null;
  for (let k = from + 1; k < Math.min(tokens.length, from + 7); k++) {
    const t = tokens[k];
    if (t.text === ',') {
      if (k === from || !/^(?:\p{Ll}+|\p{Lu}[\p{L}.-]*['\u2019]s)$/u.test(tokens[k - 1].text) && !tokens[k - 1].cap) return null;
      // `said Sen. Lindsey Graham, R-S.C.`: a name, not a role phrase, before the comma
      if (tokens[k - 1].cap && !/['\u2019]s$/.test(tokens[k - 1].text) && !TITLES.has(tokens[k - 1].lower.replace(/\.$/, '')) && parseMention(tokens, from, k, false)?.kind === 'name') return null;
      const m = mentionAfter(tokens, k + 1, tokens.length, false);
      if (!m || m.kind !== 'name') return null;
      const after = tokens[indexAfter(tokens, m.end)];
      return !after || isSentenceEnd(after) || after.text === ',' ? m : null;
    }
    if (t.kind !== 'word' || CUE_VERBS.has(t.lower) && !t.cap) return null;
  }
  return null;
}

/** Index of the first token starting at or after `offset` (binary search). */
export function indexAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A cue earlier in the sentence that governs the quotation: `S said (that) … "…"`, `according to S, "…"`. */
export function cueLeft(tokens: readonly Token[], q: number, sentenceStart: number): CueMatch | null {
  // `When Trump announced his run, he called them "criminals"`: a cue inside an opening subordinate clause does not
  // govern a quotation in the main clause after it
  const floor = subordinateOpeningEnd(tokens, sentenceStart, q);
  for (let c = q - 1; c >= Math.max(sentenceStart, q - 120, floor); c--) {
    const t = tokens[c];
    if (t.kind !== 'word') continue;
    const co = coordinatedPronoun(tokens, c, sentenceStart);
    if (co) {
      // the cue is the clause's speech verb when it has one (`and he accused … "…"`), otherwise its first verb
      let v = c + 1;
      for (let i = c + 1; i < q; i++) if (cueVerb(tokens, i)) { v = i; break; }
      return { mention: co, cue: v, cueEnd: v + 1, end: v + 1, how: 'left' };
    }
    if (t.lower === 'according' && tokens[c + 1]?.lower === 'to') {
      const m = mentionAfter(tokens, c + 2, q);
      // `Htein said that according to its analysis, the party "…"`: the outer speaker reports the whole clause
      const outer = m ? thatClauseSpeaker(tokens, c, sentenceStart) : null;
      if (outer) return outer;
      if (m) return { mention: m, cue: c, cueEnd: c + 2, end: c + 2, how: 'left' };
      continue;
    }
    if (c === sentenceStart && t.cap && !isParticiple(t)) {
      // `Said Dorothy Poynter, who grew up nearby, "…"` / `Continued Stone: "…"`
      const base = CUE_VERBS.get(t.lower);
      const after = base && INVERTING_CUES.has(base) ? mentionAfter(tokens, c + 1, q) : null;
      if (after && after.kind !== 'pronoun') return { mention: after, cue: c, cueEnd: c + 1, end: c + 1, how: 'left' };
    }
    const b = cueVerb(tokens, c);
    if (!b) continue;
    if (WEAK_CUES.has(b) && q - c > 6) continue;
    if (OBJECT_CUES.has(b) && /(?:ed|told)$/.test(t.lower) && PASSIVE_AUX.test(tokens[skipAdverbsBack(tokens, c, sentenceStart) - 1]?.lower ?? '')) {
      // `Trump was asked, "…"` / `Sanders was asked by host Bill Maher, "…"`: the subject is the listener; the agent speaks
      const agent = tokens[c + 1]?.lower === 'by' ? mentionAfter(tokens, c + 2, q) : null;
      return { mention: agent, cue: c, cueEnd: c + 1, end: c + 1, how: agent ? 'left' : 'passive' };
    }
    if (isParticiple(t)) {
      // "…, saying it was "morally" wrong": the subject is the sentence's speaker; "with the strongman dismissing"
      const m = mentionBefore(tokens, skipFillersBack(tokens, c, sentenceStart), sentenceStart);
      const w = tokens[c - 1]?.kind === 'word' ? withSubject(tokens, c, sentenceStart) : null;
      if (w) return { mention: w, cue: c, cueEnd: c + 1, end: c + 1, how: 'left' };
      if (m && tokens[c - 1]?.text !== ',' && !objectOfVerb(tokens, m, sentenceStart)) return outerCue(tokens, { mention: m, cue: c, cueEnd: c + 1, end: c + 1, how: 'left' }, sentenceStart);
      const rep = tokens[c - 1]?.text === ',' ? reportingClauseBefore(tokens, c - 1, sentenceStart) : null;
      if (rep) return { mention: rep, cue: c, cueEnd: c + 1, end: c + 1, how: 'left' };
      const sub = tokens[c - 1]?.text === ',' ? subordinateSubject(tokens, c - 1, sentenceStart) : null;
      if (sub) return { mention: sub, cue: c, cueEnd: c + 1, end: c + 1, how: 'left' };
      return { mention: null, cue: c, cueEnd: c + 1, end: c + 1, how: 'participle' };
    }
    const subjEnd = skipFillersBack(tokens, c, sentenceStart);
    const rel = relativeSubject(tokens, subjEnd, sentenceStart);
    if (rel) return { mention: rel, cue: c, cueEnd: c + 1, end: c + 1, how: 'left' };
    const paren = tokens[subjEnd - 1]?.text === ',' ? pronounBeforeAside(tokens, subjEnd - 1, sentenceStart) : null;
    if (paren) return outerCue(tokens, { mention: paren, cue: c, cueEnd: c + 1, end: c + 1, how: 'left' }, sentenceStart);
    const lead = tokens[subjEnd - 1]?.text === ',' ? leadSubject(tokens, sentenceStart, subjEnd - 1) : null;
    if (lead) return { mention: lead, cue: c, cueEnd: c + 1, end: c + 1, how: 'left' };
    const m = tokens[subjEnd - 1]?.lower === 'and' ? null : mentionBefore(tokens, subjEnd, sentenceStart);
    // `The president denounced what he called the "…" vision`: a free relative `what S calls` inside a clause with its
    // own subject; the clause's subject is the source
    const what = m ? indexAfter(tokens, m.start) - 1 : -1;
    if (m && what > sentenceStart + 1 && tokens[what].lower === 'what') {
      // the verb right before `what` (`denounced what`), its subject right before it (auxiliaries and adverbs between)
      const v = what - 1;
      const verb = tokens[v];
      // `It's denouncing what it calls "…"`: a progressive after an auxiliary or a contracted subject too
      const progressive = m.kind === 'pronoun' && /ing$/.test(verb.lower) && (/^(?:is|are|was|were)$/.test(tokens[v - 1]?.lower ?? '') || /^(?:it|he|she|they|we)['\u2019](?:s|re)$/.test(tokens[v - 1]?.lower ?? ''));
      if (verb.kind === 'word' && !verb.cap && (/(?:ed|es)$/.test(verb.lower) && !PASSIVE_AUX.test(tokens[v - 1]?.lower ?? '') || progressive)) {
        const outer = mentionBefore(tokens, skipFillersBack(tokens, v, sentenceStart), sentenceStart, false);
        if (outer) return { mention: outer, cue: c, cueEnd: c + 1, end: c + 1, how: 'left' };
      }
    }
    // `Protesters marching through the streets chanted "…"`: a phrase after a preposition is an object, not the subject;
    // the subject is the sentence's, before the participle phrase
    const prep = m ? tokens[indexAfter(tokens, m.start) - 1] : undefined;
    if (m && prep?.kind === 'word' && (/^(?:through|across|along|around|into|onto|toward|towards|past|behind|outside|inside|near)$/.test(prep.lower) ||
      m.kind === 'nominal' && /^(?:under|during|without|against)$/.test(prep.lower))) {
      const subj = sentenceSubject(tokens, sentenceStart, c);
      if (subj && subj.start < m.start) return { mention: subj, cue: c, cueEnd: c + 1, end: c + 1, how: 'left' };
    }
    if (m) return outerCue(tokens, { mention: m, cue: c, cueEnd: c + 1, end: c + 1, how: 'left' }, sentenceStart);
    // inverted: `said Smith: "…"`
    // (never an infinitive: `refused to say the words "…"`)
    const after = INVERTING_CUES.has(b) && !OBJECT_CUES.has(b) && tokens[c - 1]?.lower !== 'to' ? mentionAfter(tokens, c + 1, q) : null;
    if (after && after.kind !== 'pronoun' && endsInverted(tokens, after)) return { mention: after, cue: c, cueEnd: c + 1, end: c + 1, how: 'left' };
    // `… and he has long mocked his rivals for "…"`: a coordinated clause's pronoun, auxiliaries and adverbs before the cue
    for (let j = c - 2; j >= c - 4 && j > sentenceStart; j--) {
      if (tokens[j + 1].kind !== 'word' || tokens[j + 1].cap) break;
      const co = coordinatedPronoun(tokens, j, sentenceStart);
      if (co) return { mention: co, cue: c, cueEnd: c + 1, end: c + 1, how: 'left' };
    }
    // `Lund drew cheers as she thanked the town and then boomed, "…"`: a verb coordinated inside a mid-sentence
    // `as`/`when` clause shares that clause's pronoun subject
    const inner = coordinatedInSubordinate(tokens, c, sentenceStart);
    if (inner) return { mention: inner, cue: c, cueEnd: c + 1, end: c + 1, how: 'left' };
    // a verb sharing the sentence's subject: "Clinton slammed the shift and accused Sanders of a "flip-flop""
    return { mention: null, cue: c, cueEnd: c + 1, end: c + 1, how: 'participle' };
  }
  return null;
}

/**
 * `… as she thanked the town and then boomed, "…"`, `… when he brought up the case and later said, "…"`: the cue at `c`
 * follows `and` (an adverb between), and the clause it is coordinated in opens mid-sentence with a subordinator and a
 * subject pronoun, no comma or quotation between: that pronoun.
 */
function coordinatedInSubordinate(tokens: readonly Token[], c: number, floor: number): Mention | null {
  let j = c - 1;
  if (tokens[j]?.kind === 'word' && /^(?:then|later|also|\p{Ll}+ly)$/u.test(tokens[j].lower)) j--;
  if (tokens[j]?.lower !== 'and') return null;
  for (let i = j - 1; i > floor && i >= j - 16; i--) {
    const t = tokens[i];
    if (t.kind !== 'word' || cueVerb(tokens, i)) return null;
    if (!/^(?:as|when|while|after|because|since|before|where)$/.test(t.lower)) continue;
    const s = tokens[i + 1];
    const v = tokens[i + 2];
    if (!s || !/^(?:he|she|they)$/.test(s.lower) || !v || v.kind !== 'word' || v.cap) return null;
    return parseMention(tokens, i + 1, i + 2);
  }
  return null;
}

/** `S said (Tuesday) that` right before token `at`: the outer speech verb and its subject, or null. */
function thatClauseSpeaker(tokens: readonly Token[], at: number, floor: number): CueMatch | null {
  const that = tokens[at - 1]?.text === ',' ? at - 2 : at - 1;
  if (that <= floor || tokens[that]?.lower !== 'that') return null;
  const v = objectBack(tokens, that - 1, floor);
  const b = cueVerb(tokens, v);
  if (v === that - 1 && !b || !b || !OUTER_CUES.has(b) || isParticiple(tokens[v])) return null;
  const m = mentionBefore(tokens, skipFillersBack(tokens, v, floor), floor);
  return m ? { mention: m, cue: v, cueEnd: v + 1, end: v + 1, how: 'left' } : null;
}

/** Subordinators that open an adverbial clause before the main clause: `When Trump spoke, he …`. */
const OPENING_SUBORDINATOR = /^(?:when|whenever|while|after|before|although|though|because|since|if|once|until|whereas)$/;

/**
 * `When Trump announced his candidacy, he …`: the index where the main clause starts after an opening subordinate
 * clause that ends with a comma before `q`, or `sentenceStart` when the sentence opens otherwise.
 */
function subordinateOpeningEnd(tokens: readonly Token[], sentenceStart: number, q: number): number {
  let a = sentenceStart;
  if (tokens[a]?.kind === 'word' && /^(?:and|but|so|yet)$/.test(tokens[a].lower)) a++;
  if (tokens[a]?.kind !== 'word' || !OPENING_SUBORDINATOR.test(tokens[a].lower)) return sentenceStart;
  for (let i = a + 1; i < q && i < a + 30; i++) {
    const t = tokens[i];
    if (t.kind === 'quote' || isSentenceEnd(t)) return sentenceStart;
    if (t.text === ',') return i + 1 < q ? i + 1 : sentenceStart;
  }
  return sentenceStart;
}

/**
 * `…, and he accused Mr. Trump of running a campaign "…"`: a coordinated clause with its own subject pronoun (`and he`,
 * `but she`) right before a verb; that pronoun, not the first clause's subject, is the subject of the words after it.
 */
export function coordinatedPronoun(tokens: readonly Token[], i: number, floor: number): Mention | null {
  const t = tokens[i];
  if (i - 1 <= floor || t.kind !== 'word' || !/^(?:he|she|they)$/.test(t.lower)) return null;
  const conj = tokens[i - 1];
  if (conj.kind !== 'word' || !/^(?:and|but|yet)$/.test(conj.lower)) return null;
  const v = tokens[i + 1];
  if (!v || v.kind !== 'word' || v.cap) return null;
  const m = parseMention(tokens, i, i + 1);
  return m?.kind === 'pronoun' ? m : null;
}

/**
 * `… a news conference in which he continued his attack on Bush, mocking "…"`: a participle after a relative or
 * subordinate clause (`in which he …`, `where she …`) attaches to that clause, so its subject speaks.
 */
function subordinateSubject(tokens: readonly Token[], comma: number, floor: number): Mention | null {
  for (let j = comma - 1; j > floor && j > comma - 25; j--) {
    const t = tokens[j];
    if (t.kind === 'quote' || t.text === ',' && j < comma - 1 && tokens[j + 1]?.kind === 'word' && /^(?:and|but)$/.test(tokens[j + 1].lower)) return null;
    if (t.kind !== 'word' || !/^(?:which|where|when|whom|while|whereas)$/.test(t.lower)) continue;
    const s = tokens[j + 1];
    if (!s || s.kind !== 'word') return null;
    if (!/^(?:he|she|they|it)$/.test(pronounOf(s.lower))) {
      // `when Sanders protesters interrupted her speech, shouting "…"`, `where about 50 protesters had gathered, chanting`
      if (/^(?:which|whom)$/.test(t.lower)) return null;
      let a = j + 1;
      while (a < comma && a < j + 4 && tokens[a].kind === 'word' && QUANTITY.test(tokens[a].lower)) a++;
      // the longest phrase from `a` that a lowercase verb follows
      let m: Mention | null = null;
      for (let e = a + 1; e < comma && e <= a + 5; e++) {
        const v = tokens[e];
        if (v.kind !== 'word' || v.cap || NP_STOP_BACK.test(v.lower) && !/^(?:has|have|had|was|were)$/.test(v.lower)) continue;
        m = parseMention(tokens, a, e, false) ?? m;
      }
      if (!m || m.kind === 'pronoun' || m.kind === 'nominal' && !m.plural) return null;
      return m;
    }
    const v = tokens[j + 2];
    if (!v || v.kind !== 'word' || v.cap) return null;
    return parseMention(tokens, j + 1, j + 2);
  }
  return null;
}

/** Words of quantity before a plural noun phrase: `about 50 protesters`, `hundreds of marchers`. */
const QUANTITY = /^(?:about|nearly|roughly|some|several|many|few|other|dozens|hundreds|thousands|of|\d[\d,]*)$/;

/**
 * `… with many marchers and spectators chanting "…"`: in an absolute `with NP -ing` phrase the noun phrase after `with`
 * is the participle's subject.
 */
function withSubject(tokens: readonly Token[], c: number, floor: number): Mention | null {
  for (let j = c - 2; j > floor && j >= c - 7; j--) {
    const t = tokens[j];
    if (t.kind !== 'word' || cueBase(t)) return null;
    if (t.lower !== 'with') continue;
    let a = j + 1;
    while (a < c && tokens[a].kind === 'word' && QUANTITY.test(tokens[a].lower)) a++;
    const first = mentionAfter(tokens, a, c);
    if (first) return first.kind !== 'pronoun' ? first : null;
    // a bare plural (`many marchers and spectators`): the words from `with` to the participle, a plural nominal
    const last = tokens[c - 1];
    if (a === j + 1 || last.cap || !/[^s]s$/.test(last.lower)) return null;
    const words = tokens.slice(j + 1, c);
    return { kind: 'nominal', start: words[0].start, end: last.end, text: words.map((w) => w.text).join(' '), name: '', descriptors: words.map((w) => w.lower), head: last.lower, plural: true };
  }
  return null;
}

/**
 * `Carly Fiorina threw her support behind Sen. Ted Cruz`: a greedy name phrase that runs over a verb and its object (a
 * lowercase word, not a title, before a determiner or possessive) into a later capitalised name.
 */
function lowercaseInside(tokens: readonly Token[], m: Mention): boolean {
  const a = indexAfter(tokens, m.start);
  const b = indexAfter(tokens, m.end);
  let capSeen = false;
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    if (t.cap) { capSeen = true; continue; }
    // a verb and its object: a lowercase word (not a title such as `governor`) before a determiner or possessive
    const n = tokens[k + 1];
    if (capSeen && n && k + 1 < b && /^(?:the|a|an|his|her|their|its|him|them)$/.test(n.lower) && !TITLES.has(t.lower)) {
      for (let j = k + 1; j < b; j++) if (tokens[j].kind === 'word' && tokens[j].cap) return true;
      return false;
    }
  }
  return false;
}

/** `Mayor Okafor issued a statement`: a past-tense verb and its object read as one phrase. */
function verbInside(tokens: readonly Token[], m: Mention): boolean {
  if (m.kind !== 'nominal') return false;
  const last = indexAfter(tokens, m.end);
  for (let k = indexAfter(tokens, m.start) + 1; k < last - 1; k++) {
    const t = tokens[k];
    if (t.kind === 'word' && !t.cap && /^\p{Ll}+ed$/u.test(t.text) && DETERMINER_RE.test(tokens[k + 1].lower)) return true;
  }
  return false;
}

/**
 * `she issued a statement calling for "…"`, `Trump posted a message on Twitter reading "…"`: the phrase before a
 * participle is the object of a verb, not the participle's subject; the sentence's subject speaks.
 */
function objectOfVerb(tokens: readonly Token[], m: Mention, floor: number): boolean {
  const i = indexAfter(tokens, m.start);
  const first = tokens[i];
  if (m.kind === 'nominal' && first && first.kind === 'word' && !first.cap && !DETERMINER_RE.test(first.lower) && !/^\d/.test(first.lower) &&
    !/^(?:this|that|these|those|one|some|many|several|both|other|another|our|my|your)$/.test(first.lower)) return true;
  if (m.kind === 'pronoun') return false; // `said she was thinking, "…"`: a subject pronoun is never an object
  if (verbInside(tokens, m)) return true;
  const prev = i > floor ? tokens[i - 1] : undefined;
  return !!prev && prev.kind === 'word' && !prev.cap && !/^(?:with|without|of|by|from|shows?|showed|showing|hear|heard|see|saw|watch|watched|remember|remembered|recalls?|recalled)$/.test(prev.lower) && !/^(?:and|or|but|as|while|when|then|so|that|who|which|where)$/.test(prev.lower) && !CUE_FILLERS.has(prev.lower);
}

/**
 * `The two will meet next week, Spicer said, adding, "…"` / `…, said Ann Berg, adding "…"`: a participle right after a
 * reporting clause set off by a comma shares that clause's speaker, not the subject of the sentence it reports.
 */
function reportingClauseBefore(tokens: readonly Token[], comma: number, floor: number): Mention | null {
  const v = comma - 1;
  const t = tokens[v];
  if (!t || v <= floor) return null;
  // `…, Spicer said, adding`: the cue closes the clause, its subject just before it, after a comma
  const b = cueBase(t);
  if (b && INVERTING_CUES.has(b) && !isParticiple(t)) {
    const stop = skipFillersBack(tokens, v, floor);
    const m = mentionBefore(tokens, stop, floor, false);
    if (m && m.kind !== 'nominal' && tokens[indexAfter(tokens, m.start) - 1]?.text === ',') return m;
    return null;
  }
  // `…, said Ann Berg, adding`
  for (let c = v - 1; c > floor && c >= v - 6; c--) {
    const u = tokens[c];
    if (u.kind !== 'word') return null;
    const cb = cueBase(u);
    if (!cb) continue;
    if (!INVERTING_CUES.has(cb) || isParticiple(u) || tokens[c - 1]?.text !== ',') return null;
    const m = mentionAfter(tokens, c + 1, comma);
    return m && m.kind !== 'pronoun' && indexAfter(tokens, m.end) === comma ? m : null;
  }
  return null;
}

/**
 * `… and he, once again, pledged a "political revolution"`: a subject pronoun takes no appositive, so a pronoun right
 * before a short comma-delimited aside is the subject of the cue after it (not the sentence's opening noun phrase).
 */
function pronounBeforeAside(tokens: readonly Token[], comma: number, floor: number): Mention | null {
  for (let j = comma - 1; j > floor && j >= comma - 6; j--) {
    const t = tokens[j];
    if (t.kind !== 'word') {
      if (t.text !== ',') return null;
      const p = tokens[j - 1];
      if (!p || p.kind !== 'word' || !/^(?:he|she|they|we|i)$/.test(p.lower) || j === comma - 1) return null;
      const m = parseMention(tokens, j - 1, j);
      return m?.kind === 'pronoun' ? m : null;
    }
  }
  return null;
}

const LEAD_SKIP = /^(?:but|and|so|yet|still|meanwhile|however|now|then|also)$/;

/**
 * `Bill Norsk, a harbour pilot who … last month, said`: the clause opens with the subject noun phrase and a comma,
 * and an appositive or relative clause of any length runs to the comma before the cue. Returns the opening phrase.
 */
function leadSubject(tokens: readonly Token[], sentenceStart: number, comma: number): Mention | null {
  let a = mainClauseStart(tokens, sentenceStart, comma);
  while (a < comma && tokens[a].kind === 'word' && LEAD_SKIP.test(tokens[a].lower)) a++;
  if (tokens[a]?.text === ',') a++;
  let first = a;
  while (first < comma && first < a + 8 && tokens[first].kind === 'word') first++;
  if (first >= comma || tokens[first].text !== ',' || first === a) return null;
  for (let i = first + 1; i < comma; i++) if (isSentenceEnd(tokens[i])) return null;
  // the opening phrase is a noun phrase: a determiner, then capitalised words (names, titles) or a nominal's own words
  if (!tokens[a].cap && !DETERMINER_RE.test(tokens[a].lower)) return null;
  const m = parseMention(tokens, a, first, false);
  if (!m || m.kind === 'pronoun') return null;
  for (let i = a + 1; i < first; i++) {
    const t = tokens[i];
    if (t.cap) continue;
    if (NP_STOP_BACK.test(t.lower) || cueBase(t) || /^(?:can|could|will|would|may|might|must|should|did|does|do)$/.test(t.lower)) return null;
  }
  // what follows the comma opens an appositive or a relative clause
  const n = tokens[first + 1];
  if (!n || !(n.kind === 'word' && !/^(?:and|or|nor)$/.test(n.lower) || n.kind === 'quote')) return null;
  return m;
}

/**
 * `Smith, who said "…"` / `the report, which found "…"`: the relative pronoun is the cue's subject. The mention is
 * the pronoun itself (what a reader points at), resolved through its antecedent noun phrase.
 */
function relativeSubject(tokens: readonly Token[], subjEnd: number, floor: number): Mention | null {
  const rel = tokens[subjEnd - 1];
  if (!rel || rel.kind !== 'word' || !/^(?:who|which)$/.test(rel.lower) || subjEnd - 1 <= floor) return null;
  const before = tokens[subjEnd - 2];
  // `the sign — which read "…"`: a comma or a dash before the relative pronoun
  const stop = before.text === ',' || /^[\u2014\u2013-]$/.test(before.text) ? subjEnd - 2 : subjEnd - 1;
  const ante = mentionBefore(tokens, stop, floor, false);
  if (!ante || ante.kind === 'pronoun') return null;
  return { ...ante, start: rel.start, end: rel.end, text: rel.text };
}

/**
 * `it was Obama who pressed for a "Grand Bargain"`, `Rubio, who mused that Clinton's "…"`: a cue-less quotation inside
 * a `who` clause of a named person is sourced by the relative pronoun (the mention PolNeAR marks), resolved through its
 * antecedent. The pronoun must be the clause's subject: a lowercase verb (or a short aside) follows it.
 */
export function relativeClauseSource(tokens: readonly Token[], q: number, sentenceStart: number): Mention | null {
  for (let r = q - 1; r > sentenceStart && r >= q - 25; r--) {
    const t = tokens[r];
    if (t.kind === 'quote' || isSentenceEnd(t)) return null;
    if (t.kind !== 'word' || t.lower !== 'who') continue;
    let v = r + 1;
    // `who, on a press call Friday, criticized`
    if (tokens[v]?.text === ',') {
      while (v < q && v < r + 10 && tokens[v + 1]?.text !== ',') v++;
      v += 2;
    }
    const verb = tokens[v];
    if (!verb || verb.kind !== 'word' || verb.cap || v >= q || DETERMINER_RE.test(verb.lower) || PRONOUNS.has(pronounOf(verb.lower))) return null;
    // `Cruz is praising Bush, who ended his bid on Saturday, as "…"`: a comma closes the relative clause before the quote
    for (let i = v + 1; i < q; i++) if (tokens[i].text === ',') return null;
    const stop = tokens[r - 1]?.text === ',' ? r - 1 : r;
    const ante = mentionBefore(tokens, stop, sentenceStart, false);
    if (!ante || ante.kind !== 'name') return null;
    return { ...ante, start: t.start, end: t.end, text: t.text };
  }
  return null;
}

/** Speech verbs whose clause holds an embedded cue: `He says he believes …` is attributed to the outer speaker. */
const OUTER_CUES = new Set(['say', 'tell', 'add', 'write', 'tweet', 'state', 'declare', 'insist', 'argue', 'claim', 'note', 'explain', 'warn', 'announce', 'suggest', 'predict', 'acknowledge', 'admit', 'contend', 'assert', 'maintain', 'reiterate']);

/** If the subject of cue `m` is itself the start of a speech verb's object (`Trump says he predicts "…"`), take the outer speaker. */
function outerCue(tokens: readonly Token[], m: CueMatch, floor: number): CueMatch {
  let cur = m;
  for (let depth = 0; depth < 2 && cur.mention; depth++) {
    let i = indexAfter(tokens, cur.mention.start) - 1;
    if (tokens[i]?.lower === 'that') i = objectBack(tokens, i - 1, floor);
    const t = tokens[i];
    const b = cueBase(t);
    if (!t || !b || !OUTER_CUES.has(b) || isParticiple(t) || i <= floor) break;
    const subjEnd = skipFillersBack(tokens, i, floor);
    const outer = relativeSubject(tokens, subjEnd, floor) ?? (tokens[subjEnd - 1]?.lower === 'and' ? null : mentionBefore(tokens, subjEnd, floor));
    if (!outer) break;
    cur = { mention: outer, cue: i, cueEnd: i + 1, end: m.end, how: 'left' };
  }
  return cur;
}

/** Parenthetical adverbs set off by commas between a cue and its clause: `He said, however, that …`. */
const PARENTHETICAL = /^(?:however|though|too|also|again|instead|meanwhile|moreover|nonetheless|nevertheless|separately|further|still|\p{Ll}+ly)$/u;

/**
 * From the word before a complementiser `that`, step back over the cue's object and adjuncts (`told ABC's "This Week"`,
 * `said on Sunday`, `said, however,`) to a speech verb; returns its index, or `at` when none is found.
 */
function objectBack(tokens: readonly Token[], at: number, floor: number): number {
  for (let i = at; i > floor && i > at - 9; i--) {
    const t = tokens[i];
    if (t.text === ',') {
      if (i - 2 > floor && tokens[i - 1].kind === 'word' && PARENTHETICAL.test(tokens[i - 1].lower) && tokens[i - 2].text === ',') { i -= 2; continue; }
      return at;
    }
    if (t.kind === 'quote') continue;
    if (t.kind !== 'word' || NP_STOP_BACK.test(t.lower)) return at;
    const b = cueVerb(tokens, i);
    if (b) return OUTER_CUES.has(b) && !isParticiple(t) ? i : at;
  }
  return at;
}

/** Words that end the backward walk: another clause or a relative pronoun comes in between. */
const NP_STOP_BACK = /^(?:that|which|who|whom|whose|and|or|but|because|if|when|while|although|though|is|was|were|are|be|been|has|have|had|not)$/;

const PREPOSITIONS = /^(?:with|of|by|to|from|against|for|about|on|at|in|than|between|after|before|over|under|during|into|like|near|across|outside|inside|through|throughout|within|without|among|amid|toward|towards|per|via)$/;

/** The sentence's subject, for a participial cue or a partial quote with no cue: a speaker phrase followed by its verb. */
export function sentenceSubject(tokens: readonly Token[], sentenceStart: number, q: number): Mention | null {
  const from = mainClauseStart(tokens, Math.max(sentenceStart, q - 150, 0), q);
  for (let i = from; i < q; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const prev = i > sentenceStart ? tokens[i - 1] : null;
    if (prev && (prev.kind === 'word' && PREPOSITIONS.test(prev.lower) || prev.kind === 'quote')) continue;
    // `Thus, in the debate last week, candidates referred to "ISIS"`: a bare plural source noun opening the main clause
    const barePlural = !t.cap && i === from && from > sentenceStart && /[^s]s$/.test(t.lower) && tokens[i + 1]?.kind === 'word' && !tokens[i + 1].cap;
    if (!t.cap && !barePlural && !PRONOUNS.has(pronounOf(t.lower)) && !/^(?:the|a|an|his|her|their|its)$/.test(t.lower)) continue;
    let m = mentionAfter(tokens, i, q, false);
    if (!m || verbInside(tokens, m) || m.kind === 'name' && lowercaseInside(tokens, m)) m = shortSubject(tokens, i, q);
    // `it` is a subject only right after an opening adverbial (`Although the IMF did not name him, it referenced …`)
    if (!m || m.kind === 'pronoun' && m.head === 'it' && !(i === from && from > sentenceStart && t.lower === 'it' && !EXPLETIVE_AFTER_IT.test(tokens[i + 1]?.lower ?? ''))) continue;
    let n = indexAfter(tokens, m.end);
    // an appositive or two: "Silverman, herself a supporter, incurred", "Reid (D-Nev.), in particular, has been"
    for (let round = 0; round < 2 && (tokens[n]?.text === ',' || tokens[n]?.text === '('); round++) {
      const close = tokens[n].text === ',' ? ',' : ')';
      let j = n + 1;
      while (j < q && j < n + 30 && tokens[j].text !== close) j++;
      if (tokens[j]?.text !== close) break;
      n = j + 1;
    }
    const next = tokens[n];
    if (next && next.kind === 'word' && !next.cap) return m;
  }
  return null;
}

/** Verbs after an expletive `it` (`it is time`, `it seems`): no speaker. */
const EXPLETIVE_AFTER_IT = /^(?:is|was|would|will|seems|seemed|appears|appeared|may|might|could|can|should|has|had|must|remains|becomes|became|takes|took|makes|made|'s|\u2019s)$/;

/** An opening adverbial (`In response to …,`, `When Trump spoke,`, `Hours later,`): the main clause starts after its comma. */
const INTRO = /^(?:in|of|after|when|whenever|while|as|although|though|since|because|if|before|during|despite|following|unlike|like|until|once|with|without|at|on|for|from|over|under|amid|asked|speaking|hours|days|weeks|months|years|minutes|moments|later|earlier|meanwhile|still|then|now|instead|indeed|however|yet|by|upon|throughout|within|given|to|even|just|shortly|last|this|back|outside|inside|across|late|early|next)$/;

const LONE_ADVERB = /^(?:then|now|still|meanwhile|however|yet|instead|indeed|later|earlier|also|even|just|thus)$/;

/** `Reading from a prepared text, Carson …`, `Reached by phone, Lund …`: a capitalised participle opens an adverbial clause. */
function openingParticiple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const n = tokens[i + 1];
  if (!t.cap || t.lower.length < 6 || !/(?:ing|ed)$/.test(t.lower) || !n || n.kind !== 'word' || n.cap || cueBase(n)) return false;
  return !NOT_PARTICIPLE.test(t.lower);
}

/** Capitalised words ending in -ing/-ed that open a clause as nouns or prepositions, not participles. */
const NOT_PARTICIPLE = /^(?:during|according|including|regarding|concerning|following|notwithstanding|nothing|something|everything|anything|evening|morning|meeting|building|spending|funding|polling|housing|training|shooting|bombing|hearing|ruling|briefing|wedding|feeling|thinking|reporting|something|united)$/;

/** `Eight years ago,` / `Two days later,`: a number and a time noun open an adverbial. */
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many|\d+)$/;
const TIME_NOUN = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|nights?|mornings?)$/;

function mainClauseStart(tokens: readonly Token[], start: number, q: number): number {
  let from = start;
  // `And although he thanked …, he sounded …`: a coordinator before the adverbial
  if (tokens[from]?.kind === 'word' && /^(?:and|but|so|yet|or)$/.test(tokens[from].lower) && tokens[from + 1]?.kind === 'word' && from + 1 < q) from++;
  let t = tokens[from];
  if (!t || t.kind !== 'word') return start;
  if (from > start && !INTRO.test(t.lower) && !openingParticiple(tokens, from)) return start;
  // `Then he cut into Bush, calling …`: a lone adverb, not an adverbial clause up to a comma; but `even if …,` /
  // `just as …,` open one
  if (LONE_ADVERB.test(t.lower) && tokens[from + 1]?.text !== ',') {
    if (!/^(?:if|though|when|as|while|before|after|because|since|so)$/.test(tokens[from + 1]?.lower ?? '')) return from + 1;
    t = tokens[++from];
  }
  // `Immediately after the attacks, Trump …`: an opening -ly adverb followed by a phrase up to a comma
  const lyAdverb = t.cap && /^\p{Lu}\p{Ll}{3,}ly$/u.test(t.text) && tokens[from + 1]?.kind === 'word' && !tokens[from + 1].cap;
  if (!INTRO.test(t.lower) && !lyAdverb && !(NUMBER_WORD.test(t.lower) && TIME_NOUN.test(tokens[from + 1]?.lower ?? '')) && !openingParticiple(tokens, from)) return from;
  let first = -1;
  for (let i = from + 1; i < q && i < from + 30; i++) {
    if (tokens[i].kind === 'quote') return first > 0 ? first : from;
    if (tokens[i].text !== ',') continue;
    if (first < 0) first = i + 1;
    // `In a wide-ranging, in-prison interview with Rosca last year, Lazar said`: a comma inside the adverbial (a
    // lowercase word follows it) does not end it; the main clause opens with a name, a pronoun or a determiner
    const n = tokens[i + 1];
    // `Speaking at a town hall in Salem, New Hampshire, Trump …`: a state after the town is still the adverbial
    if (n?.cap && stateAfterComma(tokens, i + 1, q)) continue;
    if (!n || n.kind !== 'word' || n.cap || PRONOUNS.has(pronounOf(n.lower)) || DETERMINER_RE.test(n.lower)) return i + 1;
  }
  return first > 0 ? first : from;
}

/** US states (full, postal and AP forms): `Salem, N.H.,`, `Berea, OH,`, `Dunmore, Pennsylvania,`. */
const US_STATE = new Set([...US_STATE_NAMES, ...(
  'new_hampshire new_jersey new_mexico new_york north_carolina north_dakota south_carolina south_dakota rhode_island west_virginia ' +
  'al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy ' +
  'ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. kans. ky. la. md. mass. mich. minn. miss. mo. mont. neb. nev. n.h. n.j. n.m. ' +
  'n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. tenn. tex. vt. va. wash. w.va. wis. wyo. d.c.').split(' ')]);

/** Does a state name (one or two words) followed by a comma start at token `i`? */
function stateAfterComma(tokens: readonly Token[], i: number, q: number): boolean {
  const one = tokens[i];
  if (!one || one.kind !== 'word') return false;
  const two = tokens[i + 1];
  const key = one.text.length === 2 && one.text !== one.text.toUpperCase() ? '' : one.lower; // postal codes in capitals only
  if (US_STATE.has(key) && tokens[i + 1]?.text === ',' && i + 1 < q) return true;
  return two?.kind === 'word' && two.cap && US_STATE.has(`${one.lower}_${two.lower}`) && tokens[i + 2]?.text === ',' && i + 2 < q;
}

/** `Clinton seemed …`, `The former governor struck …`: the shortest speaker phrase at `i` that a lowercase word follows. */
function shortSubject(tokens: readonly Token[], i: number, q: number): Mention | null {
  for (let j = i + 1; j < q && j <= i + 5; j++) {
    const next = tokens[j];
    if (next.kind !== 'word') return null;
    if (next.cap || DETERMINER_RE.test(next.lower) && j === i + 1) continue;
    const m = parseMention(tokens, i, j, false);
    // `The Florida senator sought …`: the lowercase word is the phrase's head noun, not its verb
    const longer = m && m.kind === 'name' && tokens[i].kind === 'word' && DETERMINER_RE.test(tokens[i].lower) ? parseMention(tokens, i, j + 1, false) : null;
    if (longer?.kind === 'nominal') return longer;
    if (m) return m;
    if (!tokens[i].cap || DETERMINER_RE.test(tokens[i].lower)) continue;
    return null;
  }
  return null;
}

const DETERMINER_RE = /^(?:the|a|an|his|her|their|its)$/;

/**
 * `"You squeezed employees" to drive up the price, she said, referencing "…"`: a reporting clause set off by commas
 * (`, she said,`) later in the sentence, before another quotation, attributes the quotation before it.
 */
function asideCue(tokens: readonly Token[], q: number, stop: number): CueMatch | null {
  if (!tokens[q + 1] || tokens[q + 1].cap) return null; // a capital after the quotation opens the next sentence
  for (let c = q + 2; c < stop && c < tokens.length; c++) {
    // `, she said,` — or a quoted phrase whose comma is inside its marks (`''…,'' he said,`)
    if (tokens[c].text !== ',' && tokens[c].kind !== 'quote' || tokens[c + 1]?.kind !== 'word') continue;
    // `Any "cleareyed" reading of his actions, said Michael Kofman, an expert on Russia, would …`: an inverted aside
    const ib = tokens[c].text === ',' ? cueBase(tokens[c + 1]) : null;
    if (ib && INVERTING_CUES.has(ib) && !isParticiple(tokens[c + 1])) {
      const named = mentionAfter(tokens, c + 2, stop, false);
      const after = named ? tokens[indexAfter(tokens, named.end)] : undefined;
      if (named && named.kind === 'name' && after?.text === ',') return { mention: named, cue: c + 1, cueEnd: c + 2, end: c + 2, how: 'right' };
    }
    const m = mentionAfter(tokens, c + 1, stop, false);
    // `, her advisers said Friday,`: a determiner nominal too, and one day word after the cue
    if (!m || m.kind === 'nominal' && !/^(?:the|his|her|their)$/.test(tokens[c + 1].lower)) continue;
    const v = indexAfter(tokens, m.end);
    const b = cueBase(tokens[v]);
    if (!b || !INVERTING_CUES.has(b) || isParticiple(tokens[v])) continue;
    const w = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/.test(tokens[v + 1]?.lower ?? '') ? v + 2 : v + 1;
    if (tokens[w]?.text === ',' || tokens[w] && isSentenceEnd(tokens[w])) return { mention: m, cue: v, cueEnd: v + 1, end: v + 1, how: 'right' };
  }
  return null;
}

/** `…, the lawsuit alleges.` / `…, said Smith.` closing the sentence that holds the quotation. */
export function tailCue(tokens: readonly Token[], q: number): CueMatch | null {
  let end = q + 1;
  while (end < tokens.length && end < q + 80 && !isSentenceEnd(tokens[end]) && tokens[end].kind !== 'quote') end++;
  const stop = end;
  // `Fundraising was "stagnant" as donors waited to see how a "turbulent" cycle played out, he said.`: the closing
  // reporting clause (or a `, he said,` aside) also covers a quoted phrase between, inside the running sentence
  for (let hop = 0; hop < 2 && tokens[end]?.kind === 'quote' && tokens[end - 1]?.kind === 'word' && tokens[end + 1]?.kind === 'word'; hop++) {
    let e = end + 1;
    while (e < tokens.length && e < q + 80 && !isSentenceEnd(tokens[e]) && tokens[e].kind !== 'quote') e++;
    end = e;
  }
  if (end >= tokens.length || !isSentenceEnd(tokens[end])) return asideCue(tokens, q, stop) ?? (end > stop ? asideCue(tokens, q, end) : null);
  const last = end - 1;
  // `…, the lawsuit alleges.`
  if (cueBase(tokens[last]) && !isParticiple(tokens[last])) {
    const stop = skipFillersBack(tokens, last, q + 1);
    const m = mentionBefore(tokens, stop, q + 1);
    if (m && tokens[indexAfter(tokens, m.start) - 1]?.text === ',') return { mention: m, cue: last, cueEnd: last + 1, end, how: 'right' };
  }
  // `…, Republican candidate Ben Carson said after the attacks.`: the closing clause with a short adjunct after its cue
  for (let c = last - 1; c > q + 1 && c >= last - 9; c--) {
    const t = tokens[c];
    if (t.kind !== 'word') break;
    if (!cueBase(t) || isParticiple(t) || !TAIL_ADJUNCT.test(tokens[c + 1].lower)) continue;
    const stop = skipFillersBack(tokens, c, q + 1);
    const m = mentionBefore(tokens, stop, q + 1);
    const at = m ? indexAfter(tokens, m.start) : -1;
    if (m && (m.kind !== 'nominal' || DETERMINER_RE.test(tokens[at]?.lower ?? '')) && tokens[at - 1]?.text === ',') return { mention: m, cue: c, cueEnd: c + 1, end, how: 'right' };
    break;
  }
  // `…, said Smith.` / `…, said David Marsh, an analyst at the Harbour Institute.`
  let commas = 0;
  for (let c = end - 1; c > q + 1 && c > end - 40; c--) {
    if (tokens[c].text !== ',') continue;
    const b = cueBase(tokens[c + 1]);
    if (b && INVERTING_CUES.has(b)) {
      const m = mentionAfter(tokens, c + 2, end);
      if (!m) return null;
      const after = indexAfter(tokens, m.end);
      if (after === end || commas > 0 && m.kind === 'name' && tokens[after]?.text === ',' && tokens[after + 1]?.kind === 'word') {
        return { mention: m, cue: c + 1, cueEnd: c + 2, end, how: 'right' };
      }
      return null;
    }
    if (++commas > 2) break;
  }
  // `''…'' income, he said, rather than from deductions`: a reporting aside in the middle of the sentence
  return asideCue(tokens, q, stop) ?? (end > stop ? asideCue(tokens, q, end) : null);
}

/** Words opening a short adjunct after a closing cue: `said after the attacks`, `wrote in a court filing`, `said Friday`. */
const TAIL_ADJUNCT = /^(?:on|in|at|during|after|before|this|last|late|early|by|from|to|with|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|recently|later|earlier)$/;

/** Nouns for something said: `his claim that "…"`, `Trump's call for "…"`, `her assertion during the debate that "…"`. */
const SPEECH_NOUN = /^(?:claims?|assertions?|calls?|statements?|arguments?|comments?|remarks?|suggestions?|promises?|pledges?|vows?|descriptions?|characterizations?|insistence|declarations?|warnings?|accusations?|charges?|contentions?|words|messages?|slogans?|quips?|jokes?|boasts?|complaints?|criticisms?|responses?|answers?|replies|predictions?|proposals?|demands?|mangling|references?|embrace|dictum|attacks?|tweets?|speech|pleas?|rhetoric|denunciations?|labels?|assessments?|admissions?|concessions?|announcements?|explanations?|insults?|jabs?|dismissal|refusal|description|mantra|catchphrase|motto|vision|plans?)$/;

const POSSESSIVE_PRONOUN: Record<string, 'he' | 'she' | 'they' | 'it'> = { his: 'he', her: 'she', their: 'they', its: 'it' };

/**
 * `… rallied young people with his calls to end the "rigged economy"`, `Carson's mangling of "Hamas"`: a possessor
 * before a noun for speech, right before the quotation, is its source. The mention is the possessive word itself.
 */
export function possessiveSource(tokens: readonly Token[], q: number, sentenceStart: number): Mention | null {
  for (let i = q - 1; i >= sentenceStart && i >= q - 7; i--) {
    const t = tokens[i];
    if (t.kind === 'quote' || isSentenceEnd(t) || cueVerb(tokens, i) && !SPEECH_NOUN.test(t.lower)) return null;
    if (t.kind !== 'word' || !SPEECH_NOUN.test(t.lower)) continue;
    // the quotation complements the noun (`claim that "…"`, `mangling of "…"`), it is not the predicate (`comments "are …"`)
    if (i === q - 1 || !/^(?:that|of|to|for|about|on|as|against|in|with)$/.test(tokens[i + 1].lower)) return null;
    for (let j = i - 1; j >= sentenceStart && j >= i - 4; j--) {
      const p = tokens[j];
      if (p.kind !== 'word') break;
      const pro = POSSESSIVE_PRONOUN[p.lower];
      if (pro) return judgedBy(tokens, j, sentenceStart) ? null : { kind: 'pronoun', start: p.start, end: p.end, text: p.text, name: '', descriptors: [], head: pro, plural: pro === 'they' };
      if (p.cap && /['\u2019]s?$/.test(p.text) && p.text.length > 2) {
        let a = j;
        while (a - 1 >= sentenceStart && tokens[a - 1].kind === 'word' && tokens[a - 1].cap && j - a < 4) a--;
        if (judgedBy(tokens, a, sentenceStart)) return null;
        const m = parseMention(tokens, a, j + 1, false);
        return m && m.kind === 'name' ? m : null;
      }
      if (p.cap || DETERMINER_RE.test(p.lower) || /^(?:this|that|these|those|a|an|my|our|your)$/.test(p.lower)) break;
    }
  }
  return null;
}

/**
 * `Ryan called Trump's remarks "racist"`, `In declaring Trump's statements "not Christian," the pope …`: the possessor's
 * speech is the object of a cue verb just before it (role words between), so the verb's subject is the source.
 */
function judgedBy(tokens: readonly Token[], a: number, floor: number): boolean {
  for (let i = a - 1; i >= floor && i >= a - 4; i--) {
    const t = tokens[i];
    if (t.kind !== 'word') return false;
    if (cueVerb(tokens, i)) return true;
    if (!t.cap && !/^(?:presidential|candidate|nominee|rival|opponent|former|senator|governor|president|the)$/.test(t.lower)) return false;
  }
  return false;
}

/** `the Harbour Trust chief executive`: words only, no cue verb, opening with a determiner or a capital. */
function rolePhrase(tokens: readonly Token[], a: number, b: number): boolean {
  if (b <= a || !(tokens[a].cap || DETERMINER_RE.test(tokens[a].lower))) return false;
  for (let i = a; i < b; i++) if (tokens[i].kind !== 'word' || cueBase(tokens[i])) return false;
  return true;
}

/**
 * `As the Post's Ruth Marcus puts it, Obama is trying to make Republicans "…"`: an opening `As S <speech verb>` clause
 * attributes the quotation in the main clause, when no other cue comes between that clause and the quotation.
 */
export function asOpening(tokens: readonly Token[], sentenceStart: number, q: number): CueMatch | null {
  let a = sentenceStart;
  if (tokens[a]?.kind === 'word' && /^(?:and|but|so|yet)$/.test(tokens[a].lower)) a++;
  if (tokens[a]?.lower !== 'as' || tokens[a + 1]?.kind !== 'word') return null;
  for (let c = a + 2; c < q && c < a + 25; c++) {
    const t = tokens[c];
    if (t.kind === 'quote' || isSentenceEnd(t)) return null;
    const b = cueBase(t);
    if (!b || isParticiple(t)) continue;
    const m = mentionBefore(tokens, skipFillersBack(tokens, c, a + 1), a + 1, false);
    if (!m) return null;
    // `As the Harbour Trust chief, Jonas Aalto, put it, "…"`: the name after a role phrase set off by commas
    const ms = indexAfter(tokens, m.start);
    if (ms !== a + 1 && !(m.kind === 'name' && tokens[ms - 1]?.text === ',' && ms - a <= 9 && rolePhrase(tokens, a + 1, ms - 1))) return null;
    let e = c + 1;
    while (e < q && tokens[e].text !== ',') {
      if (tokens[e].kind === 'quote' || isSentenceEnd(tokens[e])) return null;
      e++;
    }
    for (let i = e + 1; i < q; i++) if (cueVerb(tokens, i) || tokens[i].lower === 'according') return null;
    return e < q ? { mention: m, cue: c, cueEnd: c + 1, end: e, how: 'left' } : null;
  }
  return null;
}

