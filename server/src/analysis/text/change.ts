// What an edit did to a text's positions: the changed region, and which old spans keep their line and character.

/** The difference between two versions of a text, as one replaced region (offsets in UTF-16 code units). */
export interface TextChange {
  /** First offset where the versions differ (the common prefix's length). */
  start: number;
  /** End of the replaced region in the old text. */
  oldEnd: number;
  /** End of the replacement in the new text. */
  newEnd: number;
  /** Old offsets up to this one keep their line and character: `start`, or one less after a carriage return. */
  stableTo: number;
  /**
   * Old offsets at or after this one are on an unchanged line past the edit: their line number and character stay
   * the same (the offset moves by `newEnd - oldEnd`). Infinity when the edit added or removed a line break, so every
   * later line moved.
   */
  stableFrom: number;
}

const isBreak = (c: number): boolean => c === 10 || c === 13;

/** The one region `after` replaced in `before`: common prefix, then common suffix of what is left. */
export function diffText(before: string, after: string): TextChange {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  const oldEnd = before.length - tail;
  const newEnd = after.length - tail;
  // Right after a carriage return the line depends on whether a line feed follows, which the change may alter.
  const stableTo = start > 0 && before.charCodeAt(start - 1) === 13 ? start - 1 : start;
  return { start, oldEnd, newEnd, stableTo, stableFrom: stableFrom(before, after, start, oldEnd, newEnd) };
}

function stableFrom(before: string, after: string, start: number, oldEnd: number, newEnd: number): number {
  // A carriage return right before the change may pair with a line feed the change brought or took away.
  if (start > 0 && before.charCodeAt(start - 1) === 13) return Infinity;
  for (let i = start; i < oldEnd; i++) if (isBreak(before.charCodeAt(i))) return Infinity;
  for (let i = start; i < newEnd; i++) if (isBreak(after.charCodeAt(i))) return Infinity;
  // No line came or went: only the rest of the changed line has new characters; the lines after it are as they were.
  for (let i = oldEnd; i < before.length; i++) {
    const c = before.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) return before.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return Infinity;
}

/**
 * Where the old span [start, end) is in the new text, when it kept its line and character positions (it ends before
 * the change, or starts on a line past it); undefined when the change moved it within a line or to another line.
 */
export function shiftSpan(change: TextChange, start: number, end: number): { start: number; end: number } | undefined {
  if (end <= change.stableTo) return { start, end };
  if (start < change.stableFrom) return undefined;
  const by = change.newEnd - change.oldEnd;
  return { start: start + by, end: end + by };
}
