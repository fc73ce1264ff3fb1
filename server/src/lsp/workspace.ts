// The server's view of the workspace: every article (open buffers over disk files) in one corpus, keyed by URI.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { Corpus } from '../analysis/corpus';
import { CrossReferencer } from '../analysis/crossref';
import type { AnalysisOptions } from '../analysis/types';
import { DiskAnalysisCache } from '../workspace/analysisCache';
import { AnalysisWorker, type WorkerAnalysis } from '../workspace/analysisPool';
import { listArticles, readArticle } from '../workspace/files';
import type { ArticleAnalysis } from '../analysis/types';
import { analyzeArticle } from '../analysis/article';
import type { PendingArticle } from '../analysis/corpus';
import { fromUtf8, HeapText, holdInMemory, isWellFormed, OffHeapText, utf8, type HeldText } from '../analysis/corpus/text';
import { matchesAny } from './glob';
import type { Settings } from './settings';

export interface SkippedFile {
  uri: string;
  reason: string;
}

/** A text written to the spill file (or kept in memory when the file could not be written). */
class SpilledText extends OffHeapText {
  constructor(
    text: string,
    private readonly spill: TextSpill,
    private readonly offset: number,
    private readonly length: number,
  ) {
    super(text);
  }

  protected load(): string {
    return this.spill.read(this.offset, this.length);
  }
}

/**
 * The texts of articles without an editor, out of the process's memory: appended as UTF-8 to a file of the server's own
 * (removed from the folder as soon as it is open where the system allows, so nothing else can change it; gone when the
 * server exits), read back exactly by offset. The source files are not re-read: they may have changed since. Should
 * the file fail, texts stay in memory as UTF-8 instead. Replaced texts are not reclaimed (an edited unopened file
 * adds its new text): the file grows with changes, not with time.
 */
class TextSpill {
  private fd: number | undefined;
  private file: string | undefined;
  private failed = false;
  /** Bytes written to the file. */
  private written = 0;
  /** Bytes not yet written, by their offset in the file. */
  private pending = new Map<number, Uint8Array>();
  private pendingBytes = 0;
  private static readonly CHUNK = 1 << 20;

  hold(text: string): HeldText {
    if (this.failed || !isWellFormed(text)) return holdInMemory(text);
    const bytes = utf8(text);
    const offset = this.written + this.pendingBytes;
    this.pending.set(offset, bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= TextSpill.CHUNK) this.flush();
    return new SpilledText(text, this, offset, bytes.length);
  }

  read(offset: number, length: number): string {
    const kept = this.pending.get(offset);
    if (kept) return fromUtf8(kept);
    const buf = Buffer.allocUnsafe(length);
    for (let got = 0; got < length; ) {
      const n = fs.readSync(this.fd!, buf, got, length - got, offset + got);
      if (n <= 0) throw new Error(`corroborate: spilled text at ${offset} cut short`);
      got += n;
    }
    return fromUtf8(buf);
  }

  private flush(): void {
    const chunks = [...this.pending.values()];
    try {
      if (this.fd === undefined) this.open();
      for (let done = 0; done < this.pendingBytes; ) {
        done += fs.writevSync(this.fd!, done ? [Buffer.concat(chunks).subarray(done)] : chunks, this.written + done);
      }
      this.written += this.pendingBytes;
      this.pending = new Map();
      this.pendingBytes = 0;
    } catch {
      // The texts not written stay in memory (they are read from `pending`), and so do all texts from now on.
      this.failed = true;
    }
  }

  private open(): void {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-texts-'));
    this.file = path.join(dir, 'texts.bin');
    this.fd = fs.openSync(this.file, 'w+', 0o600);
    try {
      fs.unlinkSync(this.file);
      fs.rmdirSync(dir);
      this.file = undefined;
    } catch {
      // Windows keeps an open file in its folder: removed when the server stops.
      process.once('exit', () => this.close());
    }
  }

  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    if (this.file) {
      fs.rmSync(path.dirname(this.file), { recursive: true, force: true });
      this.file = undefined;
    }
    this.fd = undefined;
  }
}

export class ArticleWorkspace {
  /** Analyses persisted across sessions (enabled once the server knows its cache folder). */
  readonly analysisCache = new DiskAnalysisCache();
  private readonly spill = new TextSpill();
  /** An editor's text stays in memory (it changes with every keystroke); the others go to the spill file. */
  readonly corpus = new Corpus(this.analysisCache, (id, text) => (this.open.has(id) ? new HeapText(text) : this.spill.hold(text)));
  xref = new CrossReferencer(this.corpus);
  folders: string[] = [];
  /** URIs whose text comes from an open editor buffer rather than the disk. */
  readonly open = new Set<string>();
  readonly skipped = new Map<string, string>();
  /** Analyses articles read from disk on a second thread while the main thread analyses others. */
  readonly worker: AnalysisWorker;
  onWorkerError: (message: string) => void = () => undefined;
  /** Fewer articles than this are read without the worker thread (it would still be starting). */
  minForWorker = 200;

  /** `workerFile`: the analysis worker's script (tests); by default the bundled one next to this bundle. */
  constructor(workerFile?: string) {
    this.worker = new AnalysisWorker(workerFile, (message) => this.onWorkerError(message));
  }

  setSimilarity(threshold: number): void {
    this.xref = new CrossReferencer(this.corpus, { similarityThreshold: threshold });
  }

  folderOf(uri: string): string | undefined {
    return this.folders.filter((f) => uri === f || uri.startsWith(f.endsWith('/') ? f : f + '/')).sort((a, b) => b.length - a.length)[0];
  }

