// Finding lookups the providers share: the finding under a position, its related passages as LSP locations.

import type { Location, Position } from 'vscode-languageserver';
import type { Finding } from '../analysis/types';
import type { JudgedArticle, ServerContext } from './context';
import { positionToOffset, spanToRange } from './ranges';

/** The innermost finding at a position (a quote inside a claim wins over the claim). */
export function findingAt(article: JudgedArticle, position: Position): Finding | undefined {
  const offset = positionToOffset(article.lines, position);
  return article.findings.filter((f) => f.start <= offset && offset <= f.end).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}

/** Each other source's passage of a finding, where that source is still in the corpus. */
export function relatedLocations(ctx: ServerContext, f: Finding): Location[] {
  const out: Location[] = [];
  for (const r of f.related) {
    const lines = ctx.lines(r.file);
    if (lines) out.push({ uri: r.file, range: spanToRange(lines, r) });
  }
  return out;
}
