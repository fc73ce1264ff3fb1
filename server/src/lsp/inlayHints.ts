// Inlay hints after relative dates ("on Thursday" → Thu 2015-11-26), resolved against the article's publication date.

import { InlayHintKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import { weekdayOfDay } from '../analysis/crossref/dateCompare';
import type { DateExpression, PublicationDate } from '../analysis/types';
import type { ServerContext } from './context';
import { offsetToPosition, spanTouchesRange } from './ranges';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function registerInlayHints(ctx: ServerContext): void {
  ctx.connection.languages.inlayHint.on((params) => inlayHints(ctx, params));
}

export async function inlayHints(ctx: ServerContext, params: InlayHintParams): Promise<InlayHint[]> {
  const uri = params.textDocument.uri;
  const settings = await ctx.settings(uri);
  if (!settings.enable || !settings.inlayHints) return [];
  const article = ctx.judged(uri);
  if (!article) return [];
  const hints: InlayHint[] = [];
  for (const d of article.analysis.dates) {
    if (!d.relative || !spanTouchesRange(article.lines, d, params.range)) continue;
    const label = resolvedLabel(d);
    if (!label) continue;
    hints.push({
      position: offsetToPosition(article.lines, d.end),
      label: `→ ${label}`,
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: resolvedFrom(article.analysis.published),
    });
  }
  return hints;
}

/** "Thu 2015-11-26" for a day, the value itself for a resolved week or month; null while it depends on an unknown date. */
export function resolvedLabel(d: DateExpression): string | null {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(d.value)?.[0];
  if (day) {
    const w = weekdayOfDay(day);
    return w == null ? day : `${WEEKDAYS[w]} ${day}`;
  }
  return /^\d{4}-(?:W\d{2}|\d{2})$/.test(d.value) ? d.value : null;
}

function resolvedFrom(p: PublicationDate): string {
  if (!p.date) return 'Resolved without a publication date.';
  const from = p.from === 'option' ? 'the corroborate.publishedDates setting' : p.from === 'front-matter' ? 'the front matter' : p.from === 'dateline' ? 'the dateline' : `other sources${p.note ? ` (${p.note})` : ''}`;
  return `Resolved against the publication date ${p.date}, from ${from}.`;
}
