// Entry point of dist/analysisWorker.js: a worker thread that analyses article texts for the indexer, off the main thread.

import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from '../analysis/article';
import type { AnalysisOptions } from '../analysis/types';

export interface AnalysisJob {
  seq: number;
  text: string;
  options: AnalysisOptions;
}

parentPort?.on('message', ({ seq, text, options }: AnalysisJob) => {
  try {
    parentPort!.postMessage({ seq, analysis: analyzeArticle(text, options) });
  } catch (e) {
    parentPort!.postMessage({ seq, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
