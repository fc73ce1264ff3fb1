// Re-checking: debounced per change, re-judges only the articles a change can affect, publishes diagnostics that are never stale.

import type { Diagnostic } from 'vscode-languageserver';
import { createHash } from 'node:crypto';
import { shiftSpan, type TextChange } from '../analysis/text/change';
import type { LineIndex } from '../analysis/text/lines';
import type { Finding } from '../analysis/types';
import type { JudgedArticle, ServerContext } from './context';
import { toDiagnostics } from './diagnostics';

export interface Validator {
  /** Mark articles dirty and schedule a pass after the debounce. */
  schedule(uris: Iterable<string>, debounceMs: number): void;
  /** While held (indexing), passes bring open buffers into the corpus but publish nothing: a partial corpus would show false verdicts. */
  hold(on: boolean): void;
  /** Run a pass now (tests, reindex). */
  flush(): Promise<void>;
  /** Judged article cached for the current corpus version. */
  judged(uri: string): JudgedArticle | undefined;
  /**
   * Articles that last linked to `uri` (so a change there re-judges them). Given the change an edit made, only those
   * whose related spans changed line or character: the others' diagnostics are as before, their spans are moved.
   */
  linkedTo(uri: string, change?: TextChange): Set<string>;
  /** Remove an article's diagnostics (closed or deleted). */
  clear(uri: string): void;
  counts(): Record<string, number>;
}

/** Longest stretch of re-checking unopened articles before the event loop is given back to requests. */
const YIELD_MS = 2;

/** `CORROBORATE_TRACE=1` logs each pass: what it re-checked and where the time went (for profiling edits). */
const TRACE = typeof process !== 'undefined' && !!process.env.CORROBORATE_TRACE;

