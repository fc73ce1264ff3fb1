// Finding the same claim in other articles by shared actors and event words, then comparing its date and numbers.

import type { Corpus } from '../corpus';
import { claimKeys } from '../corpus/keys';
import type { Claim, DateExpression, NumberMention } from '../types';
import { compareDates, type DateRelation } from './dateCompare';
import type { MatchDeps } from './quoteMatch';
import { dice } from './similarity';
import { boundedMemo } from '../text/memo';

export interface ClaimMatch {
  article: string;
  item: number;
  /** 0..1 overlap of actors and event words. */
  strength: number;
  /** 0..1 overlap (Dice) of the event words alone. */
  events: number;
  date: DateRelation;
  /** Numbers counting the same thing with different values: [ours, theirs]. */
  numberConflicts: Array<[NumberMention, NumberMention]>;
}

/** Event-word overlap (Dice) needed to call two claims the same, with and without a shared actor. */
const WITH_ACTOR = 0.3;
const WITHOUT_ACTOR = 0.8;
/** Combined strength below which two claims are not the same claim. */
const MIN_STRENGTH = 0.5;
const DATED_UNDATED = 0.75;
/** A conflict is reported only between claims this clearly the same (combined strength, event-word overlap). */
export const CONFLICT_STRENGTH = 0.6;
export const CONFLICT_EVENTS = 0.5;
/** How many best-scoring candidates from the postings are compared in full. */
const CANDIDATES = 30;

/** `deps`, when given, is filled with what the result depends on besides the claim (see MatchDeps). */
export function matchClaim(corpus: Corpus, id: string, index: number, deps?: MatchDeps): ClaimMatch[] {
  const article = corpus.get(id);
  const claim = article?.analysis.claims[index];
  if (!article || !claim) return [];
  const cap = corpus.commonCap();
  // Score per candidate (article → item → summed key weights), without a key string per posting.
  const scores = new Map<string, Map<number, number>>();
  const keys = claimKeys(claim);
  const counts: number[] = [];
  for (const key of keys) {
    const df = corpus.claims.articleCount(key);
    counts.push(df);
    if (df > cap) continue;
    const weight = 1 / Math.log2(2 + df);
    for (const p of corpus.claims.lookup(key, id, cap)) {
      let items = scores.get(p.article);
      if (!items) scores.set(p.article, (items = new Map()));
      items.set(p.item, (items.get(p.item) ?? 0) + weight);
    }
  }
  if (deps) {
    deps.cap = cap;
    deps.keys = keys;
    deps.counts = counts;
    deps.articles = [...scores.keys()];
  }
  const all: Array<{ article: string; item: number; score: number }> = [];
  for (const [other, items] of scores) for (const [item, score] of items) all.push({ article: other, item, score });
  // Best first; ties by article, then by the item's decimal text (the order of the former "article\0item" keys).
  const best = all.sort((a, b) => b.score - a.score || (a.article < b.article ? -1 : a.article > b.article ? 1 : String(a.item) < String(b.item) ? -1 : 1)).slice(0, CANDIDATES);
  const out: ClaimMatch[] = [];
  const ourActors = actorTokens(claim);
  for (const { article: otherId, item } of best) {
    const other = corpus.get(otherId);
    const theirs = other?.analysis.claims[item];
    if (!other || !theirs) continue;
    const m = compareClaims(claim, theirs, article.analysis.dates, other.analysis.dates, ourActors);
    if (m) out.push({ article: otherId, item, ...m });
  }
  return out.sort((a, b) => b.strength - a.strength || (a.article < b.article ? -1 : a.article > b.article ? 1 : a.item - b.item));
}

const NO_TOKENS: string[] = [];

/**
 * Actor name tokens of a claim (not kept per claim: a token list per claim of a large corpus would cost megabytes;
 * the tokens of each actor name are memoised instead, bounded, and a claim with one actor takes them as they are).
 */
function actorTokens(claim: Claim): string[] {
  if (!claim.actors.length) return NO_TOKENS;
  if (claim.actors.length === 1) return tokensOfActor(claim.actors[0]);
  return claim.actors.flatMap(tokensOfActor);
}

const tokensOfActor = boundedMemo((actor: string) => actor.toLowerCase().split(/\s+/).filter((t) => t.length > 2), 20_000);

export function compareClaims(
  ours: Claim,
  theirs: Claim,
  ourDates: DateExpression[],
  theirDates: DateExpression[],
  ourActors = actorTokens(ours),
): Omit<ClaimMatch, 'article' | 'item'> | null {
  const actors = dice(ourActors, actorTokens(theirs));
  const sharedActor = actors > 0;
  const events = dice(ours.eventWords, theirs.eventWords);
  if (events < (sharedActor ? WITH_ACTOR : WITHOUT_ACTOR)) return null;
  if (ours.date == null && theirs.date == null && !sharedActor) return null;
  const strength = Math.min(1, 0.65 * events + 0.35 * actors);
  if (strength < MIN_STRENGTH) return null;
  // A dated claim and an undated one are rarely the same report unless nearly every word agrees.
  if ((ours.date == null) !== (theirs.date == null) && strength < DATED_UNDATED) return null;
  const a = ours.date != null ? ourDates[ours.date] : undefined;
  const b = theirs.date != null ? theirDates[theirs.date] : undefined;
  const date: DateRelation = a && b ? compareDates(a, b) : 'unknown';
  // Different dates and only a loose likeness: two different events, not one claim dated twice.
  if (date === 'different' && (strength < CONFLICT_STRENGTH || events < CONFLICT_EVENTS)) return null;
  return { strength, events, date, numberConflicts: numberConflicts(ours.numbers, theirs.numbers) };
}

/** Same unit, different value; a number whose unit appears with its own value on the other side is not a conflict. */
function numberConflicts(ours: NumberMention[], theirs: NumberMention[]): Array<[NumberMention, NumberMention]> {
  const out: Array<[NumberMention, NumberMention]> = [];
  for (const n of ours) {
    if (!n.unit) continue;
    const same = theirs.filter((t) => t.unit === n.unit);
    if (!same.length || same.some((t) => t.value === n.value)) continue;
    out.push([n, same[0]]);
  }
  return out;
}
