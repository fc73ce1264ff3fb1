// The tense of the clause around an expression (past, present, future), read from the nearest verb marker.

import { GAP_LINE, GAP_NONE, GAP_PARAGRAPH, NUMBER, PUNCT, WORD, lowerAt, type Tokens } from './tokens';

export type Tense = 'past' | 'present' | 'future' | null;

const FUTURE = new Set(['will', 'shall', 'upcoming', 'tomorrow', 'could', 'might', 'should', 'must', 'gonna', 'intends', 'intend', 'aims', 'vows', 'vowed', 'pledged', 'promised', 'threatens', 'scheduled', 'rescheduled', 'slated', 'postponed', 'expected', 'payable', 'expire', 'expires', 'effective']);
const FUTURE_AFTER_BE = new Set(['due', 'scheduled', 'slated', 'expected', 'set', 'poised', 'likely', 'going', 'planning', 'preparing', 'about', 'to', 'planned']);
const FUTURE_BEFORE_TO = new Set(['plans', 'plan', 'planned', 'scheduled', 'expected', 'set', 'due', 'slated', 'poised', 'going', 'hopes', 'wants', 'aims', 'intends', 'prepares', 'preparing', 'planning']);
const BE_PRESENT = new Set(['is', 'are', 'am', "'re", 'be']);
const PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'ago', 'yesterday', 'met', 'held', 'made', 'took', 'gave', 'went', 'came',
  'saw', 'began', 'left', 'found', 'knew', 'thought', 'brought', 'got', 'spoke', 'wrote', 'became', 'fell', 'rose',
  'won', 'lost', 'sent', 'struck', 'shot', 'ran', 'led', 'fought', 'flew', 'paid', 'sold', 'bought', 'built', 'kept',
  'felt', 'heard', 'stood', 'sat', 'drove', 'broke', 'chose', 'drew', 'ate', 'hid', 'rode', 'rang', 'sang', 'sank',
  'slept', 'stole', 'swore', 'threw', 'woke', 'wore', 'spent', 'lent', 'meant', 'caught', 'taught', 'sought', 'fled',
  'withdrew', 'arose', 'forgot', 'froze', 'dealt', 'hung', 'laid', 'overtook', 'undertook', 'beat', 'bore', 'shook',
  'swept', 'slid', 'spun', 'struck', 'tore', 'understood', 'upheld', 'wept', 'won', 'wound', 'ago', 'last', 'earlier',
  'since', 'previously', 'recently', 'has', 'have', 'been',
]);
const PRESENT = new Set(['is', 'are', 'am', 'says', 'say', 'does', 'do', 'remains', 'remain', 'now', 'currently', 'today', 'nears', 'approaches', 'looms']);
/**
 * Present-tense verbs of scheduled events ("the leaders meet Monday", "the trial opens Tuesday"): a weekday beside
 * them is ahead. Bare forms count only after a subject, never after an auxiliary, "to" or a negation.
 */
const SCHEDULED_PRESENT = new Set([
  'meets', 'begins', 'starts', 'opens', 'resumes', 'arrives', 'leaves', 'travels', 'visits', 'convenes', 'reconvenes',
  'testifies', 'kicks', 'wraps', 'concludes', 'goes', 'airs', 'ends', 'closes', 'expires', 'debuts', 'premieres', 'heads',
  'returns', 'faces',
]);
const SCHEDULED_BARE = new Set(['meet', 'begin', 'resume', 'convene', 'reconvene', 'testify', 'travel', 'arrive', 'depart']);
const NOT_SUBJECT = new Set([
  'to', 'not', "n't", 't', 'never', 'did', 'do', 'does', 'can', 'could', 'would', 'should', 'might', 'must', 'may', 'will',
  'shall', 'and', 'or', 'cannot', 'let', 'help', 'also', 'then',
]);

/** Verbs a news source declines to use: "wouldn't say", "declined to comment". */
const REFUSED = new Set(['say', 'comment', 'elaborate', 'discuss', 'specify', 'disclose', 'confirm', 'speculate']);

