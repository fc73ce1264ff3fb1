// The benchmark's view of the core: the article generator, one-article analysis and chrono-node, bundled by bench/run.mjs.

export { generateCorpus, longArticle } from '../test/unit/property/articles';
export { analyzeArticle } from '../server/src/analysis/article';
export { Corpus } from '../server/src/analysis/corpus';
export { CrossReferencer } from '../server/src/analysis/crossref';
import * as chrono from 'chrono-node';

export function chronoParse(text: string, reference: Date): number {
  return chrono.parse(text, reference).length;
}
