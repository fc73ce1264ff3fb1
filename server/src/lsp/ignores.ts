// The ignore list: findings a fact-checker dismissed, kept per workspace folder in .corroborate.json so they stay dismissed across restarts.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { ArticleWorkspace } from './workspace';

export const IGNORE_FILE = '.corroborate.json';

export interface IgnoreEntry {
  /** Article path relative to the workspace folder, forward slashes. */
  file: string;
  /** The finding key (see diagnostics.findingKey). */
  key: string;
}

interface IgnoreFileShape {
  ignore?: IgnoreEntry[];
  [other: string]: unknown;
}

export class IgnoreList {
  /** Folder URI → the entries read from its .corroborate.json. */
  private readonly byFolder = new Map<string, IgnoreEntry[]>();

  constructor(
    private readonly workspace: ArticleWorkspace,
    /** False in an untrusted workspace: the file is neither read nor written. */
    readonly enabled: boolean,
  ) {}

  static fileOf(folder: string): string {
    return path.join(URI.parse(folder).fsPath, IGNORE_FILE);
  }

  isIgnoreFile(uri: string): boolean {
    return uri.startsWith('file:') && path.basename(URI.parse(uri).fsPath) === IGNORE_FILE;
  }

  /** Re-read the ignore files of every folder (at start, and when one changes on disk). */
  reload(): void {
    this.byFolder.clear();
    if (!this.enabled) return;
    for (const folder of this.workspace.folders) this.byFolder.set(folder, readEntries(IgnoreList.fileOf(folder)));
  }

  keysFor(uri: string): ReadonlySet<string> {
    const folder = this.workspace.folderOf(uri);
    if (!this.enabled || !folder) return new Set();
    const rel = this.workspace.relativePath(uri);
    return new Set((this.byFolder.get(folder) ?? []).filter((e) => e.file === rel).map((e) => e.key));
  }

  /** Add (ignored = true) or remove an entry, and write the folder's file; other keys of the file are kept. */
  set(uri: string, key: string, ignored: boolean): void {
    const folder = this.workspace.folderOf(uri);
    if (!this.enabled) throw new Error('The ignore list is off in an untrusted workspace.');
    if (!folder) throw new Error(`${uri} is not inside a workspace folder, so there is no .corroborate.json for it.`);
    const file = IgnoreList.fileOf(folder);
    const data = readFile(file);
    const rel = this.workspace.relativePath(uri);
    const entries = (data.ignore ?? []).filter((e) => !(e.file === rel && e.key === key));
    if (ignored) entries.push({ file: rel, key });
    data.ignore = entries;
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(data, null, 2) + '\n');
    fs.renameSync(tmp, file);
    this.byFolder.set(folder, entries);
  }
}

/** The file's object; {} when there is none. Throws on a file that is not a JSON object, so it is never overwritten. */
function readFile(file: string): IgnoreFileShape {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  const data = JSON.parse(raw) as unknown;
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file} is not a JSON object`);
  return data as IgnoreFileShape;
}

function readEntries(file: string): IgnoreEntry[] {
  try {
    const list = readFile(file).ignore;
    return Array.isArray(list) ? list.filter((e): e is IgnoreEntry => !!e && typeof e.file === 'string' && typeof e.key === 'string') : [];
  } catch {
    return [];
  }
}
