// The language server: wires documents, settings, indexing, re-checking and the provider modules to one connection.

import {
  CodeLensRefreshRequest,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  type Connection,
  type InitializeParams,
} from 'vscode-languageserver/node';
import * as v8 from 'node:v8';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { LineIndex } from '../analysis/text/lines';
import { ReindexRequest, StatusNotification, type InitializationOptions, type ReindexResult, type StatusParams } from '../../../shared/protocol';
import { serverCapabilities } from './capabilities';
import { registerCodeActions } from './codeActions';
import { registerCodeLens } from './codeLens';
import type { ClientCapabilities, ServerContext } from './context';
import { registerDefinition } from './definition';
import { registerHover } from './hover';
import { IgnoreList } from './ignores';
import { registerInlayHints } from './inlayHints';
import { registerReport } from './report';
import { registerDocumentSymbols } from './symbols';
import { registerWorkspaceSymbols } from './workspaceSymbols';
import { lineIndexFor } from './ranges';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings';
import { createValidator } from './validation';
import { defaultCacheDir } from '../workspace/analysisCache';
import { ArticleWorkspace } from './workspace';
import { affectedByEdit } from '../analysis/corpus/affected';
import { diffText } from '../analysis/text/change';
import { warmEditPath } from './warmup';

export interface ServerOptions {
  connection?: Connection;
}

