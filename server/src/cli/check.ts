// `corroborate check PATH...`: cross-reference every article against the others; text, JSON or SARIF out; exit code by --fail-on.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkArticles, type CheckInput } from '../analysis/check';
import { atLeast, DEFAULT_SEVERITY, SEVERITIES, type Severity } from '../analysis/severity';
import { LineIndex } from '../analysis/text/lines';
import { listArticles, readArticle } from '../workspace/files';
import { isoDay, oneOf, UsageError, type ParsedArgs } from './args';
import { toSarif } from './sarif';

export interface CliFinding {
  file: string;
  start: number;
  end: number;
  line: number;
  character: number;
  kind: 'quote' | 'claim';
  verdict: string;
  severity: Severity;
  confidence: number;
  message: string;
  related: Array<{ file: string; start: number; end: number; line: number; character: number; text: string }>;
}

export function checkCommand(args: ParsedArgs, out: (s: string) => void, err: (s: string) => void): number {
  if (!args.positionals.length) throw new UsageError('check needs at least one PATH (file or folder)');
  const format = oneOf(args.flags.get('format')?.at(-1), ['text', 'json', 'sarif'] as const, 'format', 'text');
  const failOn = oneOf(args.flags.get('fail-on')?.at(-1), [...SEVERITIES, 'never'] as const, 'fail-on', 'warning');
  const overrides = new Map<string, string>();
  for (const spec of args.flags.get('published') ?? []) {
    const eq = spec.lastIndexOf('=');
    if (eq <= 0) throw new UsageError(`--published needs FILE=YYYY-MM-DD (got "${spec}")`);
    overrides.set(path.resolve(spec.slice(0, eq)), isoDay(spec.slice(eq + 1), 'published'));
  }

  const files: string[] = [];
  for (const p of args.positionals) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new UsageError(`${p}: no such file or folder`);
    }
    if (stat.isDirectory()) files.push(...listArticles(p));
    else files.push(p);
  }
  const seen = new Set<string>();
  const inputs: CheckInput[] = [];
  for (const file of files) {
    const resolved = path.resolve(file);
    if (seen.has(resolved)) continue;
    seen.add(resolved);
    const read = readArticle(file);
    if (!read.ok) {
      err(`corroborate: ${file}: ${read.reason}`);
      if (args.positionals.includes(file) && !/skipped/.test(read.reason)) throw new UsageError(`${file}: ${read.reason}`);
      continue;
    }
    const published = overrides.get(resolved);
    inputs.push({ id: file, text: read.text, options: published ? { published } : {} });
  }
  for (const [file] of overrides) if (!seen.has(file)) err(`corroborate: --published ${file}: no such article among the inputs`);

  const { articles, findings } = checkArticles(inputs);
  const texts = new Map(inputs.map((a) => [a.id, a.text]));
  const lines = new Map<string, LineIndex>();
  const lineIndex = (id: string): LineIndex => {
    let li = lines.get(id);
    if (!li) lines.set(id, (li = new LineIndex(texts.get(id) ?? '')));
    return li;
  };
  const cliFindings: CliFinding[] = findings.map((f) => ({
    file: f.file,
    start: f.start,
    end: f.end,
    ...lineIndex(f.file).position(f.start),
    kind: f.kind,
    verdict: f.verdict,
    severity: DEFAULT_SEVERITY[f.verdict],
    confidence: Math.round(f.confidence * 100) / 100,
    message: f.message,
    related: f.related.map((r) => ({ file: r.file, start: r.start, end: r.end, ...lineIndex(r.file).position(r.start), text: r.text })),
    ...(f.diff ? { diff: f.diff } : {}),
    ...(f.wireOf ? { wireOf: f.wireOf } : {}),
  }));

  if (format === 'json') {
    out(JSON.stringify({ articles: articles.map((a) => ({ file: a.id, published: a.published.date, publishedFrom: a.published.from, ...(a.published.note ? { publishedNote: a.published.note } : {}) })), findings: cliFindings }, null, 2));
  } else if (format === 'sarif') {
    out(JSON.stringify(toSarif(cliFindings), null, 2));
  } else {
    for (const a of articles) if (!a.published.date) err(`${a.id}: no publication date found; relative dates stay unresolved (use --published ${a.id}=YYYY-MM-DD)`);
    for (const f of cliFindings) out(`${f.file}:${f.line + 1}:${f.character + 1}: ${f.severity} ${f.verdict}: ${f.message}`);
    const counts = new Map<string, number>();
    for (const f of cliFindings) counts.set(f.verdict, (counts.get(f.verdict) ?? 0) + 1);
    out(`\n${articles.length} articles, ${cliFindings.length} findings${counts.size ? ': ' + [...counts].map(([v, n]) => `${n} ${v}`).join(', ') : ''}`);
  }
  if (failOn === 'never') return 0;
  return cliFindings.some((f) => atLeast(f.severity, failOn)) ? 1 : 0;
}
