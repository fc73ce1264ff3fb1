// Quick fixes on findings: use another source's wording, ignore (or stop ignoring) a finding, add a publication date.

import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { parseFrontMatter } from '../analysis/text/frontMatter';
import type { Finding, Quote } from '../analysis/types';
import { SERVER_COMMANDS, type IgnoreArgs, type IgnoreResult } from '../../../shared/protocol';
import type { JudgedArticle, ServerContext } from './context';
import { DIAGNOSTIC_SOURCE, findingKey, type DiagnosticData } from './diagnostics';
import { IgnoreList, IGNORE_FILE } from './ignores';
import { offsetToPosition, spanTouchesRange, spanToRange } from './ranges';
import { relationsOf } from './relations';

export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction((params) => codeActions(ctx, params));
  ctx.connection.onExecuteCommand(async (params) => {
    const args = params.arguments?.[0] as IgnoreArgs | undefined;
    if (params.command !== SERVER_COMMANDS.ignoreFinding && params.command !== SERVER_COMMANDS.unignoreFinding) return null;
    if (!args || typeof args.uri !== 'string' || typeof args.key !== 'string') throw new Error(`${params.command} needs { uri, key }`);
    const ignored = params.command === SERVER_COMMANDS.ignoreFinding;
    const result = setIgnored(ctx, args, ignored);
    if (ignored) offerUndo(ctx, args);
    return result;
  });
}

function setIgnored(ctx: ServerContext, args: IgnoreArgs, ignored: boolean): IgnoreResult {
  ctx.ignores.set(args.uri, args.key, ignored);
  ctx.revalidate([args.uri]);
  ctx.refreshViews();
  return { ignored, file: IgnoreList.fileOf(ctx.workspace.folderOf(args.uri)!) };
}

/** Any LSP client can answer a message request, so undo works beyond VS Code. */
function offerUndo(ctx: ServerContext, args: IgnoreArgs): void {
  ctx.connection.window
    .showInformationMessage(`Corroborate: finding ignored (stored in ${IGNORE_FILE}).`, { title: 'Undo' })
    .then((choice) => {
      if (choice?.title === 'Undo') setIgnored(ctx, args, false);
    })
    .catch(() => undefined);
}

export function codeActions(ctx: ServerContext, params: CodeActionParams): CodeAction[] {
  const uri = params.textDocument.uri;
  const article = ctx.judged(uri);
  if (!article) return [];
  const version = ctx.documents.get(uri)?.version;
  const edit = (edits: TextEdit[]): WorkspaceEdit =>
    ctx.capabilities.versionedEdits && version != null ? { documentChanges: [{ textDocument: { uri, version }, edits }] } : { changes: { [uri]: edits } };
  const keyed = new Map(article.findings.map((f) => [findingKey(f, article.text), f]));
  const canIgnore = ctx.ignores.enabled && !!ctx.workspace.folderOf(uri);
  const actions: CodeAction[] = [];

  for (const d of params.context.diagnostics) {
    if (d.source !== DIAGNOSTIC_SOURCE) continue;
    const data = d.data as DiagnosticData | undefined;
    if (data?.kind === 'problem' || (!data && d.code === 'no-publication-date')) {
      if ((data?.problem ?? d.code) === 'no-publication-date') actions.push(...publicationDateActions(ctx, article, d, edit));
      continue;
    }
    const f = (data?.key && keyed.get(data.key)) || article.findings.find((x) => x.verdict === d.code && sameRange(spanToRange(article.lines, x), d.range));
    if (!f) continue;
    actions.push(...wordingActions(ctx, article, f, d, edit));
    if (canIgnore) {
      const args: IgnoreArgs = { uri, key: findingKey(f, article.text) };
      actions.push({ title: `Ignore this finding (${f.verdict})`, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title: 'Ignore this finding', command: SERVER_COMMANDS.ignoreFinding, arguments: [args] } });
    }
  }

  // An ignored finding has no diagnostic to hang a fix on: offer "stop ignoring" where the cursor is.
  const ignored = ctx.ignores.keysFor(uri);
  if (ignored.size) {
    for (const f of article.findings) {
      const key = findingKey(f, article.text);
      if (!ignored.has(key) || !spanTouchesRange(article.lines, f, params.range)) continue;
      const args: IgnoreArgs = { uri, key };
      actions.push({ title: `Stop ignoring this finding (${f.verdict})`, kind: CodeActionKind.QuickFix, command: { title: 'Stop ignoring this finding', command: SERVER_COMMANDS.unignoreFinding, arguments: [args] } });
    }
  }
  const only = params.context.only;
  return only?.length ? actions.filter((a) => only.some((k) => a.kind === k || a.kind?.startsWith(k + '.'))) : actions;
}