/** The verb at k follows "wouldn't", "would not", "declined to" or "refused to". */
function refusal(t: Tokens, k: number): boolean {
  const prev = k > 0 ? lowerAt(t, k - 1) : '';
  if (prev === 'to') return k > 1 && (lowerAt(t, k - 2) === 'declined' || lowerAt(t, k - 2) === 'refused');
  if (prev === 'not') return k > 1 && lowerAt(t, k - 2) === 'would';
  return prev === 't' && k > 2 && lowerAt(t, k - 3) === 'wouldn';
}

const IF_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);

/** Present-tense markers that are also bare infinitives. */
const BARE_PRESENT = new Set(['say', 'do', 'remain']);

const NOT_VERBS_ED = new Set([
  'hundred', 'indeed', 'need', 'proceed', 'exceed', 'succeed', 'speed', 'feed', 'seed', 'bred', 'shed', 'naked',
  'wicked', 'sacred', 'kindred', 'red', 'bed', 'led', 'fled', 'wed', 'sled', 'creed', 'greed', 'breed', 'deed', 'weed',
  'embed', 'steed', 'united', 'limited', 'related', 'based', 'armed', 'detailed', 'advanced', 'skilled', 'required',
]);
/** Words before "planned" that make it an adverbial of an event that kept to its plan ("as planned"). */
const PLAN_KEPT = new Set(['as', 'previously', 'originally', 'initially', 'already', 'long']);

/** Words that open another clause, whose verb does not govern the date. */
const CLAUSE_STARTS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though']);
const BOUNDARIES = new Set(['.', '!', '?', ';', '"', '\u201c', '\u201d', '\u00ab', '\u00bb']);

/** Titles and short forms whose period does not end a sentence ("the Rev. Al Sharpton", "U.S. forces"). */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'rev', 'gov', 'sen', 'rep', 'gen', 'col', 'lt', 'sgt', 'capt', 'st', 'jr', 'sr', 'u', 's', 'n', 'y', 'd', 'r', 'no', 'vs']);

/**
 * Short forms that may also end a sentence (AP state names, months, company suffixes): "Birmingham, Ala., killed",
 * "Acme Corp. said", "on Oct. 5 and": their period ends the sentence only when a capitalised word follows.
 */
const MID_ABBREVIATIONS = new Set([
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich',
  'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'va', 'vt', 'wash', 'wis', 'wyo', 'j', 'h', 'm',
  'c', 'jan', 'feb', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'corp', 'inc', 'co', 'ltd', 'bros', 'cos', 'prof', 'ft', 'mt',
]);

/** Token k is the period of an abbreviation followed by more of the sentence, or a decimal point ("$1.2 million"). */
export function abbreviationDot(t: Tokens, k: number): boolean {
  if (lowerAt(t, k) !== '.' || k === 0 || k + 1 >= t.count || t.gap[k] !== GAP_NONE) return false;
  if (t.kind[k - 1] === NUMBER && t.kind[k + 1] === NUMBER && t.gap[k + 1] === GAP_NONE) return true;
  if (t.kind[k - 1] !== WORD || t.gap[k + 1] >= GAP_LINE) return false;
  // Initials: "E.U.", "U.N.", "D.C.", "John F. Kennedy"'s F. before another letter.
  if (t.end[k - 1] - t.start[k - 1] === 1 && t.kind[k + 1] === WORD && t.end[k + 1] - t.start[k + 1] === 1 && t.gap[k + 1] === GAP_NONE) return true;
  const w = lowerAt(t, k - 1);
  if (ABBREVIATIONS.has(w)) return true;
  if (!MID_ABBREVIATIONS.has(w)) return false;
  const c = t.text.charCodeAt(t.start[k + 1]);
  return t.kind[k + 1] !== WORD || !(c >= 65 && c <= 90);
}

