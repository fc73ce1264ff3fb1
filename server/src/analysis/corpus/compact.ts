// Memory of a large corpus: span texts become slices of the article text, and the small words every article repeats are shared.

import type { ArticleAnalysis } from '../types';
import { boundedMemo } from '../text/memo';

/** The first copy of each short string seen, bounded like every memo of the core. */
const firstCopy = boundedMemo((s) => s, 200_000);

/** One copy of each short string (lemmas, actor names, units): a 10,000-article corpus repeats them millions of times. */
export function intern(s: string): string {
  return s.length > 40 ? s : firstCopy(s);
}

/** The text of a span as a slice of the article text (V8 keeps a slice as a reference, not a copy) when it is one. */
function sliceOf(text: string, start: number, end: number, value: string): string {
  if (value.length !== end - start || value.length < 13) return value;
  const slice = text.slice(start, end);
  return slice === value ? slice : value;
}

/** Shrink an analysis in place (read back from the persisted cache, its strings are fresh copies); the data is unchanged. */
export function compactAnalysis(a: ArticleAnalysis, text: string): ArticleAnalysis {
  for (const q of a.quotes) {
    q.text = sliceOf(text, q.start, q.end, q.text);
    const seg = q.segments.length === 1 ? q.segments[0] : undefined;
    if (seg) q.content = sliceOf(text, seg.start, seg.end, q.content);
    if (q.speaker) {
      q.speaker.name = intern(q.speaker.name);
      q.speaker.canonical = intern(q.speaker.canonical);
    }
    if (q.cue) q.cue.text = intern(q.cue.text);
  }
  for (const d of a.dates) {
    d.text = intern(d.text);
    d.value = intern(d.value);
  }
  for (const c of a.claims) {
    c.text = sliceOf(text, c.start, c.end, c.text);
    c.actors = c.actors.map(intern);
    c.eventWords = c.eventWords.map(intern);
    for (const n of c.numbers) {
      n.text = intern(n.text);
      n.value = intern(n.value);
      n.unit = intern(n.unit);
    }
  }
  return a;
}
