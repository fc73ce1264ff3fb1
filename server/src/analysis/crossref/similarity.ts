// Word-sequence similarity measures used to compare quotations and claims.

/** Length of the longest common subsequence of two word lists (O(n·m), callers keep lists short). */
export function lcsLength(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Length of the longest run of consecutive words the two lists share. */
export function longestCommonRun(a: string[], b: string[]): number {
  let best = 0;
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : 0;
      if (cur[j] > best) best = cur[j];
    }
    [prev, cur] = [cur, prev];
  }
  return best;
}

/** Whether `inner` occurs as a contiguous run inside `outer`. */
export function containsRun(outer: string[], inner: string[]): boolean {
  if (!inner.length || inner.length > outer.length) return false;
  outer: for (let i = 0; i + inner.length <= outer.length; i++) {
    for (let j = 0; j < inner.length; j++) if (outer[i + j] !== inner[j]) continue outer;
    return true;
  }
  return false;
}

/** Dice coefficient of two sets. */
export function dice<T>(a: readonly T[], b: readonly T[]): number {
  // An empty side shares nothing (two empty sides are not alike either): no sets to build.
  if (!a.length || !b.length) return 0;
  const set = new Set(b);
  const ours = new Set(a);
  let shared = 0;
  for (const x of ours) if (set.has(x)) shared++;
  return (2 * shared) / (ours.size + set.size);
}
