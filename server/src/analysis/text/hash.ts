// Small fast string hashes for shingles and content fingerprints (deterministic, no dependencies).

/** FNV-1a 32-bit hash of a string's UTF-16 code units. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A content fingerprint: two independent 32-bit hashes and the length (collisions are practically impossible). */
export function contentHash(text: string): string {
  return `${fnv1a(text).toString(36)}.${fnv1a(text, 0x9747b28c).toString(36)}.${text.length.toString(36)}`;
}
