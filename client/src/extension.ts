// The VS Code extension: starts the Corroborate language server, and adds its commands, report and status bar item. Thin by design.

import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  LanguageClient,
  State,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  CLIENT_COMMANDS,
  ReindexRequest,
  StatusNotification,
  type InitializationOptions,
  type PeekSourcesArgs,
  type ReindexResult,
  type StatusParams,
} from '../../shared/protocol';
import { ReportView } from './report';
import { createStatusBar } from './statusBar';

let client: LanguageClient | undefined;

/** How often the server may die before the client gives up (vscode-languageclient's default rule: 5 times in 3 minutes). */
const MAX_RESTARTS = 4;

export interface CorroborateApi {
  /** The running language client (tests use it to reach the server process). */
  client(): LanguageClient | undefined;
  /** The HTML of the report webview, as last rendered ('' before it was shown). */
  reportHtml(): string;
}

export async function activate(context: vscode.ExtensionContext): Promise<CorroborateApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // A young generation of 4 MB per semi-space (V8's default grows to 16 MB): the server's peak memory while it
  // checks a large workspace is lower, at no measured cost in time (DEVELOPERS.md, "Memory").
  const execArgv = ['--max-semi-space-size=4'];
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...execArgv, '--nolazy', '--inspect=6010'] } },
  };
  const status = createStatusBar();
  const report = new ReportView(() => client);

  // The library's own restart policy, wrapped so the status bar says when the server died and whether it comes back.
  let fallback: ErrorHandler | undefined;
  const defaults = (): ErrorHandler => (fallback ??= client!.createDefaultErrorHandler(MAX_RESTARTS));
  const errorHandler: ErrorHandler = {
    error: (error, message, count) => defaults().error(error, message, count),
    closed: async (): Promise<CloseHandlerResult> => {
      const result = await defaults().closed();
      if (result.action === CloseAction.Restart) status.restarting();
      else status.stopped('The Corroborate server stopped too often and will not be restarted. Run "Corroborate: Restart language server".');
      return result;
    },
  };

  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: {
      configurationSection: 'corroborate',
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/*.{txt,md}'), vscode.workspace.createFileSystemWatcher('**/.corroborate.json')],
    },
    // A function, so a restart after the workspace is trusted sends the new trust.
    initializationOptions: (): InitializationOptions => ({
      settings: vscode.workspace.getConfiguration('corroborate'),
      trusted: vscode.workspace.isTrusted,
      clientCommands: [CLIENT_COMMANDS.peekSources],
      cacheDir: vscode.Uri.joinPath(context.globalStorageUri, 'analysis-cache').fsPath,
    }),
    diagnosticCollectionName: 'corroborate',
    errorHandler,
  };
  client = new LanguageClient('corroborate', 'Corroborate', serverOptions, clientOptions);

  let refreshTimer: NodeJS.Timeout | undefined;
  context.subscriptions.push(
    status.item,
    report,
    client.onNotification(StatusNotification, (params: StatusParams) => {
      status.update(params);
      // Keep an open report current, without re-rendering on every keystroke.
      if (refreshTimer) clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => void report.refresh().catch(() => undefined), 500);
    }),
    client.onDidChangeState((e) => {
      if (e.newState === State.Starting) status.starting();
      if (e.newState === State.Stopped) status.stopped('The Corroborate server is not running.');
    }),
    vscode.commands.registerCommand('corroborate.showReport', () => report.show()),
    vscode.commands.registerCommand('corroborate.reindex', async () => {
      const result = await client?.sendRequest<ReindexResult>(ReindexRequest);
      if (result) void vscode.window.showInformationMessage(`Corroborate indexed ${result.articles} articles in ${result.milliseconds} ms.`);
    }),
    vscode.commands.registerCommand('corroborate.restartServer', async () => {
      fallback = undefined;
      await client?.restart();
    }),
    vscode.commands.registerCommand(CLIENT_COMMANDS.peekSources, async (args: PeekSourcesArgs) => {
      const c = client;
      if (!c || !args) return;
      const locations = args.locations.map((l) => c.protocol2CodeConverter.asLocation(l));
      await vscode.commands.executeCommand('editor.action.peekLocations', vscode.Uri.parse(args.uri), c.protocol2CodeConverter.asPosition(args.position), locations, 'peek');
    }),
    // Trust granted: restart so the server leaves limited mode and reads the whole workspace.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.restart()),
  );
  await client.start();
  return { client: () => client, reportHtml: () => report.html };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
