// Line starts of a text, to turn UTF-16 offsets into 0-based line/character positions (LSP and compiler style).

/** Keeps only where lines start and the text's length, not the text (a corpus text may live outside the heap). */
export class LineIndex {
  private readonly starts: Uint32Array;
  private readonly length: number;

  constructor(text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10) starts.push(i + 1);
    }
    this.starts = Uint32Array.from(starts);
    this.length = text.length;
  }

  position(offset: number): { line: number; character: number } {
    const starts = this.starts;
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

  offset(line: number, character: number): number {
    const starts = this.starts;
    if (line >= starts.length) return this.length;
    if (line < 0) return 0;
    const end = line + 1 < starts.length ? starts[line + 1] : this.length;
    return Math.min(starts[line] + Math.max(0, character), end);
  }
}
