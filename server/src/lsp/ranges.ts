// The one place where the core's UTF-16 spans become LSP ranges and positions, and back.

import type { Position, Range } from 'vscode-languageserver';
import { LineIndex } from '../analysis/text/lines';
import type { Span } from '../analysis/types';

const indexes = new WeakMap<object, LineIndex>();

/**
 * A line index per text; `owner` is any object that lives as long as the text (the corpus article). `text` is asked
 * for only the first time (a corpus article decodes its text on each read).
 */
export function lineIndexFor(owner: object, text: string | (() => string)): LineIndex {
  let li = indexes.get(owner);
  if (!li) indexes.set(owner, (li = new LineIndex(typeof text === 'string' ? text : text())));
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
