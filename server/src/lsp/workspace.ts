// The server's view of the workspace: every article (open buffers over disk files) in one corpus, keyed by URI.

import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { Corpus } from '../analysis/corpus';
import { CrossReferencer } from '../analysis/crossref';
import type { AnalysisOptions } from '../analysis/types';
import { DiskAnalysisCache } from '../workspace/analysisCache';
import { listArticles, readArticle } from '../workspace/files';
import { matchesAny } from './glob';
import type { Settings } from './settings';

export interface SkippedFile {
  uri: string;
  reason: string;
}

export class ArticleWorkspace {
  /** Analyses persisted across sessions (enabled once the server knows its cache folder). */
  readonly analysisCache = new DiskAnalysisCache();
  readonly corpus = new Corpus(this.analysisCache);
  xref = new CrossReferencer(this.corpus);
  folders: string[] = [];
  /** URIs whose text comes from an open editor buffer rather than the disk. */
  readonly open = new Set<string>();
  readonly skipped = new Map<string, string>();

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
    const read = readArticle(URI.parse(uri).fsPath);
    if (!read.ok) {
      this.skipped.set(uri, read.reason);
      return this.corpus.delete(uri);
    }
    this.skipped.delete(uri);
    return this.corpus.set(uri, read.text, this.optionsFor(uri, settings));
  }

  setText(uri: string, text: string, settings: Settings): boolean {
    return this.analysisCache.withoutPersisting(() => this.corpus.set(uri, text, this.optionsFor(uri, settings)));
  }

  remove(uri: string): boolean {
    this.skipped.delete(uri);
    return this.corpus.delete(uri);
  }
}
