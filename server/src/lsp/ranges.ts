// The one place where the core's UTF-16 spans become LSP ranges and positions, and back.

import type { Position, Range } from 'vscode-languageserver';
import { LineIndex } from '../analysis/text/lines';
import type { Span } from '../analysis/types';

/** A LineIndex that keeps only where lines start and the length, not the text (a corpus text lives outside the heap). */
class LineStarts extends LineIndex {
  private readonly lineStarts: Uint32Array;
  private readonly length: number;

  constructor(text: string) {
    super('');
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10) starts.push(i + 1);
    }
    this.lineStarts = Uint32Array.from(starts);
    this.length = text.length;
  }

  override position(offset: number): { line: number; character: number } {
    const starts = this.lineStarts;
    const o = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - starts[lo] };
  }

  override offset(line: number, character: number): number {
    const starts = this.lineStarts;
    if (line >= starts.length) return this.length;
    if (line < 0) return 0;
    const end = line + 1 < starts.length ? starts[line + 1] : this.length;
    return Math.min(starts[line] + Math.max(0, character), end);
  }
}

const indexes = new WeakMap<object, LineIndex>();

/**
 * A line index per text; `owner` is any object that lives as long as the text (the corpus article). `text` is asked
 * for only the first time (a corpus article decodes its text on each read).
 */
export function lineIndexFor(owner: object, text: string | (() => string)): LineIndex {
  let li = indexes.get(owner);
  if (!li) indexes.set(owner, (li = new LineStarts(typeof text === 'string' ? text : text())));
  return li;
}

export function spanToRange(lines: LineIndex, span: Span): Range {
  return { start: lines.position(span.start), end: lines.position(span.end) };
}

export function positionToOffset(lines: LineIndex, position: Position): number {
  return lines.offset(position.line, position.character);
}

export function offsetToPosition(lines: LineIndex, offset: number): Position {
  return lines.position(offset);
}

/** Whether a span and an LSP range overlap (touching counts, so a cursor at either end of a quote finds it). */
export function spanTouchesRange(lines: LineIndex, span: Span, range: Range): boolean {
  const start = positionToOffset(lines, range.start);
  const end = positionToOffset(lines, range.end);
  return span.start <= end && start <= span.end;
}
