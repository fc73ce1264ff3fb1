// Word-sequence similarity measures used to compare quotations and claims.

/** Whether `inner` occurs as a contiguous run inside `outer`. */
export function containsRun(outer: string[], inner: string[]): boolean {
  if (!inner.length || inner.length > outer.length) return false;
  outer: for (let i = 0; i + inner.length <= outer.length; i++) {
    for (let j = 0; j < inner.length; j++) if (outer[i + j] !== inner[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * One word list prepared for comparing against many others (a quote against its candidates): per distinct word its
 * positions, as bit masks (bit-parallel LCS) and as a list (longest common run). Exact: the same results as the O(n·m)
 * dynamic-programming tables (test/unit/crossref/tables.ts, which the tests compare it with).
 */
export class WordProfile {
  readonly length: number;
  /** 32-bit blocks per mask. */
  private readonly blocks: number;
  /** Word → mask of its positions: a number when the list fits one block, else a Uint32Array. */
  private readonly single = new Map<string, number>();
  private readonly multi = new Map<string, Uint32Array>();
  private readonly positions = new Map<string, number[]>();
  /** Scratch for the longest common run: run length ending at each position, and the row that wrote it. */
  private runs: Uint16Array | undefined;
  private rows: Int32Array | undefined;
  private row = 0;

  constructor(readonly words: readonly string[]) {
    const n = words.length;
    this.length = n;
    this.blocks = Math.max(1, (n + 31) >>> 5);
    for (let i = 0; i < n; i++) {
      const w = words[i];
      const at = this.positions.get(w);
      if (at) at.push(i);
      else this.positions.set(w, [i]);
      if (this.blocks === 1) this.single.set(w, ((this.single.get(w) ?? 0) | (1 << i)) >>> 0);
      else {
        let m = this.multi.get(w);
        if (!m) this.multi.set(w, (m = new Uint32Array(this.blocks)));
        m[i >>> 5] |= 1 << (i & 31);
      }
    }
  }

  /**
   * The length of the longest common subsequence of this list and `other`, bit-parallel (Crochemore et al. 2001):
   * V' = (V + (V & M)) | (V & ~M) per word of `other`, M the positions of that word here; the LCS is the number of zero
   * bits among the first `length`.
   */
  lcs(other: readonly string[]): number {
    const n = this.length;
    if (!n || !other.length) return 0;
    if (this.blocks === 1) {
      let v = 0xffffffff;
      for (let j = 0; j < other.length; j++) {
        const m = this.single.get(other[j]);
        if (m === undefined) continue;
        v = ((v + ((v & m) >>> 0)) | (v & ~m)) >>> 0;
      }
      const low = n === 32 ? 0xffffffff : (1 << n) - 1;
      return bitCount(~v & low);
    }
    const v = new Uint32Array(this.blocks).fill(0xffffffff);
    for (let j = 0; j < other.length; j++) {
      const m = this.multi.get(other[j]);
      if (m === undefined) continue;
      let carry = 0;
      for (let k = 0; k < v.length; k++) {
        const x = v[k];
        const y = m[k];
        const sum = x + ((x & y) >>> 0) + carry;
        carry = sum > 0xffffffff ? 1 : 0;
        v[k] = sum | (x & ~y);
      }
    }
    let zeros = 0;
    for (let k = 0; k < v.length; k++) {
      const bits = Math.min(32, n - 32 * k);
      zeros += bitCount(~v[k] & (bits === 32 ? 0xffffffff : (1 << bits) - 1));
    }
    return zeros;
  }

  /**
   * The length of the longest run of consecutive words this list and `other` share, over the matching positions only
   * (most pairs of words differ).
   */
  longestRun(other: readonly string[]): number {
    const n = this.length;
    if (!n) return 0;
    if (!this.runs || !this.rows) {
      this.runs = new Uint16Array(n);
      this.rows = new Int32Array(n).fill(-2);
    }
    // Rows are numbered on from the last call, so no scratch needs clearing: a stamp from an earlier call is older than row - 1.
    if (this.row > 0x3fffffff) {
      this.rows.fill(-2);
      this.row = 0;
    }
    const runs = this.runs;
    const rows = this.rows;
    const base = this.row + 2;
    let best = 0;
    for (let j = 0; j < other.length; j++) {
      const at = this.positions.get(other[j]);
      if (at === undefined) continue;
      const row = base + j;
      // Highest position first: runs[i - 1] still holds the previous row's value when position i reads it.
      for (let t = at.length - 1; t >= 0; t--) {
        const i = at[t];
        const run = i > 0 && rows[i - 1] === row - 1 ? runs[i - 1] + 1 : 1;
        runs[i] = run;
        rows[i] = row;
        if (run > best) best = run;
      }
    }
    this.row = base + other.length;
    return best;
  }
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** Dice coefficient of two sets. */
export function dice<T>(a: readonly T[], b: readonly T[]): number {
  // An empty side shares nothing (two empty sides are not alike either): no sets to build.
  if (!a.length || !b.length) return 0;
  // Short lists (event words, actor tokens): distinct and shared elements by comparison, no sets built.
  if (a.length * b.length <= 256) {
    let ours = 0;
    let shared = 0;
    for (let i = 0; i < a.length; i++) {
      const x = a[i];
      if (i > 0 && a.lastIndexOf(x, i - 1) >= 0) continue;
      ours++;
      if (b.includes(x)) shared++;
    }
    let theirs = 0;
    for (let j = 0; j < b.length; j++) if (j === 0 || b.lastIndexOf(b[j], j - 1) < 0) theirs++;
    return (2 * shared) / (ours + theirs);
  }
  const set = new Set(b);
  const ours = new Set(a);
  let shared = 0;
  for (const x of ours) if (set.has(x)) shared++;
  return (2 * shared) / (ours.size + set.size);
}
