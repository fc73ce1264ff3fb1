// Warming the edit path: before the server says it is ready, run what a keystroke runs on the open articles, so the first edits do not pay for compiling it.

import { analyzeArticle } from '../analysis/article';
import { affectedByEdit } from '../analysis/corpus/affected';
import type { ArticleWorkspace } from './workspace';

/**
 * How often to run the path. The cold index analyses mostly in a worker thread, and the workspace-wide pass judges
 * each article once, so without this the main thread meets the edit comparison and re-judging (the remembered-findings
 * path) for the first time on the user's first keystrokes. In the 1,000-article bench the first edit took 19–30 ms of
 * CPU without it and 16–18 ms with it (later edits 4–8 ms); the rest of the first edit's cost is V8 finishing the
 * pass's garbage collection and optimising.
 */
const ROUNDS = 3;
/** Open articles used (the path is the same code for any article: a couple is enough). */
const ARTICLES = 2;

/**
 * Runs analysis, the edit comparison and re-judging of up to ARTICLES open articles ROUNDS times, giving the event loop
 * back between steps. Changes no state anyone reads: the analysis is dropped, comparing an article with itself
 * affects nothing, and re-judging an unchanged article finds what it found.
 */
export async function warmEditPath(workspace: ArticleWorkspace): Promise<number> {
  const uris = [...workspace.open].filter((u) => workspace.corpus.has(u)).slice(0, ARTICLES);
  let steps = 0;
  const yieldNow = (): Promise<void> => new Promise((r) => setImmediate(r));
  for (let round = 0; round < ROUNDS; round++) {
    for (const uri of uris) {
      const article = workspace.corpus.get(uri);
      if (!article) continue;
      analyzeArticle(article.text, article.options);
      affectedByEdit(workspace.corpus, uri, article);
      await yieldNow();
      if (workspace.corpus.has(uri)) workspace.xref.judge(uri);
      await yieldNow();
      steps++;
    }
  }
  return steps;
}