export function createValidator(
  ctx: Pick<ServerContext, 'connection' | 'documents' | 'workspace' | 'settings'>,
  lineIndex: (uri: string) => LineIndex | undefined,
  ignoredFor: (uri: string) => ReadonlySet<string>,
  /** Bring the corpus up to date for the dirty articles; may add the articles a change affects. */
  prepare: (batch: Set<string>) => Promise<void>,
  /** Called after each pass (status bar counts). */
  afterPass: () => void = () => undefined,
): Validator {
  const dirty = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let held = 0;
  const cache = new Map<string, { version: number; xref: object; judged: JudgedArticle }>();
  /** Verdict counts of what was last published per article (for the status bar); findings themselves are not kept. */
  const published = new Map<string, Record<string, number>>();
  /** The sum of `published`, kept as it changes: the status after every pass must not cost a walk over the workspace. */
  const totals = new Map<string, number>();
  const setPublished = (uri: string, counts: Record<string, number> | undefined): void => {
    const old = published.get(uri);
    if (old) for (const verdict in old) totals.set(verdict, totals.get(verdict)! - old[verdict]);
    if (counts) {
      published.set(uri, counts);
      for (const verdict in counts) totals.set(verdict, (totals.get(verdict) ?? 0) + counts[verdict]);
    } else published.delete(uri);
  };
  const backLinks = new Map<string, Set<string>>();
  /**
   * A fingerprint of the diagnostics last sent for an article without an open editor: re-judging a neighbour after an
   * edit mostly finds what it found before, and the client already shows it (sending it again cost the server and the
   * client a JSON encoding and a parse each). Forgotten when the article is opened or cleared, so a reopened or closed
   * article is always sent once. A pass over the whole workspace sends without one (`fingerprint` false: most
   * articles are never re-judged, and the fingerprint was a second JSON encoding of everything sent); such an article
   * is sent again the first time it is re-judged.
   */
  const sentUnopened = new Map<string, string>();
  const send = async (uri: string, version: number | undefined, diagnostics: Diagnostic[], fingerprint = true): Promise<void> => {
    if (version !== undefined || !fingerprint) sentUnopened.delete(uri);
    else {
      const sent = createHash('sha1').update(JSON.stringify(diagnostics)).digest('base64');
      if (sentUnopened.get(uri) === sent) return;
      sentUnopened.set(uri, sent);
    }
    if (TRACE) trace.sent++;
    await ctx.connection.sendDiagnostics({ uri, version, diagnostics });
  };
  const trace = { sent: 0 };

  const judged = (uri: string, remember = true): JudgedArticle | undefined => {
    const corpus = ctx.workspace.corpus;
    const hit = cache.get(uri);
    // A new similarity threshold replaces the cross-referencer without changing the corpus: key on both.
    if (hit && hit.version === corpus.version && hit.xref === ctx.workspace.xref) return hit.judged;
    const article = corpus.get(uri);
    const lines = lineIndex(uri);
    if (!article || !lines) return undefined;
    const analysis = ctx.workspace.xref.analysis(uri)!;
    const findings = ctx.workspace.xref.judge(uri, remember);
    const j: JudgedArticle = { uri, text: article.text, analysis, findings, lines };
    cache.set(uri, { version: corpus.version, xref: ctx.workspace.xref, judged: j });
    return j;
  };

  /**
   * What each article's findings link to (the inverse of backLinks, so relinking one article is O(its links)): the
   * linked articles, and every related span as [index into files, start, end] in one typed array, which a large
   * workspace can hold for hundreds of thousands of links.
   */
  const linksOf = new Map<string, { files: string[]; spans: Int32Array }>();
  const unlink = (uri: string): void => {
    for (const file of linksOf.get(uri)?.files ?? []) {
      const s = backLinks.get(file);
      s?.delete(uri);
      if (s && !s.size) backLinks.delete(file);
    }
    linksOf.delete(uri);
  };

  const setLinks = (uri: string, findings: Finding[]): void => {
    unlink(uri);
    const files = new Map<string, number>();
    const spans: number[] = [];
    for (const f of findings) {
      for (const r of f.related) {
        let i = files.get(r.file);
        if (i === undefined) {
          files.set(r.file, (i = files.size));
          let s = backLinks.get(r.file);
          if (!s) backLinks.set(r.file, (s = new Set()));
          s.add(uri);
        }
        spans.push(i, r.start, r.end);
      }
    }
    if (files.size) linksOf.set(uri, { files: [...files.keys()], spans: Int32Array.from(spans) });
  };

  const publish = async (uri: string, remember = true): Promise<void> => {
    const settings = await ctx.settings(uri);
    const doc = ctx.documents.get(uri);
    const scopeOk = settings.diagnosticsScope === 'workspace' || ctx.workspace.open.has(uri);
    const article = settings.enable && scopeOk ? judged(uri, remember) : undefined;
    if (!article) {
      setPublished(uri, undefined);
      await send(uri, doc?.version, []);
      return;
    }
    setLinks(uri, article.findings);
    const counts: Record<string, number> = {};
    for (const f of article.findings) counts[f.verdict] = (counts[f.verdict] ?? 0) + 1;
    setPublished(uri, counts);
    // Keep judged findings only for open editors (hovers, lenses); an unopened article is judged again on demand,
    // so a large workspace does not hold every article's findings in memory.
    if (!ctx.workspace.open.has(uri)) cache.delete(uri);
    let diagnostics: Diagnostic[];
    try {
      diagnostics = toDiagnostics(article.findings, article.analysis.problems, article.text, article.lines, settings, (file) => {
        const lines = lineIndex(file);
        return lines ? { uri: file, lines } : undefined;
      }, ignoredFor(uri));
    } catch (e) {
      ctx.connection.console.error(`corroborate: could not check ${uri}: ${e instanceof Error ? e.stack : String(e)}`);
      diagnostics = [];
    }
    // A newer edit of this document supersedes this result: drop it, the next pass publishes.
    if (doc && ctx.documents.get(uri)?.version !== doc.version) return;
    await send(uri, doc?.version, diagnostics, remember);
  };

  const pass = async (): Promise<void> => {
    const batchSet = new Set(dirty);
    dirty.clear();
    const t0 = TRACE ? performance.now() : 0;
    const cpu0 = TRACE ? process.cpuUsage() : undefined;
    const asked = batchSet.size;
    await prepare(batchSet);
    if (held > 0) {
      for (const u of batchSet) dirty.add(u);
      return;
    }
    const batch = [...batchSet];
    const open = batch.filter((u) => ctx.workspace.open.has(u));
    const rest = batch.filter((u) => !ctx.workspace.open.has(u));
    const t1 = TRACE ? performance.now() : 0;
    for (const uri of open) await publish(uri);
    const t2 = TRACE ? performance.now() : 0;
    trace.sent = 0;
    const report = (done: number): void => {
      if (!TRACE) return;
      const cpu = process.cpuUsage(cpu0);
      ctx.connection.console.log(
        `corroborate trace: pass of ${asked} dirty → ${batch.length} (${open.length} open): prepare ${(t1 - t0).toFixed(1)} ms, ` +
          `open published ${(t2 - t1).toFixed(1)} ms, ${done}/${rest.length} others in ${(performance.now() - t2).toFixed(1)} ms ` +
          `(${trace.sent} sent), CPU ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms`,
      );
    };
    // A pass over most of the workspace (indexing, new settings) judges each article once: nothing worth remembering.
    const once = rest.length >= 200 && rest.length * 2 >= ctx.workspace.corpus.size;
    let yielded = performance.now();
    for (let i = 0; i < rest.length; i++) {
      await publish(rest[i], !once);
      // Yield often so hovers and edits are answered while a large workspace is checked; a newer edit supersedes
      // the rest of this pass: hand the unpublished articles to the next pass, which serves the open editors first.
      if (performance.now() - yielded < YIELD_MS) continue;
      await new Promise((r) => setImmediate(r));
      yielded = performance.now();
      if (dirty.size) {
        for (const u of rest.slice(i + 1)) dirty.add(u);
        report(i + 1);
        return;
      }
    }
    report(rest.length);
    afterPass();
  };

  const run = (): Promise<void> => {
    timer = undefined;
    const next = (running ?? Promise.resolve()).then(pass).catch((e: unknown) => {
      ctx.connection.console.error(`corroborate: re-check failed: ${e instanceof Error ? e.stack : String(e)}`);
    });
    running = next;
    return next;
  };

  return {
    schedule(uris, debounceMs) {
      for (const u of uris) dirty.add(u);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void run(), debounceMs);
    },
    hold(on) {
      held = Math.max(0, held + (on ? 1 : -1));
    },
    async flush() {
      if (timer) clearTimeout(timer);
      await run();
    },
    judged,
    linkedTo(uri, change) {
      const linked = new Set(backLinks.get(uri) ?? []);
      if (!change) return linked;
      for (const other of linked) {
        const links = linksOf.get(other)!;
        const file = links.files.indexOf(uri);
        const { spans } = links;
        let keeps = true;
        for (let i = 0; keeps && i < spans.length; i += 3) keeps = spans[i] !== file || !!shiftSpan(change, spans[i + 1], spans[i + 2]);
        if (!keeps) continue;
        // Its diagnostics point at the same lines and characters as before: nothing to re-check, only offsets to move.
        for (let i = 0; i < spans.length; i += 3) {
          if (spans[i] !== file) continue;
          const moved = shiftSpan(change, spans[i + 1], spans[i + 2])!;
          spans[i + 1] = moved.start;
          spans[i + 2] = moved.end;
        }
        linked.delete(other);
      }
      return linked;
    },
    clear(uri) {
      setPublished(uri, undefined);
      cache.delete(uri);
      unlink(uri);
      sentUnopened.delete(uri);
      void ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
    },
    counts() {
      const counts: Record<string, number> = {};
      // Verdicts no article has any more are left out, as before (the client sorts them).
      for (const [verdict, n] of totals) if (n > 0) counts[verdict] = n;
      return counts;
    },
  };
}