/** Token k is part of a typewriter quote mark: "``" or "''" (wire copy writes quotes so). */
function asciiQuote(t: Tokens, k: number): boolean {
  const w = lowerAt(t, k);
  if (w === '`') return true;
  if (w !== "'") return false;
  return k + 1 < t.count && t.gap[k + 1] === GAP_NONE && lowerAt(t, k + 1) === "'" || k > 0 && t.gap[k] === GAP_NONE && lowerAt(t, k - 1) === "'";
}

/** Verbs of saying: they date the report, not a month or season named beside them ("in early March, an official said"). */
const REPORTING = new Set(['said', 'says', 'say', 'told', 'tells', 'according']);

const REPORTING_PREPOSITIONS = new Set(['in', 'during', 'last', 'this', 'at']);

/** A tense marker and how sure it is: a regular -ed form may be an adjective ("preferred shares"). */
interface Marker {
  tense: Tense;
  weak: boolean;
}

const WEAK_PENALTY = 3;

function markerAt(t: Tokens, k: number, dayLevel: boolean, left: boolean): Marker | null {
  const tense = marker(t, k, dayLevel, left);
  if (!tense) return null;
  const w = lowerAt(t, k);
  const weak = tense === 'past' && w.endsWith('ed') && !PAST.has(w);
  return { tense, weak };
}

/** "had been due to expire", "had planned to": a future seen from an earlier past is itself past. */
function afterHad(t: Tokens, k: number): boolean {
  for (let d = 1; d <= 4 && k - d >= 0; d++) {
    const w = lowerAt(t, k - d);
    if (w === 'had' || w === 'hadn' || w === "'d" && d === 1) return true;
    if (t.kind[k - d] === PUNCT && w !== "'") return false;
  }
  return false;
}

/** Past participles not in PAST and not ending in -ed/-en/-wn. */
const PARTICIPLES = new Set(['gone', 'done', 'begun', 'run', 'come', 'become', 'sung', 'sunk', 'hit', 'put', 'set', 'cut', 'let', 'quit', 'shut', 'spread', 'hurt', 'cost', 'read', 'had']);

const MODALS_PERFECT = new Set(['could', 'would', 'should', 'might', 'must', 'may']);

/** Modal k is followed (after "not" / "n't") by "have" and a participle: "could not have been", "would've won". */
function modalPerfect(t: Tokens, k: number): boolean {
  let j = k + 1;
  if (lowerAt(t, j) === 'not') j++;
  else if (lowerAt(t, j) === 'n' && lowerAt(t, j + 1) === "'" && lowerAt(t, j + 2) === 't') j += 3;
  if (lowerAt(t, j) === "'" && lowerAt(t, j + 1) === 've') j += 2;
  else if (lowerAt(t, j) === 'have') j++;
  else return false;
  // A participle follows ("have been", "have won", "have happened"), not an object ("must have its teams ready"); or
  // nothing does ("the spoiler he could have Tuesday").
  if (j >= t.count || t.kind[j] !== WORD || (c => c >= 65 && c <= 90)(t.text.charCodeAt(t.start[j]))) return true;
  const p = lowerAt(t, j);
  return PAST.has(p) || PARTICIPLES.has(p) || p.length > 3 && (p.endsWith('ed') || p.endsWith('en') || p.endsWith('wn'));
}

/** Verbs of the news idiom "could not be reached (for comment)": a failed attempt, already made. */
const REACH_VERBS = new Set(['reached', 'located', 'contacted', 'found']);

/** "could (not) be reached/located Wednesday": the attempt is past, whatever "could" says elsewhere. */
function reachAttempt(t: Tokens, k: number): boolean {
  for (let d = 1; d <= 4 && k + d < t.count; d++) if (REACH_VERBS.has(lowerAt(t, k + d))) return true;
  return false;
}

const DETERMINERS = new Set(['the', 'a', 'an']);

