// Dated and numeric claims: the clause around a resolved date expression (or a number with an actor), with its actors, event words and numbers.

import { parseFrontMatter } from '../text/frontMatter';
import { contentLemmas } from '../text/lemma';
import { boundedMemo } from '../text/memo';
import { paragraphs, sentences } from '../text/paragraphs';
import type { Claim, DateExpression, Quote, Span } from '../types';
import { namedEntities, sourceNouns } from './actors';
import { findNumbers } from './numbers';

/** A clause longer than this is cut to the part around its date. */
const MAX_CLAUSE = 400;

/**
 * `skip` holds spans that are not part of any claim: the dateline or byline the publication date was read from.
 * Dates and numbers inside quotations belong to the quote's finding, not to a claim.
 */
export function findClaims(text: string, dates: DateExpression[], quotes: Quote[], skip: Span[] = []): Claim[] {
  const body = parseFrontMatter(text)?.end ?? 0;
  const quoted: Span[] = [];
  for (const q of quotes) for (const seg of q.segments) quoted.push(seg);
  const outside = (x: Span): boolean => !quoted.some((q) => x.start < q.end && x.end > q.start) && !skip.some((q) => x.start < q.end && x.end > q.start);
  const claims: Claim[] = [];
  let d = 0;
  for (const para of paragraphs(text, body)) {
    if (para.end - para.start < 20 && !/[.!?]$/.test(text.slice(para.start, para.end).trim())) continue;
    for (const whole of sentences(text, para)) {
      const sentence = afterDateline(text, whole, skip);
      while (d < dates.length && dates[d].end <= sentence.start) d++;
      const inside: number[] = [];
      for (let i = d; i < dates.length && dates[i].start < sentence.end; i++) if (isClaimDate(dates[i]) && outside(dates[i])) inside.push(i);
      const clause = trimClause(text, sentence, inside.length ? dates[inside[0]] : null);
      // Only spans that overlap the clause can overlap a number in it: the others are left out of the list.
      const exclude: Span[] = [];
      for (const x of dates) if (x.start < clause.end && x.end > clause.start && x.type !== 'DURATION') exclude.push(x);
      for (const x of quoted) if (x.start < clause.end && x.end > clause.start) exclude.push(x);
      for (const x of skip) if (x.start < clause.end && x.end > clause.start) exclude.push(x);
      const numbers = findNumbers(text, clause, exclude);
      if (!inside.length && !numbers.length) continue;
      if (insideQuote(quotes, clause)) continue;
      const clauseText = text.slice(clause.start, clause.end);
      const named = namedEntities(text, clause);
      const actors = named.length ? named : sourceNouns(text, clause);
      if (!inside.length && !actors.length) continue;
      claims.push({
        start: clause.start,
        end: clause.end,
        text: clauseText,
        date: inside.length ? inside[0] : null,
        actors,
        eventWords: withoutActorWords(contentLemmas(clauseText), actors),
        numbers,
      });
    }
  }
  return claims;
}

/** The lower-cased words of an actor's name (the same names recur across a workspace). */
const actorWords = boundedMemo((actor: string) => actor.toLowerCase().split(/\s+/), 20_000);

/** Event words that are not a word of an actor's name. */
function withoutActorWords(lemmas: string[], actors: string[]): string[] {
  if (!actors.length) return lemmas;
  const names = new Set<string>();
  for (const a of actors) for (const t of actorWords(a)) names.add(t);
  return lemmas.filter((w) => !names.has(w));
}

/** A sentence that opens with the dateline ("LINDHOLM, March 12 (Wire) —") starts its claim after it. */
function afterDateline(text: string, sentence: Span, skip: Span[]): Span {
  for (const k of skip) {
    if (k.start < sentence.start || k.end >= sentence.end) continue;
    const rest = /^[^\p{L}\n]*(?:\([^)\n]{0,80}\))?\s*[—–-]*\s*/u.exec(text.slice(k.end, sentence.end));
    return { start: k.end + (rest ? rest[0].length : 0), end: sentence.end };
  }
  return sentence;
}

/** Durations and vague references ("now", "recently") do not date a claim. */
function isClaimDate(date: DateExpression): boolean {
  return (date.type === 'DATE' || date.type === 'TIME') && !/_REF$/.test(date.value);
}

/** A sentence wholly inside a quotation is the quote's finding, not a claim. */
function insideQuote(quotes: Quote[], span: Span): boolean {
  return quotes.some((q) => !q.fragment && q.start <= span.start && q.end >= span.end);
}

function trimClause(text: string, sentence: Span, date: DateExpression | null): Span {
  let { start, end } = sentence;
  while (end > start && /[\s\u00a0]/.test(text[end - 1])) end--;
  if (end - start <= MAX_CLAUSE) return { start, end };
  const centre = date ? date.start : start;
  start = Math.max(start, centre - MAX_CLAUSE / 2);
  end = Math.min(end, start + MAX_CLAUSE);
  if (/[\udc00-\udfff]/.test(text[start] ?? '')) start++;
  if (/[\udc00-\udfff]/.test(text[end] ?? '')) end--;
  return { start, end };
}
