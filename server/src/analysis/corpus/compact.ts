// Memory of a large corpus: an analysis keeps no piece of its article's text (texts live outside the heap), and the small words every article repeats are shared.

import type { ArticleAnalysis } from '../types';
import { ownCopy } from './text';

/** The first copy of each short string seen (bounded like every memo of the core: when full it starts over). */
const shared = new Map<string, string>();
const SHARED = 200_000;

/** One copy of each short string (lemmas, actor names, units): a 10,000-article corpus repeats them millions of times. */
export function intern(s: string): string {
  if (s.length > 40) return ownCopy(s);
  const known = shared.get(s);
  if (known !== undefined) return known;
  // The key is the copy too: a Map keeps its key, and a slice as key would keep the whole text it was cut from.
  const copy = ownCopy(s);
  if (shared.size >= SHARED) shared.clear();
  shared.set(copy, copy);
  return copy;
}

/** `part` (a span of the article at `start`) as a slice of `whole` (an own copy of the span at `wholeStart`) when it is one. */
function within(whole: string, wholeStart: number, part: string, start: number): string {
  const from = start - wholeStart;
  if (from < 0 || from + part.length > whole.length) return ownCopy(part);
  const slice = whole.slice(from, from + part.length);
  return slice === part ? slice : ownCopy(part);
}

/**
 * Shrink an analysis in place so that it holds nothing of the article text (spans of the text are V8 slices of it when
 * analysed here; the data is unchanged): span texts become own copies, a quote's text a slice of its claim's copy when
 * the claim holds it, its content a slice of its text.
 */
export function compactAnalysis(a: ArticleAnalysis): ArticleAnalysis {
  for (const c of a.claims) {
    c.text = ownCopy(c.text);
    c.actors = c.actors.map(intern);
    c.eventWords = c.eventWords.map(intern);
    for (const n of c.numbers) {
      n.text = intern(n.text);
      n.value = intern(n.value);
      n.unit = intern(n.unit);
    }
  }
  for (const q of a.quotes) {
    const claim = a.claims.find((c) => c.start <= q.start && q.end <= c.end && c.text.length === c.end - c.start);
    q.text = claim ? within(claim.text, claim.start, q.text, q.start) : ownCopy(q.text);
    const seg = q.segments.length === 1 ? q.segments[0] : undefined;
    q.content = seg && q.text.length === q.end - q.start ? within(q.text, q.start, q.content, seg.start) : ownCopy(q.content);
    if (q.speaker) {
      q.speaker.name = intern(q.speaker.name);
      q.speaker.canonical = intern(q.speaker.canonical);
    }
    if (q.cue) q.cue.text = intern(q.cue.text);
  }
  for (const d of a.dates) {
    d.text = intern(d.text);
    d.value = intern(d.value);
    if (d.mod !== undefined) d.mod = intern(d.mod);
  }
  const p = a.published;
  if (typeof p.date === 'string') p.date = intern(p.date);
  if (p.ambiguous !== undefined) p.ambiguous = ownCopy(p.ambiguous);
  if (p.note !== undefined) p.note = ownCopy(p.note);
  for (const problem of a.problems) problem.message = ownCopy(problem.message);
  return a;
}
