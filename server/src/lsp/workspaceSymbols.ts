// Workspace symbols: every speaker quoted in the workspace, one entry per article that quotes them.

import { SymbolKind, type SymbolInformation, type WorkspaceSymbolParams } from 'vscode-languageserver';
import { sourceLabel } from '../analysis/crossref';
import type { Speaker } from '../analysis/types';
import type { ServerContext } from './context';
import { spanToRange } from './ranges';

const LIMIT = 1000;

export function registerWorkspaceSymbols(ctx: ServerContext): void {
  ctx.connection.onWorkspaceSymbol((params) => workspaceSymbols(ctx, params));
}

export function workspaceSymbols(ctx: ServerContext, params: WorkspaceSymbolParams): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  for (const uri of ctx.workspace.corpus.ids()) {
    const analysis = ctx.workspace.xref.analysis(uri);
    const lines = ctx.lines(uri);
    if (!analysis || !lines) continue;
    const bySpeaker = new Map<string, { mention: Speaker; quotes: number }>();
    for (const q of analysis.quotes) {
      if (!q.speaker) continue;
      const entry = bySpeaker.get(q.speaker.canonical);
      if (!entry) bySpeaker.set(q.speaker.canonical, { mention: q.speaker, quotes: 1 });
      else {
        entry.quotes++;
        // Point at a mention by name rather than at "she" or "the mayor".
        if (entry.mention.via !== 'name' && q.speaker.via === 'name') entry.mention = q.speaker;
      }
    }
    for (const [name, { mention, quotes }] of bySpeaker) {
      if (!matches(params.query, name)) continue;
      out.push({ name, kind: SymbolKind.Class, containerName: `${sourceLabel(uri)} · ${quotes} quote${quotes === 1 ? '' : 's'}`, location: { uri, range: spanToRange(lines, mention) } });
      if (out.length >= LIMIT) return out;
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name) || a.location.uri.localeCompare(b.location.uri));
}

/** Case-insensitive subsequence match, as editors do for symbol search ("evas" finds "Elena Vasquez"). */
export function matches(query: string, name: string): boolean {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const n = name.toLowerCase();
  let i = 0;
  for (const c of n) if (c === q[i]) i++;
  return i === q.length;
}
