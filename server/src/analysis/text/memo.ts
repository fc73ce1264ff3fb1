// A bounded memo for pure functions of a string: news text repeats a small vocabulary, and a pathological input must
// not grow a cache without end (when full, the memo starts over).

export function boundedMemo<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    // One lookup for a hit (most calls); `has` only tells a stored undefined from a miss.
    const known = memo.get(key);
    if (known !== undefined || memo.has(key)) return known as T;
    const value = compute(key);
    if (memo.size >= limit) memo.clear();
    memo.set(key, value);
    return value;
  };
}