export function runServer(options: ServerOptions = {}): Connection {
  // A server holds a large corpus for hours and makes garbage in bursts: grow the heap by 30% between full
  // collections, not by the default (up to 4x on a machine with plenty of memory), so its footprint stays near what
  // it holds (about 20% less peak memory for a few per cent more GC time).
  v8.setFlagsFromString('--heap-growing-percent=30');
  // V8 drops the bytecode of functions unused over several collections, and the analysis goes unused on the main
  // thread through the whole workspace-wide pass (and whenever the user stops typing for a while): the next keystrokes
  // then ran uncompiled, 3–4 times slower (the second and third edits of the bench took 12–15 ms of CPU instead of
  // 4–8). Keeping it costs a few megabytes.
  v8.setFlagsFromString('--no-flush-bytecode');
  const connection = options.connection ?? createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  const workspace = new ArticleWorkspace();
  workspace.onWorkerError = (message) => connection.console.warn(`corroborate: ${message}; analysing on the main thread`);
  const settingsCache = new Map<string, Promise<Settings>>();
  let initSettings: Settings = DEFAULT_SETTINGS;
  const capabilities: ClientCapabilities = {
    workDoneProgress: false, configuration: false, watchedFilesDynamic: false, codeLensRefresh: false, inlayHintRefresh: false,
    hierarchicalSymbols: false, definitionLinks: false, versionedEdits: false, commands: [],
  };
  /** Limited mode (untrusted workspace): only open articles, no .corroborate.json. Set at initialize. */
  let trusted = true;
  let ignores = new IgnoreList(workspace, true);
  const LIMITED = 'Restricted Mode: only open articles are checked; other files of the folder and the .corroborate.json ignore list are not read.';

  const settings = (uri: string): Promise<Settings> => {
    if (!capabilities.configuration) return Promise.resolve(initSettings);
    const scope = workspace.folderOf(uri) ?? '';
    let s = settingsCache.get(scope);
    if (!s) {
      s = connection.workspace
        .getConfiguration({ scopeUri: scope || undefined, section: 'corroborate' })
        .then(normalizeSettings, () => initSettings);
      settingsCache.set(scope, s);
    }
    return s;
  };

  const lines = (uri: string): LineIndex | undefined => {
    const article = workspace.corpus.get(uri);
    return article ? lineIndexFor(article, () => article.text) : undefined;
  };

  const prepare = async (batch: Set<string>): Promise<void> => {
    for (const uri of [...batch]) {
      const doc = documents.get(uri);
      if (!doc) continue;
      const s = await settings(uri);
      const old = workspace.corpus.get(uri);
      const oldText = old?.text;
      const text = doc.getText();
      if (!workspace.setText(uri, text, s)) continue;
      // Only the articles sharing a key with a quote or claim the edit changed, and those linking to a span the edit
      // moved to another line or character: typing in a sentence that is neither re-judges no neighbour.
      for (const n of affectedByEdit(workspace.corpus, uri, old)) batch.add(n);
      for (const n of validator.linkedTo(uri, oldText === undefined ? undefined : diffText(oldText, text))) batch.add(n);
    }
  };

  const refreshViews = (): void => {
    if (capabilities.codeLensRefresh) connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    if (capabilities.inlayHintRefresh) connection.languages.inlayHint.refresh().catch(() => undefined);
  };

  const base = {
    connection, documents, workspace, settings, lines, capabilities, refreshViews,
    get trusted() { return trusted; },
    get ignores() { return ignores; },
  };
  // After a pass, verdicts shown by code lenses and hints in other open editors may have changed too.
  const validator = createValidator(base, lines, (uri) => ignores.keysFor(uri), prepare, () => {
    sendStatus('ready');
    refreshViews();
  });
  const ctx: ServerContext = {
    ...base,
    get trusted() { return trusted; },
    get ignores() { return ignores; },
    judged: (uri) => validator.judged(uri),
    revalidate: (uris) => {
      validator.schedule(uris ?? workspace.corpus.ids(), 0);
    },
  };

  const sendStatus = (state: StatusParams['state'], message?: string): void => {
    const status: StatusParams = { state, articles: workspace.corpus.size, counts: validator.counts(), message, ...(trusted ? {} : { limited: LIMITED }) };
    void connection.sendNotification(StatusNotification, status);
  };

  const schedule = async (uris: Iterable<string>, uri?: string): Promise<void> => {
    const s = uri ? await settings(uri) : initSettings;
    validator.schedule(uris, s.debounceMs);
  };

  /** Read every source article of every folder from disk, in chunks so requests are answered meanwhile. */
  const index = async (): Promise<ReindexResult> => {
    const started = performance.now();
    sendStatus('indexing');
    const progress = capabilities.workDoneProgress ? await connection.window.createWorkDoneProgress() : undefined;
    progress?.begin('Corroborate: indexing articles', 0, undefined, false);
    const keep = new Set<string>();
    let reported = performance.now();
    validator.hold(true);
    try {
      for (const folder of workspace.folders) {
        const s = await settings(folder);
        const files = trusted ? workspace.listFolder(folder, s) : [];
        for (const f of files) keep.add(f);
        let yielded = performance.now();
        await workspace.loadManyFromDisk(files, s, async (done) => {
          // Give the event loop back every few milliseconds so hovers and edits are answered while indexing.
          if (performance.now() - yielded < 10) return;
          if (done % 50 === 0 || performance.now() - reported > 250) {
            progress?.report(Math.round((100 * done) / files.length), `${done} of ${files.length} articles`);
            reported = performance.now();
          }
          await new Promise((r) => setImmediate(r));
          yielded = performance.now();
        });
      }
      // Articles the settings no longer select (or deleted meanwhile) leave the corpus and lose their diagnostics.
      for (const uri of [...workspace.corpus.ids()]) {
        if (!keep.has(uri) && !workspace.open.has(uri) && workspace.remove(uri)) validator.clear(uri);
      }
    } finally {
      validator.hold(false);
    }
    progress?.done();
    for (const [uri, reason] of workspace.skipped) connection.console.warn(`corroborate: ${URI.parse(uri).fsPath}: ${reason}`);
    const cache = workspace.analysisCache;
    const heapMB = (): number => Math.round(process.memoryUsage().heapUsed / 1048576);
    connection.console.log(`corroborate: read ${keep.size} articles in ${Math.round(performance.now() - started)} ms (${cache.hits} analyses from the cache, ${cache.misses} analysed; heap ${heapMB()} MB)`);
    await warmEditPath(workspace);
    validator.schedule(workspace.corpus.ids(), 0);
    await validator.flush();
    connection.console.log(`corroborate: checked the workspace in ${Math.round(performance.now() - started)} ms (heap ${heapMB()} MB)`);
    sendStatus('ready');
    return { articles: workspace.corpus.size, milliseconds: Math.round(performance.now() - started) };
  };

  connection.onInitialize((params: InitializeParams) => {
    const c = params.capabilities;
    capabilities.workDoneProgress = !!c.window?.workDoneProgress;
    capabilities.configuration = !!c.workspace?.configuration;
    capabilities.watchedFilesDynamic = !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    capabilities.codeLensRefresh = !!c.workspace?.codeLens?.refreshSupport;
    capabilities.inlayHintRefresh = !!c.workspace?.inlayHint?.refreshSupport;
    capabilities.hierarchicalSymbols = !!c.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport;
    capabilities.definitionLinks = !!c.textDocument?.definition?.linkSupport;
    capabilities.versionedEdits = !!c.workspace?.workspaceEdit?.documentChanges;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : params.rootPath ? [URI.file(params.rootPath).toString()] : []);
    workspace.folders = folders;
    const init = params.initializationOptions as InitializationOptions | undefined;
    if (init?.settings) initSettings = normalizeSettings(init.settings);
    const cacheDir = init?.cacheDir;
    workspace.analysisCache.open(typeof cacheDir === 'string' && cacheDir ? cacheDir : defaultCacheDir());
    trusted = init?.trusted !== false;
    capabilities.commands = Array.isArray(init?.clientCommands) ? init.clientCommands.filter((c): c is string => typeof c === 'string') : [];
    ignores = new IgnoreList(workspace, trusted);
    ignores.reload();
    if (!trusted) connection.console.info(`corroborate: ${LIMITED}`);
    return { capabilities: serverCapabilities(), serverInfo: { name: 'corroborate', version: '0.1.0' } };
  });

  connection.onInitialized(() => {
    if (capabilities.configuration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    if (capabilities.watchedFilesDynamic) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{txt,md}' }, { globPattern: '**/.corroborate.json' }] });
    }
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      workspace.folders = workspace.folders.filter((f) => !e.removed.some((r) => r.uri === f)).concat(e.added.map((a) => a.uri));
      ignores.reload();
      void index();
    });
    void index();
  });

  connection.onDidChangeConfiguration((change) => {
    settingsCache.clear();
    const raw = (change.settings as { corroborate?: unknown } | undefined)?.corroborate;
    if (raw) initSettings = normalizeSettings(raw);
    void (async () => {
      const first = workspace.folders[0];
      if (first) workspace.setSimilarity((await settings(first)).similarityThreshold);
      // Sources, exclusions and date overrides may have changed: re-read what the settings now select.
      for (const uri of workspace.open) {
        const doc = documents.get(uri);
        if (doc) workspace.setText(uri, doc.getText(), await settings(uri));
      }
      await index();
      refreshViews();
    })();
  });

  documents.onDidOpen((e) => {
    void (async () => {
      const s = await settings(e.document.uri);
      // A file on disk is checked when the sources/exclude globs select it; an unsaved buffer always is.
      if (e.document.uri.startsWith('file:') && !workspace.isSource(e.document.uri, s)) return;
      workspace.open.add(e.document.uri);
      validator.schedule([e.document.uri], 0);
    })();
  });
  documents.onDidChangeContent((e) => {
    if (workspace.open.has(e.document.uri)) void schedule([e.document.uri], e.document.uri);
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    workspace.open.delete(uri);
    void (async () => {
      const s = await settings(uri);
      const affected = new Set([...workspace.corpus.neighbours(uri), ...validator.linkedTo(uri)]);
      if (trusted && uri.startsWith('file:') && workspace.isSource(uri, s)) workspace.loadFromDisk(uri, s);
      else workspace.remove(uri);
      if (!workspace.corpus.has(uri) || s.diagnosticsScope === 'open') validator.clear(uri);
      else affected.add(uri);
      validator.schedule(affected, 0);
    })();
  });

  connection.onDidChangeWatchedFiles((e) => {
    void (async () => {
      const affected = new Set<string>();
      if (e.changes.some((c) => ignores.isIgnoreFile(c.uri))) {
        ignores.reload();
        for (const u of workspace.corpus.ids()) affected.add(u);
        refreshViews();
      }
      for (const change of e.changes) {
        const uri = change.uri;
        if (ignores.isIgnoreFile(uri) || !trusted) continue;
        const s = await settings(uri);
        for (const n of validator.linkedTo(uri)) affected.add(n);
        const old = workspace.corpus.get(uri);
        let changed = false;
        if (change.type === FileChangeType.Deleted) {
          if (!workspace.open.has(uri) && workspace.remove(uri)) {
            validator.clear(uri);
            changed = true;
          }
        } else if (workspace.isSource(uri, s) && workspace.loadFromDisk(uri, s)) {
          affected.add(uri);
          changed = true;
        }
        // As for an edit: the articles sharing a key with what changed (all its items when it came or went).
        if (changed) for (const n of affectedByEdit(workspace.corpus, uri, old)) affected.add(n);
      }
      affected.forEach((u) => !workspace.corpus.has(u) && affected.delete(u));
      validator.schedule(affected, 0);
    })();
  });

  connection.onRequest(ReindexRequest, () => index());
  registerHover(ctx);
  registerDefinition(ctx);
  registerCodeLens(ctx);
  registerInlayHints(ctx);
  registerDocumentSymbols(ctx);
  registerWorkspaceSymbols(ctx);
  registerCodeActions(ctx);
  registerReport(ctx);

  documents.listen(connection);
  connection.listen();
  return connection;
}