/** A regular -ed form inside a noun phrase: "the preferred shares", "a still unspecified date", "a newly created unit". */
function adjectival(t: Tokens, k: number): boolean {
  const prev = k > 0 ? lowerAt(t, k - 1) : '';
  if (DETERMINERS.has(prev)) return true;
  return k > 1 && (prev === 'still' || prev === 'yet' || prev.length > 4 && prev.endsWith('ly')) && DETERMINERS.has(lowerAt(t, k - 2));
}

function marker(t: Tokens, k: number, dayLevel: boolean, left: boolean): Tense {
  const tense = baseMarker(t, k, dayLevel, left);
  return tense === 'future' && afterHad(t, k) ? 'past' : tense;
}

function baseMarker(t: Tokens, k: number, dayLevel: boolean, left: boolean): Tense {
  const w = lowerAt(t, k);
  const next = k + 1 < t.count ? lowerAt(t, k + 1) : '';
  // A verb of saying dates a month only when the month is its own phrase ("she said in December").
  if (!dayLevel && REPORTING.has(w)) return left && REPORTING_PREPOSITIONS.has(next) && w !== 'according' && !w.endsWith('s') ? 'past' : null;
  const prev = k > 0 ? lowerAt(t, k - 1) : '';
  if (w === 'could' && reachAttempt(t, k)) return 'past';
  // "could not have been", "would have won", "must have left": a modal perfect looks back.
  if (MODALS_PERFECT.has(w) && modalPerfect(t, k)) return 'past';
  if (w === 'may' && t.text.charCodeAt(t.start[k]) !== 77) return 'future';
  if (FUTURE.has(w)) return 'future';
  if (w === 'll' && prev === "'") return 'future';
  if (w === 'won' && next === "'") return 'future';
  // "was about to", "is going to" (not "was about 35%", "is going well").
  if (FUTURE_AFTER_BE.has(w) && (BE_PRESENT.has(prev) || prev === 'was' || prev === 'were') && (next === 'to' || w !== 'about' && w !== 'going')) return 'future';
  if (w === 'soon' || w === 'early') return prev === 'as' ? 'future' : null;
  // A plan reported in the past tense: a date after it is the planned event, still ahead ("they planned to leave on
  // Thursday", "protesters planned a march on Saturday"); a date before it dates the planning ("On Friday, the
  // government planned to pay").
  // "as (previously) planned" only says the event kept to its plan.
  if (w === 'planned' && !BE_PRESENT.has(prev) && prev !== 'be' && prev !== 'been') return left && !PLAN_KEPT.has(prev) ? 'future' : 'past';
  if (FUTURE_BEFORE_TO.has(w) && next === 'to') return 'future';
  if (w === 'would') return 'future';
  // "the law takes effect Jan. 1", "goes into effect": a present tense that schedules.
  if (w === 'effect' && (prev === 'takes' || prev === 'take' || prev === 'into' && k >= 2 && (lowerAt(t, k - 2) === 'goes' || lowerAt(t, k - 2) === 'go'))) return 'future';
  // "has to", "have to": an obligation, still ahead; otherwise the perfect.
  if (w === 'has' || w === 'have') {
    if (next === 'to') return 'future';
    // After a modal or "to", "have" is possession or a modal perfect, which the modal itself reads.
    return MODALS_PERFECT.has(prev) || prev === 'will' || prev === 'to' || prev === 'not' && k > 1 && MODALS_PERFECT.has(lowerAt(t, k - 2)) ? null : 'past';
  }
  // "will last into January", "expected to last": the verb, not the "last" of "last year".
  if (w === 'last' && (MODALS_PERFECT.has(prev) || prev === 'will' || prev === 'll' || prev === 'to')) return null;
  // "how ties would fare if he won the election on Nov. 8": a past form after "if" and a pronoun is a hypothesis.
  if (k > 1 && lowerAt(t, k - 2) === 'if' && IF_SUBJECTS.has(prev)) return null;
  const passive = prev === 'be' || prev === 'been' || prev === 'being';
  if (PAST.has(w)) return passive ? null : BE_PRESENT.has(prev) && w !== 'been' ? 'present' : 'past';
  // "wouldn't say Tuesday how…", "declined to comment on Monday": a refusal already made.
  if (REFUSED.has(w) && refusal(t, k)) return 'past';
  // "his now-familiar promise": "now" in a compound adjective is no verb marker; a bare "say", "do" or "remain" after
  // "to", a modal or a negation ("will do well in Tuesday's primary") is no present tense.
  if (PRESENT.has(w)) {
    if (w === 'now' && next === '-' && t.gap[k + 1] === GAP_NONE) return null;
    return BARE_PRESENT.has(w) && NOT_SUBJECT.has(prev) ? null : 'present';
  }
  // Only before the date: after it such a verb usually starts another clause ("reached on Saturday still leaves").
  if (dayLevel && left && (SCHEDULED_PRESENT.has(w) || SCHEDULED_BARE.has(w) && k > 0 && t.kind[k - 1] === WORD && !NOT_SUBJECT.has(prev))) return 'present';
  if (w.length >= 5 && w.endsWith('ed') && !NOT_VERBS_ED.has(w) && !adjectival(t, k)) {
    if (passive) return null;
    if (BE_PRESENT.has(prev)) return 'present';
    return 'past';
  }
  return null;
}

