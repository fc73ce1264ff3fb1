// The persisted analysis cache: one JSON file per article content (hash + options), under a folder per build of the analysis code.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { threadId } from 'node:worker_threads';
import type { AnalysisCache } from '../analysis/corpus';
import { contentHash } from '../analysis/text/hash';
import type { ArticleAnalysis } from '../analysis/types';

/** Bump when the shape of ArticleAnalysis changes; any rebuild of the code also starts a fresh cache (see codeVersion). */
export const ANALYSIS_VERSION = 1;

/** Where the cache lives when the client does not say (the extension passes its globalStorage path). */
export function defaultCacheDir(): string {
  return path.join(os.tmpdir(), 'corroborate-cache');
}

let code: string | undefined;
/** A fingerprint of the running bundle: analyses made by other code (older or newer) are never reused. */
function codeVersion(): string {
  if (code) return code;
  try {
    code = contentHash(fs.readFileSync(__filename, 'latin1'));
  } catch {
    code = 'unknown';
  }
  return code;
}

export class DiskAnalysisCache implements AnalysisCache {
  private dir: string | undefined;
  private pending = new Map<string, ArticleAnalysis>();
  private writing = false;
  private persisting = true;
  /**
   * Names of the cache files on disk, listed once (a cold workspace would otherwise try, and fail, to read one file
   * per article); files written since are added. A file another process writes later is not seen: one re-analysis.
   */
  private known: Set<string> | undefined;
  /** Reads that found an analysis on disk, and misses (for the status line and the benchmark). */
  hits = 0;
  misses = 0;

  /** Start using `root` (created when missing); older builds' folders there are removed in the background. */
  open(root: string): void {
    const version = `v${ANALYSIS_VERSION}-${codeVersion()}`;
    const dir = path.join(root, version);
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch {
      this.dir = undefined;
      return;
    }
    this.dir = dir;
    this.known = undefined;
    fs.readdir(root, (err, names) => {
      if (err) return;
      for (const name of names) if (name !== version && /^v\d+-/.test(name)) fs.rm(path.join(root, name), { recursive: true, force: true }, () => undefined);
    });
  }

  get enabled(): boolean {
    return this.dir !== undefined;
  }

  get(key: string): ArticleAnalysis | undefined {
    if (!this.dir) return undefined;
    const queued = this.pending.get(key);
    if (queued) return queued;
    if (!this.listed().has(path.basename(this.file(key)))) {
      this.misses++;
      return undefined;
    }
    try {
      const analysis = JSON.parse(fs.readFileSync(this.file(key), 'utf8')) as ArticleAnalysis;
      this.hits++;
      return analysis;
    } catch {
      this.misses++;
      return undefined;
    }
  }

  set(key: string, analysis: ArticleAnalysis): void {
    if (!this.dir || !this.persisting) return;
    this.pending.set(key, analysis);
    if (!this.writing) {
      this.writing = true;
      setImmediate(() => void this.drain());
    }
  }

  /**
   * The file an analysis of this content should be persisted to by someone else (the worker thread that made it, see
   * writeCacheFile), or undefined when nothing is persisted now; tell `persisted` once it is written.
   */
  fileFor(key: string): string | undefined {
    return this.dir && this.persisting ? this.file(key) : undefined;
  }

  /** An analysis was written to fileFor(key) elsewhere: reads find it from now on. */
  persisted(key: string): void {
    if (this.dir) this.known?.add(path.basename(this.file(key)));
  }

  /** Run `f` without persisting what it analyses (editor buffers change on every keystroke). */
  withoutPersisting<T>(f: () => T): T {
    this.persisting = false;
    try {
      return f();
    } finally {
      this.persisting = true;
    }
  }

  /**
   * Write queued analyses 20 at a time between turns of the event loop, off the request path. Each write is
   * synchronous: a few system calls for a few kilobytes cost less than the promise round trips of asynchronous ones
   * (a third of a millisecond per article while a workspace was indexed). A failed write only costs a re-analysis later.
   */
  private async drain(): Promise<void> {
    try {
      while (this.pending.size && this.dir) {
        let n = 0;
        for (const [key, analysis] of this.pending) {
          const file = this.file(key);
          if (writeCacheFile(file, JSON.stringify(analysis))) this.known?.add(path.basename(file));
          this.pending.delete(key);
          if (++n >= 20) break;
        }
        await new Promise((r) => setImmediate(r));
      }
    } finally {
      this.writing = false;
    }
  }

  /** Resolve once every queued analysis is on disk (tests, shutdown). */
  async flush(): Promise<void> {
    while (this.writing || this.pending.size) {
      if (!this.writing) {
        this.writing = true;
        await this.drain();
      } else await new Promise((r) => setTimeout(r, 5));
    }
  }

  private listed(): Set<string> {
    if (this.known) return this.known;
    const known = new Set<string>();
    try {
      for (const sub of fs.readdirSync(this.dir!)) {
        try {
          for (const name of fs.readdirSync(path.join(this.dir!, sub))) known.add(name);
        } catch {
          /* not a folder */
        }
      }
    } catch {
      /* no folder yet: nothing cached */
    }
    this.known = known;
    return known;
  }

  private file(key: string): string {
    const name = key.replace(/[^\w.-]/g, '_');
    return path.join(this.dir!, name.slice(0, 2), name + '.json');
  }
}

/**
 * Write one analysis (as JSON) to its cache file (DiskAnalysisCache.fileFor) synchronously, as the worker thread does
 * right after analysing; false when it could not (a failed write only costs a re-analysis later).
 */
export function writeCacheFile(file: string, json: string): boolean {
  const tmp = `${file}.${process.pid}.${threadId}.tmp`;
  try {
    const dir = path.dirname(file);
    if (!madeDirs.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    fs.writeFileSync(tmp, json);
    fs.renameSync(tmp, file);
    return true;
  } catch {
    madeDirs.clear();
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      /* nothing to clean up */
    }
    return false;
  }
}

/** Cache sub-folders writeCacheFile made or found (forgotten after any failed write). */
const madeDirs = new Set<string>();
