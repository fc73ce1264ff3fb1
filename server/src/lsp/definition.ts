// Go to definition / peek on a quote or claim: the passages of the other sources that corroborate (or contradict) it.

import type { Definition, DefinitionLink, DefinitionParams } from 'vscode-languageserver';
import type { ServerContext } from './context';
import { findingAt, relatedLocations } from './findings';
import { spanToRange } from './ranges';

export function registerDefinition(ctx: ServerContext): void {
  ctx.connection.onDefinition((params) => definition(ctx, params));
}

export function definition(ctx: ServerContext, params: DefinitionParams): Definition | DefinitionLink[] | null {
  const article = ctx.judged(params.textDocument.uri);
  if (!article) return null;
  const finding = findingAt(article, params.position);
  if (!finding) return null;
  const locations = relatedLocations(ctx, finding);
  if (!locations.length) return null;
  if (!ctx.capabilities.definitionLinks) return locations;
  const origin = spanToRange(article.lines, finding);
  return locations.map((l) => ({ originSelectionRange: origin, targetUri: l.uri, targetRange: l.range, targetSelectionRange: l.range }));
}
