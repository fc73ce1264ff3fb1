// Span checks shared by the property and robustness tests: every span of an analysis or finding inside its text, on UTF-16 boundaries.

import assert from 'node:assert/strict';
import type { ArticleAnalysis, Finding, Span } from '../../../server/src/analysis/types';

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Whether an offset falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

export function assertSpan(text: string, span: Span | null | undefined, what: string): void {
  if (!span) return;
  const { start, end } = span;
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: offsets ${start}-${end} are not integers`);
  assert.ok(start >= 0 && start <= end && end <= text.length, `${what}: span ${start}-${end} outside the text (length ${text.length})`);
  assert.ok(!splitsPair(text, start) && !splitsPair(text, end), `${what}: span ${start}-${end} splits a surrogate pair`);
}

/** Every span an analysis holds, with the text fields that must be the text of their span. */
export function assertAnalysisSpans(text: string, a: ArticleAnalysis): void {
  assertSpan(text, a.published.span, 'published');
  a.quotes.forEach((q, i) => {
    assertSpan(text, q, `quote ${i}`);
    assert.equal(q.text, text.slice(q.start, q.end), `quote ${i}: text is not the text of its span`);
    q.segments.forEach((s, j) => {
      assertSpan(text, s, `quote ${i} segment ${j}`);
      assert.ok(s.start >= q.start && s.end <= q.end, `quote ${i} segment ${j} outside its quote`);
    });
    assertSpan(text, q.speaker, `quote ${i} speaker`);
    assertSpan(text, q.cue, `quote ${i} cue`);
    assert.ok(q.confidence >= 0 && q.confidence <= 1, `quote ${i}: confidence ${q.confidence}`);
  });
  a.dates.forEach((d, i) => {
    assertSpan(text, d, `date ${i}`);
    assert.equal(d.text, text.slice(d.start, d.end), `date ${i}: text is not the text of its span`);
  });
  a.claims.forEach((c, i) => {
    assertSpan(text, c, `claim ${i}`);
    assert.equal(c.text, text.slice(c.start, c.end), `claim ${i}: text is not the text of its span`);
    assert.ok(c.date === null || (c.date >= 0 && c.date < a.dates.length), `claim ${i}: date index ${c.date}`);
    c.numbers.forEach((n, j) => {
      assertSpan(text, n, `claim ${i} number ${j}`);
      assert.equal(n.text, text.slice(n.start, n.end), `claim ${i} number ${j}: text is not the text of its span`);
    });
  });
  a.problems.forEach((p, i) => assertSpan(text, p, `problem ${i} (${p.kind})`));
}

/** Findings of one article: spans in its text, related spans in the related article's text. */
export function assertFindingSpans(texts: ReadonlyMap<string, string>, findings: Finding[]): void {
  for (const f of findings) {
    const text = texts.get(f.file);
    assert.ok(text !== undefined, `finding in unknown file ${f.file}`);
    assertSpan(text, f, `finding ${f.kind} ${f.index} (${f.verdict})`);
    assert.ok(f.confidence >= 0 && f.confidence <= 1 && !Number.isNaN(f.confidence), `finding confidence ${f.confidence}`);
    for (const r of f.related) {
      const other = texts.get(r.file);
      assert.ok(other !== undefined, `related span in unknown file ${r.file}`);
      assertSpan(other, r, `related span in ${r.file}`);
      assert.equal(r.text, other.slice(r.start, r.end), 'related text is not the text of its span');
    }
  }
}
