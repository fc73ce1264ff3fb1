// Code lens above each quote and claim: how many sources agree, and where the speaker, wording, date or number differs.

import type { CodeLens, CodeLensParams, Command } from 'vscode-languageserver';
import { CLIENT_COMMANDS, type PeekSourcesArgs } from '../../../shared/protocol';
import type { ServerContext } from './context';
import { findingKey } from './diagnostics';
import { relatedLocations } from './findings';
import { spanToRange } from './ranges';
import { relationsOf, relationSummary } from './relations';

export function registerCodeLens(ctx: ServerContext): void {
  ctx.connection.onCodeLens((params) => codeLenses(ctx, params));
}

export async function codeLenses(ctx: ServerContext, params: CodeLensParams): Promise<CodeLens[]> {
  const uri = params.textDocument.uri;
  const settings = await ctx.settings(uri);
  if (!settings.enable || !settings.codeLens) return [];
  const article = ctx.judged(uri);
  if (!article) return [];
  const ignored = ctx.ignores.keysFor(uri);
  const lenses: CodeLens[] = [];
  for (const f of article.findings) {
    if (settings.severity[f.verdict] === 'off') continue;
    const range = spanToRange(article.lines, f);
    const title = relationSummary(f, relationsOf(ctx.workspace, article.analysis, f)) + (ignored.has(findingKey(f, article.text)) ? ' (ignored)' : '');
    const locations = relatedLocations(ctx, f);
    let command: Command = { title, command: '' };
    if (locations.length && ctx.capabilities.commands.includes(CLIENT_COMMANDS.peekSources)) {
      const args: PeekSourcesArgs = { uri, position: range.start, locations };
      command = { title, command: CLIENT_COMMANDS.peekSources, arguments: [args] };
    }
    lenses.push({ range: { start: range.start, end: range.start }, command });
  }
  return lenses;
}
