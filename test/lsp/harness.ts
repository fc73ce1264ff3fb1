// A real LSP client for tests: spawns the built server over stdio and speaks the protocol to it.

import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const root = path.resolve(__dirname, '../..');
export const uriOf = (file: string): string => pathToFileURL(path.resolve(file)).toString();

export interface TestServer {
  conn: MessageConnection;
  proc: ChildProcess;
  /** Latest diagnostics per URI. */
  diagnostics: Map<string, PublishDiagnosticsParams>;
  /** Every notification from the server in the order it came, publishDiagnostics included. */
  notifications: Array<{ method: string; params: unknown }>;
  /** Resolve when `predicate` holds for the URI's diagnostics (checked on every publish), or reject after `ms`. */
  waitFor(uri: string, predicate: (d: Diagnostic[], p: PublishDiagnosticsParams) => boolean, ms?: number): Promise<Diagnostic[]>;
  /** Requests the server sent to the client (method and params), in order. */
  requests: Array<{ method: string; params: unknown }>;
  /** Resolve with the first value `check` returns that is not undefined, re-checked on every message from the server. */
  until<T>(check: () => T | undefined, what: string, ms?: number): Promise<T>;
  /** Replace what workspace/configuration answers and tell the server the settings changed. */
  changeSettings(next: Record<string, unknown>): Promise<void>;
  /** Open a file of the folder (its disk text unless `text` is given). */
  open(file: string, text?: string): Promise<void>;
  /** Replace a document's whole text (version bumps). */
  change(file: string, text: string): Promise<void>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** initializationOptions.trusted (absent = trusted). */
  trusted?: boolean;
  clientCommands?: string[];
  /** How the "client" answers window/showMessageRequest (default: dismiss). */
  onShowMessageRequest?: (params: { message: string; actions?: { title: string }[] }) => { title: string } | null;
  /** Leave out the client capabilities a minimal editor lacks (hierarchical symbols, definition links, versioned edits). */
  minimal?: boolean;
}

export async function startServer(folder: string, settings: Record<string, unknown> = {}, configuration = true, options: StartOptions = {}): Promise<TestServer> {
  const proc = spawn(process.execPath, [path.join(root, 'bin', 'corroborate.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const diagnostics = new Map<string, PublishDiagnosticsParams>();
  const waiters = new Set<() => void>();
  const notifications: Array<{ method: string; params: unknown }> = [];
  const requests: Array<{ method: string; params: unknown }> = [];
  const wake = (): void => {
    for (const w of [...waiters]) w();
  };
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    diagnostics.set(p.uri, p);
    notifications.push({ method: 'textDocument/publishDiagnostics', params: p });
    wake();
  });
  conn.onNotification((method, params) => {
    notifications.push({ method, params });
    wake();
  });
  const answer = (method: string, reply: (params: never) => unknown): void => {
    conn.onRequest(method, (params: never) => {
      requests.push({ method, params });
      setImmediate(wake);
      return reply(params);
    });
  };
  answer('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
  answer('client/registerCapability', () => null);
  answer('window/workDoneProgress/create', () => null);
  answer('workspace/codeLens/refresh', () => null);
  answer('workspace/inlayHint/refresh', () => null);
  answer('workspace/diagnostic/refresh', () => null);
  answer('window/showMessageRequest', (p: { message: string; actions?: { title: string }[] }) => options.onShowMessageRequest?.(p) ?? null);
  conn.listen();
  const versions = new Map<string, number>();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uriOf(folder),
    workspaceFolders: [{ uri: uriOf(folder), name: path.basename(folder) }],
    capabilities: {
      workspace: {
        configuration, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true, applyEdit: true, codeLens: { refreshSupport: true }, inlayHint: { refreshSupport: true },
        workspaceEdit: { documentChanges: !options.minimal },
      },
      window: { workDoneProgress: true },
      textDocument: {
        hover: { contentFormat: ['markdown', 'plaintext'] },
        publishDiagnostics: { relatedInformation: true, versionSupport: true },
        documentSymbol: { hierarchicalDocumentSymbolSupport: !options.minimal },
        definition: { linkSupport: !options.minimal },
      },
    },
    initializationOptions: { settings, ...(options.trusted === undefined ? {} : { trusted: options.trusted }), ...(options.clientCommands ? { clientCommands: options.clientCommands } : {}) },
  });
  await conn.sendNotification('initialized', {});
  return {
    conn,
    proc,
    diagnostics,
    notifications,
    requests,
    until<T>(check: () => T | undefined, what: string, ms = 15000): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const attempt = (): void => {
          const v = check();
          if (v === undefined) return;
          waiters.delete(attempt);
          clearTimeout(timer);
          resolve(v);
        };
        const timer = setTimeout(() => {
          waiters.delete(attempt);
          reject(new Error(`timed out waiting for ${what}`));
        }, ms);
        waiters.add(attempt);
        attempt();
      });
    },
    async changeSettings(next) {
      settings = next;
      await conn.sendNotification('workspace/didChangeConfiguration', { settings: { corroborate: next } });
    },
    async open(file, text = fs.readFileSync(file, 'utf8')) {
      const uri = uriOf(file);
      versions.set(uri, 1);
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: /\.(md|markdown)$/.test(file) ? 'markdown' : 'plaintext', version: 1, text } });
    },
    async change(file, text) {
      const uri = uriOf(file);
      const version = (versions.get(uri) ?? 1) + 1;
      versions.set(uri, version);
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    waitFor(uri, predicate, ms = 15000) {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          const p = diagnostics.get(uri);
          if (p && predicate(p.diagnostics, p)) {
            waiters.delete(check as () => void);
            clearTimeout(timer);
            resolve(p.diagnostics);
            return true;
          }
          return false;
        };
        const timer = setTimeout(() => {
          waiters.delete(check as () => void);
          reject(new Error(`timed out waiting for diagnostics of ${uri}; last: ${JSON.stringify(diagnostics.get(uri)?.diagnostics.map((d) => [d.code, d.message]))}`));
        }, ms);
        if (!check()) waiters.add(check as () => void);
      });
    },
    async stop() {
      try {
        await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await conn.sendNotification('exit');
      } catch {
        /* the process may be gone already */
      }
      conn.dispose();
      if (proc.exitCode === null) proc.kill();
    },
  };
}

/** A fresh copy of examples/ (or another folder) in a temporary directory, for tests that write files. */
export function copyFolder(from = path.join(root, 'examples')): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-lsp-'));
  fs.cpSync(from, dir, { recursive: true });
  return dir;
}

/** Apply LSP text edits (changes or documentChanges of one document) to a text. */
export function applyEdits(text: string, edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: { line: number; character: number }): number => Math.min((starts[p.line] ?? text.length) + p.character, text.length);
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

/** The 0-based position of the first occurrence of `needle` (plus `delta` characters) in `text`. */
export function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`text does not contain ${JSON.stringify(needle)}`);
  const before = text.slice(0, at + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}