  relativePath(uri: string): string {
    const folder = this.folderOf(uri);
    const file = URI.parse(uri).fsPath;
    return folder ? path.relative(URI.parse(folder).fsPath, file).split(path.sep).join('/') : path.basename(file);
  }

  /** Whether an article at this URI belongs to the cross-referenced sources under the settings. */
  isSource(uri: string, settings: Settings): boolean {
    if (!uri.startsWith('file:')) return this.open.has(uri);
    const rel = this.relativePath(uri);
    return matchesAny(rel, settings.sources) && !matchesAny(rel, settings.exclude);
  }

  optionsFor(uri: string, settings: Settings): AnalysisOptions {
    const rel = this.relativePath(uri);
    for (const [pattern, date] of Object.entries(settings.publishedDates)) {
      if (pattern === rel || pattern === path.basename(rel) || matchesAny(rel, [pattern])) return { published: date };
    }
    return {};
  }

  /** Every article file of a folder that the settings select. */
  listFolder(folder: string, settings: Settings): string[] {
    const root = URI.parse(folder).fsPath;
    return listArticles(root)
      .map((f) => URI.file(f).toString())
      .filter((uri) => this.isSource(uri, settings));
  }

  /** Read one article from disk into the corpus (unless an editor holds it); false when unchanged or unreadable. */
  loadFromDisk(uri: string, settings: Settings): boolean {
    if (this.open.has(uri)) return false;
    const text = this.readText(uri);
    if (text === undefined) return this.corpus.delete(uri);
    return this.corpus.set(uri, text, this.optionsFor(uri, settings));
  }

  /** An article file's text; undefined when it cannot be read or is not text (the reason goes into `skipped`). */
  private readText(uri: string): string | undefined {
    const read = readArticle(URI.parse(uri).fsPath);
    if (!read.ok) {
      this.skipped.set(uri, read.reason);
      return undefined;
    }
    this.skipped.delete(uri);
    return read.text;
  }

  /**
   * `loadFromDisk` for many articles, into the corpus in their order: the worker thread analyses some while the main
   * thread analyses others (any the worker cannot take, or when it fails). `pause` is awaited after each article and
   * may yield to requests; a read that changed nothing is not reported.
   */
  async loadManyFromDisk(uris: string[], settings: Settings, pause: (done: number) => Promise<void> | void): Promise<void> {
    /** Articles read, oldest first, each with its analysis once made (here or on the worker, with what else it made). */
    const queue: Array<{ pending: PendingArticle; before: unknown; analysis?: ArticleAnalysis; made?: WorkerAnalysis; job?: Promise<void> }> = [];
    // Enough jobs for the worker to stay busy between two turns of this thread's event loop (every 10 ms or so while
    // indexing): with 4 it sat idle a third of the time.
    const WORKER_JOBS = 16;
    const LOOKAHEAD = 64;
    // A few articles are analysed here sooner than a worker thread starts and warms up.
    const useWorker = uris.length >= this.minForWorker && os.availableParallelism() > 1;
    const feedWorker = (): void => {
      if (!useWorker) return;
      for (const e of queue) {
        if (this.worker.inFlight >= WORKER_JOBS) return;
        if (e.analysis || e.job) continue;
        // Started only for an article that needs analysing: a workspace read from the cache needs no worker.
        if (!this.worker.ready()) return;
        // The worker also writes the analysis to the persisted cache and computes the text's signature.
        const cacheFile = this.analysisCache.fileFor(e.pending.cacheKey);
        e.job = this.worker.analyze(e.pending.text, e.pending.options, cacheFile).then(
          (made) => {
            if (e.analysis) return;
            e.analysis = made.analysis;
            e.made = made;
            if (made.persisted) this.analysisCache.persisted(e.pending.cacheKey);
          },
          () => void (e.analysis ??= analyzeArticle(e.pending.text, e.pending.options)),
        );
      }
    };
    /** One step towards putting the oldest article into the corpus: at most one analysis here, so `pause` runs often. */
    const step = async (): Promise<void> => {
      const head = queue[0];
      if (head.analysis) {
        queue.shift();
        // An editor opened it, or a newer read replaced it, meanwhile: that version stays.
        if (!this.open.has(head.pending.id) && this.corpus.get(head.pending.id) === head.before) this.corpus.commit(head.pending, head.analysis, head.made);
        return;
      }
      // While the worker has the oldest, analyse a later one here (the main thread's share).
      const idle = head.job ? queue.find((e) => !e.analysis && !e.job) : head;
      if (idle) idle.analysis = analyzeArticle(idle.pending.text, idle.pending.options);
      else await head.job;
      feedWorker();
    };
    try {
      for (let i = 0; i < uris.length; i++) {
        const uri = uris[i];
        if (!this.open.has(uri)) {
          const text = this.readText(uri);
          if (text === undefined) this.corpus.delete(uri);
          else {
            const before = this.corpus.get(uri);
            const pending = this.corpus.prepare(uri, text, this.optionsFor(uri, settings));
            if (pending) queue.push({ pending, before, analysis: pending.analysis });
            feedWorker();
            while (queue.length > LOOKAHEAD) {
              await step();
              await pause(i);
            }
          }
        }
        await pause(i + 1);
      }
      while (queue.length) {
        await step();
        await pause(uris.length);
      }
    } finally {
      // The worker's memory is given back between indexing runs.
      this.worker.release();
    }
  }

  setText(uri: string, text: string, settings: Settings): boolean {
    return this.analysisCache.withoutPersisting(() => this.corpus.set(uri, text, this.optionsFor(uri, settings)));
  }

  remove(uri: string): boolean {
    this.skipped.delete(uri);
    return this.corpus.delete(uri);
  }
}
