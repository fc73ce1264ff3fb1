// Document symbols (outline): quotes grouped by speaker, dated claims grouped by date.

import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams, type SymbolInformation } from 'vscode-languageserver';
import type { Finding, Span } from '../analysis/types';
import type { JudgedArticle, ServerContext } from './context';
import { resolvedLabel } from './inlayHints';
import { spanToRange } from './ranges';

export function registerDocumentSymbols(ctx: ServerContext): void {
  ctx.connection.onDocumentSymbol((params) => documentSymbols(ctx, params));
}

export function documentSymbols(ctx: ServerContext, params: DocumentSymbolParams): DocumentSymbol[] | SymbolInformation[] {
  const article = ctx.judged(params.textDocument.uri);
  if (!article) return [];
  const tree = outline(article);
  return ctx.capabilities.hierarchicalSymbols ? tree : flatten(params.textDocument.uri, tree);
}

interface Group {
  name: string;
  kind: SymbolKind;
  items: DocumentSymbol[];
  spans: Span[];
}

export function outline(article: JudgedArticle): DocumentSymbol[] {
  const { analysis, lines } = article;
  const verdicts = new Map<string, Finding>(article.findings.map((f) => [`${f.kind}:${f.index}`, f]));
  const leaf = (name: string, span: Span, kind: SymbolKind, detail?: string): DocumentSymbol => ({ name, detail, kind, range: spanToRange(lines, span), selectionRange: spanToRange(lines, span) });
  const group = (groups: Map<string, Group>, name: string, kind: SymbolKind): Group => {
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { name, kind, items: [], spans: [] }));
    return g;
  };

  const speakers = new Map<string, Group>();
  analysis.quotes.forEach((q, i) => {
    const g = group(speakers, q.speaker?.canonical ?? '(no speaker)', SymbolKind.Class);
    g.items.push(leaf(excerpt(q.content, 60, true), q, SymbolKind.String, verdicts.get(`quote:${i}`)?.verdict));
    g.spans.push(q);
  });
  const days = new Map<string, Group>();
  analysis.claims.forEach((c, i) => {
    const d = c.date != null ? analysis.dates[c.date] : undefined;
    if (!d && !c.numbers.length) return;
    const name = d ? `${resolvedLabel(d) ?? d.value} (“${d.text}”)` : '(no date)';
    const g = group(days, name, SymbolKind.Event);
    g.items.push(leaf(excerpt(c.text, 60, false), c, SymbolKind.Event, verdicts.get(`claim:${i}`)?.verdict));
    g.spans.push(c);
  });

  const section = (name: string, groups: Map<string, Group>, kind: SymbolKind): DocumentSymbol | undefined => {
    const children = [...groups.values()].map((g) => {
      const span = hull(g.spans);
      return { name: g.name, detail: `${g.items.length}`, kind: g.kind, range: spanToRange(lines, span), selectionRange: spanToRange(lines, g.spans[0]), children: g.items };
    });
    if (!children.length) return undefined;
    const spans = [...groups.values()].flatMap((g) => g.spans);
    return { name, kind, range: spanToRange(lines, hull(spans)), selectionRange: spanToRange(lines, spans[0]), children };
  };
  return [section('Quotes', speakers, SymbolKind.Namespace), section('Claims', days, SymbolKind.Namespace)].filter((s): s is DocumentSymbol => !!s);
}

function flatten(uri: string, symbols: DocumentSymbol[], container?: string): SymbolInformation[] {
  return symbols.flatMap((s) => [
    { name: s.name, kind: s.kind, location: { uri, range: s.range }, ...(container ? { containerName: container } : {}) },
    ...flatten(uri, s.children ?? [], s.name),
  ]);
}

function hull(spans: Span[]): Span {
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

export function excerpt(text: string, max: number, quoted: boolean): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const cut = t.length > max ? t.slice(0, max - 1) + '…' : t;
  return quoted ? `“${cut}”` : cut;
}
