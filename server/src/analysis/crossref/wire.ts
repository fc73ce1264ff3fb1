// Wire copies: near-identical articles (one agency text republished), found through MinHash bands.

import type { Corpus } from '../corpus';
import { minhashSimilarity } from '../corpus/keys';

/** Estimated 5-gram Jaccard at or above which two articles are the same wire text. */
export const WIRE_SIMILARITY = 0.7;

export function wireCopies(corpus: Corpus, id: string): string[] {
  const article = corpus.get(id);
  if (!article) return [];
  const out: string[] = [];
  for (const other of corpus.wire.neighbours(id)) {
    const o = corpus.get(other);
    if (o && minhashSimilarity(article.signature, o.signature) >= WIRE_SIMILARITY) out.push(other);
  }
  return out.sort();
}