/** Leading and trailing quotation marks, spaces and punctuation around the words of a quotation. */
const EDGE = /^[\s"“”„‟«»‘’‚‛'.,;:!?…—–-]+|[\s"“”„‟«»‘’‚‛'.,;:!?…—–-]+$/g;

function wordingActions(ctx: ServerContext, article: JudgedArticle, f: Finding, d: Diagnostic, edit: (edits: TextEdit[]) => WorkspaceEdit): CodeAction[] {
  if (f.kind !== 'quote') return [];
  const ours = article.analysis.quotes[f.index];
  const target = ours && wordsSpan(article.text, ours);
  if (!target) return [];
  const current = article.text.slice(target.start, target.end);
  const seen = new Set<string>([current]);
  const actions: CodeAction[] = [];
  for (const r of relationsOf(ctx.workspace, article.analysis, f)) {
    // Only a reworded quotation: a part quoted elsewhere, or the same words given to someone else, is no wording to adopt.
    if (r.relation !== 'wording') continue;
    const theirs = r.quote ? r.quote.content.replace(EDGE, '') : '';
    if (!theirs || seen.has(theirs)) continue;
    seen.add(theirs);
    const range = { start: offsetToPosition(article.lines, target.start), end: offsetToPosition(article.lines, target.end) };
    actions.push({
      title: `Use the wording of ${r.label}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: f.verdict === 'wording-differs' && actions.length === 0,
      edit: edit([{ range, newText: theirs }]),
    });
  }
  return actions;
}

/** The words of a one-segment quotation, marks and edge punctuation excluded; null for split quotes (the words between are not ours to rewrite). */
function wordsSpan(text: string, q: Quote): { start: number; end: number } | null {
  if (q.segments.length !== 1) return null;
  const seg = q.segments[0];
  const raw = text.slice(seg.start, seg.end);
  const lead = /^[\s"“”„‟«»‘’‚‛'.,;:!?…—–-]*/.exec(raw)![0].length;
  const trail = /[\s"“”„‟«»‘’‚‛'.,;:!?…—–-]*$/.exec(raw.slice(lead))![0].length;
  const start = seg.start + lead;
  const end = seg.end - trail;
  return end > start ? { start, end } : null;
}

function publicationDateActions(ctx: ServerContext, article: JudgedArticle, d: Diagnostic, edit: (edits: TextEdit[]) => WorkspaceEdit): CodeAction[] {
  const candidates: Array<{ date: string; why: string }> = [];
  const judgedOn = ctx.workspace.xref.analysis(article.uri)?.published;
  if (judgedOn?.date && judgedOn.from === 'inferred') candidates.push({ date: judgedOn.date, why: `inferred ${judgedOn.note ?? 'from other sources'}` });
  // A full date near the top is usually the dateline the reader could not parse.
  const early = article.analysis.dates.find((x) => x.start < 600 && !x.relative && /^\d{4}-\d{2}-\d{2}$/.test(x.value));
  if (early) candidates.push({ date: early.value, why: `from “${early.text}”` });
  candidates.push({ date: new Date().toISOString().slice(0, 10), why: 'today' });
  const markdown = ctx.documents.get(article.uri)?.languageId === 'markdown' || /\.(?:md|markdown)$/i.test(article.uri);
  const seen = new Set<string>();
  return candidates
    .filter((c) => !seen.has(c.date) && !!seen.add(c.date))
    .map((c, i) => ({
      title: `Add publication date ${c.date} (${c.why})`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: i === 0,
      edit: edit([publicationDateEdit(article, c.date, markdown)]),
    }));
}

/** `date:` in the front matter (added or created) for Markdown and for text that has front matter; a `Published:` line otherwise. */
export function publicationDateEdit(article: JudgedArticle, date: string, markdown: boolean): TextEdit {
  const text = article.text;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const at = (offset: number, newText: string): TextEdit => {
    const p = offsetToPosition(article.lines, offset);
    return { range: { start: p, end: p }, newText };
  };
  const fm = parseFrontMatter(text.slice(bom));
  if (fm) {
    const closingLine = text.lastIndexOf('\n', bom + fm.end - 2) + 1;
    return at(closingLine, `date: ${date}${eol}`);
  }
  if (markdown) return at(bom, `---${eol}date: ${date}${eol}---${eol}${eol}`);
  return at(bom, `Published: ${date}${eol}${eol}`);
}

function sameRange(a: { start: { line: number; character: number }; end: { line: number; character: number } }, b: typeof a): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
