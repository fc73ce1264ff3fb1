// The cross-reference report (ReportRequest): every quote and claim of the workspace as a row, one cell per source that has it.

import { sourceLabel } from '../analysis/crossref';
import type { Finding, Verdict } from '../analysis/types';
import { ReportRequest, type ReportCell, type ReportParams, type ReportResult, type ReportRow } from '../../../shared/protocol';
import type { JudgedArticle, ServerContext } from './context';
import { findingKey } from './diagnostics';
import { spanToRange } from './ranges';

/** Most serious first: a row shows the worst verdict any source has for it. */
const RANK: Verdict[] = ['speaker-conflict', 'date-conflict', 'number-conflict', 'wording-differs', 'unattributed', 'single-source', 'corroborated'];

export function registerReport(ctx: ServerContext): void {
  ctx.connection.onRequest(ReportRequest, (params: ReportParams | undefined) => report(ctx, params ?? {}));
}

export function report(ctx: ServerContext, params: ReportParams): ReportResult {
  const corpus = ctx.workspace.corpus;
  let sources = [...corpus.ids()].sort();
  if (params.uri) {
    const near = ctx.judged(params.uri);
    const related = new Set([params.uri, ...(near?.findings.flatMap((f) => f.related.map((r) => r.file)) ?? [])]);
    sources = sources.filter((s) => related.has(s));
  }
  const articles = sources.map((s) => ctx.judged(s)).filter((a): a is JudgedArticle => !!a);

  // Each finding is a node named by its article and span; a related span names the other article's node: join them.
  const id = (file: string, start: number, end: number): string => `${file}\u0000${start}\u0000${end}`;
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let p = parent.get(x) ?? x;
    while (p !== (parent.get(p) ?? p)) p = parent.get(p) ?? p;
    parent.set(x, p);
    return p;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  const nodes = new Map<string, { article: JudgedArticle; finding: Finding }>();
  for (const article of articles) {
    for (const f of article.findings) {
      const n = id(article.uri, f.start, f.end);
      nodes.set(n, { article, finding: f });
      find(n);
      for (const r of f.related) if (sources.includes(r.file)) union(n, id(r.file, r.start, r.end));
    }
  }

  const rows = new Map<string, ReportRow>();
  for (const [n, { article, finding: f }] of nodes) {
    const root = find(n);
    const analysis = article.analysis;
    const speaker = f.kind === 'quote' ? (analysis.quotes[f.index]?.speaker?.canonical ?? null) : null;
    const text = article.text.slice(f.start, f.end).replace(/\s+/g, ' ').trim();
    let row = rows.get(root);
    if (!row) rows.set(root, (row = { kind: f.kind, text, speaker, verdict: f.verdict, cells: {} }));
    if (RANK.indexOf(f.verdict) < RANK.indexOf(row.verdict as Verdict)) row.verdict = f.verdict;
    if (row.cells[article.uri]) continue; // two passages of one source in a row: keep the first
    const cell: ReportCell = {
      verdict: f.verdict,
      message: f.message,
      text,
      speaker,
      range: spanToRange(article.lines, f),
      ignored: ctx.ignores.keysFor(article.uri).has(findingKey(f, article.text)),
    };
    row.cells[article.uri] = cell;
  }
  const ordered = [...rows.values()].sort(
    (a, b) => (a.kind === b.kind ? 0 : a.kind === 'quote' ? -1 : 1) || Object.keys(b.cells).length - Object.keys(a.cells).length || RANK.indexOf(a.verdict as Verdict) - RANK.indexOf(b.verdict as Verdict),
  );
  const labels = Object.fromEntries(sources.map((s) => [s, sourceLabel(s)]));
  return {
    sources,
    labels,
    rows: ordered,
    ...(ctx.trusted ? {} : { limited: 'Restricted Mode: only the open articles are in this report.' }),
  };
}
