// Hover on a quote, claim or date: the verdict, the speaker and how it was found, each other source's passage, a word diff, the resolved date.

import type { Hover, HoverParams } from 'vscode-languageserver';
import { sourceLabel } from '../analysis/crossref';
import { weekdayOfDay } from '../analysis/crossref/dateCompare';
import type { DateExpression, Finding, Quote, WordDiffPart } from '../analysis/types';
import type { JudgedArticle, ServerContext } from './context';
import { positionToOffset, spanToRange } from './ranges';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover((params) => hover(ctx, params));
}

export function hover(ctx: ServerContext, params: HoverParams): Hover | null {
  const article = ctx.judged(params.textDocument.uri);
  if (!article) return null;
  const offset = positionToOffset(article.lines, params.position);
  const date = smallest(article.analysis.dates.filter((d) => d.start <= offset && offset < d.end));
  const finding = smallest(article.findings.filter((f) => f.start <= offset && offset < f.end));
  const parts: string[] = [];
  if (finding) parts.push(findingMarkdown(ctx, article, finding));
  if (date) parts.push(dateMarkdown(article, date));
  if (!parts.length) return null;
  const span = finding ?? date!;
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: spanToRange(article.lines, span) };
}

function smallest<T extends { start: number; end: number }>(items: T[]): T | undefined {
  return items.sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}

function findingMarkdown(ctx: ServerContext, article: JudgedArticle, f: Finding): string {
  const lines: string[] = [`**Corroborate: ${f.verdict}** (confidence ${Math.round(f.confidence * 100)}%)`, '', escape(f.message)];
  if (f.kind === 'quote') {
    const q: Quote = article.analysis.quotes[f.index];
    if (q?.speaker) lines.push('', `Speaker: **${escape(q.speaker.canonical)}** — via ${q.speaker.via} "${escape(q.speaker.name)}"${q.cue ? `, cue "${escape(q.cue.text)}"` : ''}`);
    else lines.push('', 'Speaker: none found in this article');
    if (q?.fragment) lines.push('', '_Partial quote (fragment)._');
  }
  if (f.diff) lines.push('', `Word diff (this article → ${escape(sourceLabel(f.related[0]?.file ?? ''))}): ${diffMarkdown(f.diff)}`);
  for (const r of f.related) {
    const other = ctx.workspace.corpus.get(r.file);
    const context = other ? sentenceAround(other.text, r.start, r.end) : { before: '', match: r.text, after: '' };
    lines.push('', `**${escape(sourceLabel(r.file))}**:`, `> ${escape(context.before)}**${escape(context.match)}**${escape(context.after)}`);
  }
  return lines.join('\n');
}

function dateMarkdown(article: JudgedArticle, d: DateExpression): string {
  const pub = article.analysis.published;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(d.value) ? weekdayOfDay(d.value) : null;
  const value = day != null ? `${WEEKDAYS[day]} ${d.value}` : d.value;
  const from = pub.date ? `published ${pub.date} (from ${pub.from}${pub.note ? `: ${pub.note}` : ''})` : 'no publication date: relative dates stay unresolved';
  return `**Date** "${escape(d.text)}" → \`${value}\` (${d.type}${d.mod ? `, ${d.mod}` : ''})\n\nResolved against the ${from}.`;
}

function diffMarkdown(diff: WordDiffPart[]): string {
  return diff.map((p) => (p.removed ? `~~${escape(p.value.trim())}~~ ` : p.added ? `**${escape(p.value.trim())}** ` : escape(p.value))).join('').trim();
}

/** The sentence holding a span, with the span separated out so it can be highlighted. */
export function sentenceAround(text: string, start: number, end: number): { before: string; match: string; after: string } {
  let s = start;
  while (s > 0 && start - s < 300 && !/[.!?\n]/.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && e - end < 300 && !/[\n]/.test(text[e]) && !/[.!?]/.test(text[e - 1] ?? '')) e++;
  const clean = (x: string): string => x.replace(/\s+/g, ' ');
  return { before: clean(text.slice(s, start)).trimStart(), match: clean(text.slice(start, end)), after: clean(text.slice(end, e)).trimEnd() };
}

function escape(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|~])/g, '\\$1');
}
