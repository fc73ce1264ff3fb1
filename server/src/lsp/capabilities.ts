// The capabilities the server announces at initialize.

import { CodeActionKind, TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver';
import { SERVER_COMMANDS } from '../../../shared/protocol';

export function serverCapabilities(): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
    hoverProvider: true,
    definitionProvider: true,
    codeLensProvider: { resolveProvider: false },
    inlayHintProvider: { resolveProvider: false },
    documentSymbolProvider: { label: 'Corroborate' },
    workspaceSymbolProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false },
    executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}
