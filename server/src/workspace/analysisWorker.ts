// Entry point of dist/analysisWorker.js: a worker thread that analyses article texts for the indexer off the main thread, persisting each analysis and computing the text's MinHash too.

import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from '../analysis/article';
import { minhash } from '../analysis/corpus/keys';
import type { AnalysisOptions } from '../analysis/types';
import { writeCacheFile } from './analysisCache';

export interface AnalysisJob {
  seq: number;
  text: string;
  options: AnalysisOptions;
  /** Persist the analysis to this analysis-cache file (DiskAnalysisCache.fileFor), off the main thread. */
  cacheFile?: string;
}

export interface AnalysisReply {
  seq: number;
  /**
   * The analysis as JSON: the worker writes it for the cache anyway, and the main thread parses it faster than it
   * deserialises a structured clone, into objects about 40% smaller (all properties in the object, one-byte strings).
   */
  json?: string;
  /** The text's MinHash signature, which the corpus would otherwise compute on the main thread. */
  signature?: Uint32Array;
  /** Whether the analysis was written to the job's cacheFile. */
  persisted?: boolean;
  error?: string;
}

parentPort?.on('message', ({ seq, text, options, cacheFile }: AnalysisJob) => {
  try {
    const json = JSON.stringify(analyzeArticle(text, options));
    const persisted = cacheFile ? writeCacheFile(cacheFile, json) : false;
    parentPort!.postMessage({ seq, json, signature: minhash(text), persisted } satisfies AnalysisReply);
  } catch (e) {
    parentPort!.postMessage({ seq, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