/** Token k ("and") joins two capitalised words of one name ("the Abortion and Reproductive Rights League"). */
function inName(t: Tokens, k: number): boolean {
  const cap = (j: number) => j >= 0 && j < t.count && t.kind[j] === WORD && (c => c >= 65 && c <= 90)(t.text.charCodeAt(t.start[j]));
  return cap(k - 1) && cap(k + 1);
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whose']);
/** Past-tense verbs of pledging: future for what they promise, past for the day they were made. */
const PLEDGES = new Set(['vowed', 'pledged', 'promised']);
/** How far left of a date the relative pronoun of its clause is looked for. */
const RELATIVE_REACH = 24;

/**
 * Token r is a comma before a participle clause (", saying he would…", ", adding that…"): what follows reports or
 * adds, it does not date what came before.
 */
function participleAfter(t: Tokens, r: number): boolean {
  if (r + 1 >= t.count || t.kind[r + 1] !== WORD) return false;
  const w = lowerAt(t, r + 1);
  return w.length > 5 && w.endsWith('ing');
}

/** How many words ("On", "Late on") may stand before a date that opens its sentence. */
const OPENING_WORDS = 2;

/**
 * Tense of the clause around tokens [first, last): the nearest marker within the sentence wins. Verbs governing a
 * date mostly precede it, so a marker on the right counts as twice as far away; a regular -ed form counts as
 * WEAK_PENALTY further (left first on ties). With relativeClauses (weekdays), a date inside a relative clause set off
 * by commas is read by that clause's verbs only.
 */
export function clauseTense(t: Tokens, first: number, last: number, dayLevel = true, window = 14, relativeClauses = false): Tense {
  let best: Tense = null;
  let bestCost = Infinity;
  const consider = (k: number, cost: number, left: boolean): void => {
    const m = markerAt(t, k, dayLevel, left);
    if (!m) return;
    // "a merger announced Monday would…", "approved on Saturday": an -ed form right before the date is its verb.
    const adjacent = left && cost <= 2 && (cost === 1 || lowerAt(t, k + 1) === 'on');
    const c = cost + (m.weak && !adjacent ? WEAK_PENALTY : 0);
    // "vowed to return on Friday" looks ahead; "pledged Saturday to…", "promised on Tuesday to…" and a pledge after the
    // date ("At a Thursday rally, he promised to…") date the pledge itself.
    const tense = m.tense === 'future' && PLEDGES.has(lowerAt(t, k)) && (adjacent || !left) ? 'past' : m.tense;
    if (c < bestCost) {
      best = tense;
      bestCost = c;
    }
  };
  const closed = (k: number, gapIndex: number): boolean =>
    k < 0 || k >= t.count || t.gap[gapIndex] >= GAP_PARAGRAPH || t.kind[k] === PUNCT && (BOUNDARIES.has(lowerAt(t, k)) && !abbreviationDot(t, k) || asciiQuote(t, k));
  // A date opening its sentence ("On Tuesday, the … league plans to") is governed by the verb after the subject, however long.
  let opens = false;
  // The date sits in a relative clause set off by commas (", who died Sunday", ", which ended its term on Monday"): the
  // verbs of the main clause around it do not govern it.
  let pronoun = -1;
  for (let l = first - 1; relativeClauses && l >= 0 && l >= first - RELATIVE_REACH && !closed(l, l + 1); l--) {
    const w = lowerAt(t, l);
    if (w === ',') break;
    if (RELATIVE_PRONOUNS.has(w) && l > 0 && lowerAt(t, l - 1) === ',') {
      pronoun = l;
      break;
    }
  }
  const relative = pronoun >= 0;
  for (let d = 1; d <= window && first - d + 1 >= 0; d++) {
    const l = first - d;
    if (d >= bestCost || l < pronoun || closed(l, l + 1) || CLAUSE_STARTS.has(lowerAt(t, l)) && lowerAt(t, l) !== 'and') {
      opens = d <= OPENING_WORDS + 1 && closed(l, l + 1);
      break;
    }
    if (t.kind[l] === WORD) consider(l, d, true);
  }
  const reach = opens ? 2 * window : window;
  for (let d = 1; 2 * d <= reach; d++) {
    const r = last - 1 + d;
    // The comma that closes a relative clause holding the date ends its clause ("Haley, who spoke on Tuesday, is…").
    if (2 * d >= bestCost || closed(r, r) || CLAUSE_STARTS.has(lowerAt(t, r)) && !inName(t, r) || lowerAt(t, r) === ',' && (relative || participleAfter(t, r))) break;
    if (t.kind[r] === WORD) consider(r, 2 * d + 0.5, false);
  }
  return best;
}

/** Verbs that set a new limit ("extended its deadline until", "has given them until", "postponed until"). */
const LIMIT_VERBS = new Set([
  'gave', 'given', 'give', 'gives', 'extended', 'extend', 'extends', 'postponed', 'postpone', 'postpones', 'delayed', 'delay',
  'delays', 'deferred', 'adjourned', 'recessed', 'deadline', 'ultimatum',
]);

/**
 * The "until"/"by" just before token first follows a verb that sets a limit in the same clause: the limit is ahead
 * even when that verb is in the past ("INS extended its deadline until 9 a.m. Tuesday").
 */
export function setsLimit(t: Tokens, first: number): boolean {
  const w = first > 0 ? lowerAt(t, first - 1) : '';
  if (w !== 'until' && w !== 'till' && w !== 'by') return false;
  for (let k = first - 2; k >= 0 && k >= first - 9; k--) {
    if (t.kind[k] === PUNCT && BOUNDARIES.has(lowerAt(t, k)) && !abbreviationDot(t, k) || t.gap[k + 1] >= GAP_PARAGRAPH) return false;
    if (t.kind[k] === WORD && LIMIT_VERBS.has(lowerAt(t, k))) return true;
  }
  return false;
}

/**
 * The future of the clause before token first is a reported one ("said they would look for ways around Wednesday's
 * ruling"): the nearest future word on the left is "would".
 */
export function reportedFuture(t: Tokens, first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 14; k--) {
    if (t.kind[k] === PUNCT && BOUNDARIES.has(lowerAt(t, k)) && !abbreviationDot(t, k) || t.gap[k + 1] >= GAP_PARAGRAPH) return false;
    if (t.kind[k] !== WORD) continue;
    const w = lowerAt(t, k);
    if (w === 'would') return true;
    if (w === 'will' || w === 'll' || w === 'shall' || FUTURE.has(w)) return false;
  }
  return false;
}

