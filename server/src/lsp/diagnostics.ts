// Findings and text problems of one article as LSP diagnostics: severity from settings, code = verdict, related spans.

import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { LineIndex } from '../analysis/text/lines';
import type { Finding, TextProblem } from '../analysis/types';
import { spanToRange } from './ranges';
import type { SeveritySetting, Settings } from './settings';

export const DIAGNOSTIC_SOURCE = 'corroborate';

const LSP_SEVERITY: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The data a diagnostic carries back to code actions. */
export interface DiagnosticData {
  kind: 'finding' | 'problem';
  /** Stable key of the finding (kind:index:verdict:start), used by "Ignore this finding". */
  key?: string;
  problem?: TextProblem['kind'];
}

export function findingKey(f: Finding, text: string): string {
  return `${f.kind}:${f.verdict}:${collapsedPrefix(text, f.start, f.end, 120)}`;
}

/**
 * text.slice(start, end).replace(/\s+/g, ' ').slice(0, length), from a piece of the span long enough to give `length`
 * characters (the collapsed piece is a prefix of the collapsed span); the whole span only when it is not.
 */
export function collapsedPrefix(text: string, start: number, end: number, length: number): string {
  if (end - start > 4 * length) {
    const piece = text.slice(start, start + 4 * length).replace(/\s+/g, ' ');
    if (piece.length >= length) return piece.slice(0, length);
  }
  return text.slice(start, end).replace(/\s+/g, ' ').slice(0, length);
}

export function toDiagnostics(
  findings: Finding[],
  problems: TextProblem[],
  text: string,
  lines: LineIndex,
  settings: Settings,
  related: (file: string) => { uri: string; lines: LineIndex } | undefined,
  ignored: ReadonlySet<string> = new Set(),
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of findings) {
    const severity = settings.severity[f.verdict];
    if (severity === 'off') continue;
    const key = findingKey(f, text);
    if (ignored.has(key)) continue;
    const relatedInformation: DiagnosticRelatedInformation[] = [];
    for (const r of f.related) {
      const other = related(r.file);
      if (other) relatedInformation.push({ location: { uri: other.uri, range: spanToRange(other.lines, r) }, message: excerpt(r.text) });
    }
    const d: Diagnostic = {
      range: spanToRange(lines, f),
      severity: LSP_SEVERITY[severity],
      code: f.verdict,
      source: DIAGNOSTIC_SOURCE,
      message: f.message,
      data: { kind: 'finding', key } satisfies DiagnosticData,
    };
    if (relatedInformation.length) d.relatedInformation = relatedInformation;
    out.push(d);
  }
  for (const p of problems) {
    out.push({
      range: spanToRange(lines, p),
      severity: p.kind === 'unbalanced-quote' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
      code: p.kind,
      source: DIAGNOSTIC_SOURCE,
      message: p.message,
      data: { kind: 'problem', problem: p.kind } satisfies DiagnosticData,
    });
  }
  return out;
}

export function excerpt(text: string): string {
  // Only the first 161 characters of the collapsed, trimmed text matter, and trimming drops at most one space at each
  // end of the collapsed text: its first 163 characters give them.
  const t = collapsedPrefix(text, 0, text.length, 163).trim();
  return t.length > 160 ? t.slice(0, 157) + '…' : t;
}
