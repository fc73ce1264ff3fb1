// Analysis on a worker thread for the indexer (the second core), with the main thread as the fallback whenever the worker is missing or fails.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnalysisOptions, ArticleAnalysis } from '../analysis/types';
import type { AnalysisJob, AnalysisReply } from './analysisWorker';

/** What the worker made of one article (see AnalysisReply). */
export interface WorkerAnalysis {
  analysis: ArticleAnalysis;
  signature?: Uint32Array;
  persisted: boolean;
}

/** The bundled worker next to the bundle that runs this code (dist/server.js, dist/cli.js). */
export const WORKER_FILE = path.join(__dirname, 'analysisWorker.js');

interface Waiting {
  resolve(a: WorkerAnalysis): void;
  reject(e: Error): void;
}

export class AnalysisWorker {
  private worker: Worker | undefined;
  private broken = false;
  private missing = false;
  private seq = 0;
  private readonly waiting = new Map<number, Waiting>();

  constructor(
    private readonly file = WORKER_FILE,
    /** Told once when the worker fails; analysis then continues on the main thread. */
    private readonly onError: (message: string) => void = () => undefined,
  ) {}

  /** Whether jobs can be sent (the bundle has a worker, and it has not failed); starts the worker when needed. */
  ready(): boolean {
    if (this.broken) return false;
    if (this.worker) return true;
    if (this.missing) return false;
    try {
      // A bundle without the worker script (tests, a partial build) analyses on the main thread, without asking again.
      if (!fs.existsSync(this.file)) {
        this.missing = true;
        return false;
      }
      const worker = new Worker(this.file);
      worker.on('message', (m: AnalysisReply) => {
        const w = this.waiting.get(m.seq);
        if (!w) return;
        this.waiting.delete(m.seq);
        // An idle worker does not keep the process alive; one with jobs does.
        if (!this.waiting.size) worker.unref();
        let analysis: ArticleAnalysis | undefined;
        try {
          analysis = typeof m.json === 'string' ? (JSON.parse(m.json) as ArticleAnalysis) : undefined;
        } catch {
          analysis = undefined;
        }
        if (analysis) w.resolve({ analysis, signature: m.signature instanceof Uint32Array ? m.signature : undefined, persisted: m.persisted === true });
        else w.reject(new Error(m.error ?? 'no analysis'));
      });
      worker.on('error', (e) => this.fail(`analysis worker failed: ${e instanceof Error ? e.message : String(e)}`));
      worker.on('exit', (code) => {
        if (this.worker === worker) this.fail(`analysis worker exited (code ${code})`);
      });
      worker.unref();
      this.worker = worker;
      return true;
    } catch (e) {
      this.fail(`analysis worker could not start: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
  }

  /** Jobs sent and not answered yet. */
  get inFlight(): number {
    return this.waiting.size;
  }

  /**
   * Analyse on the worker, which also persists the analysis to `cacheFile` when given; rejects when the worker fails
   * (the caller analyses on the main thread instead).
   */
  analyze(text: string, options: AnalysisOptions, cacheFile?: string): Promise<WorkerAnalysis> {
    const worker = this.ready() ? this.worker : undefined;
    if (!worker) return Promise.reject(new Error('no analysis worker'));
    const seq = ++this.seq;
    return new Promise<WorkerAnalysis>((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      if (this.waiting.size === 1) worker.ref();
      try {
        worker.postMessage({ seq, text, options, ...(cacheFile ? { cacheFile } : {}) } satisfies AnalysisJob);
      } catch (e) {
        this.waiting.delete(seq);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  }

  /** Stop the worker (its memory is given back); the next job starts a new one. */
  release(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.missing = false;
    this.rejectAll(new Error('analysis worker released'));
    void worker?.terminate();
  }

  private fail(message: string): void {
    if (this.broken) return;
    this.broken = true;
    const worker = this.worker;
    this.worker = undefined;
    this.rejectAll(new Error(message));
    void worker?.terminate();
    this.onError(message);
  }

  private rejectAll(e: Error): void {
    const all = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of all) w.reject(e);
  }
}
