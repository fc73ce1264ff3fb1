// Reading articles from disk the way an editor shows them: UTF-8, BOM removed, binary and oversized files refused clearly.

import * as fs from 'node:fs';
import * as path from 'node:path';

export const ARTICLE_EXTENSIONS = ['.txt', '.md'];
/** Files larger than this are not read (a clear message says so). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

export function decodeArticle(bytes: Uint8Array): ReadResult {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return { ok: false, reason: 'binary file (contains NUL bytes), skipped' };
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (sample.length && control / sample.length > 0.1) return { ok: false, reason: 'binary file, skipped' };
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

export function readArticle(file: string): ReadResult {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    return { ok: false, reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
  if (!stat.isFile()) return { ok: false, reason: 'not a file' };
  if (stat.size > MAX_FILE_BYTES) return { ok: false, reason: `too large (${(stat.size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB), skipped` };
  try {
    return decodeArticle(fs.readFileSync(file));
  } catch (e) {
    return { ok: false, reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
}

export function isArticlePath(file: string): boolean {
  return ARTICLE_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

/** Every article file below a folder, in a stable order; skips dot-folders and node_modules. */
export function listArticles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && isArticlePath(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}
