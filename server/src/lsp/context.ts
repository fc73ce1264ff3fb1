// What every provider module gets: the connection, the workspace, settings per resource, and the latest findings per article.

import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LineIndex } from '../analysis/text/lines';
import type { ArticleAnalysis, Finding } from '../analysis/types';
import type { IgnoreList } from './ignores';
import type { Settings } from './settings';
import type { ArticleWorkspace } from './workspace';

export interface JudgedArticle {
  uri: string;
  text: string;
  analysis: ArticleAnalysis;
  findings: Finding[];
  lines: LineIndex;
}

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  workspace: ArticleWorkspace;
  /** Settings for a resource (cached until the client says they changed). */
  settings(uri: string): Promise<Settings>;
  /** The article judged against the current corpus (cached per corpus version), or undefined when not a source. */
  judged(uri: string): JudgedArticle | undefined;
  /** A LineIndex for any article of the corpus. */
  lines(uri: string): LineIndex | undefined;
  /** Ask for diagnostics to be recomputed for these articles (debounced). */
  revalidate(uris?: Iterable<string>): void;
  /** Whether the client can show this kind of UI. */
  capabilities: ClientCapabilities;
  /** False in an untrusted workspace (limited mode): only open articles are checked, .corroborate.json is not read. */
  trusted: boolean;
  ignores: IgnoreList;
  /** Ask the client to re-request code lenses and inlay hints (their content depends on other articles). */
  refreshViews(): void;
}

export interface ClientCapabilities {
  workDoneProgress: boolean;
  configuration: boolean;
  watchedFilesDynamic: boolean;
  codeLensRefresh: boolean;
  inlayHintRefresh: boolean;
  hierarchicalSymbols: boolean;
  definitionLinks: boolean;
  versionedEdits: boolean;
  /** Client-side commands the client says it has (initializationOptions.clientCommands), e.g. corroborate.peekSources. */
  commands: string[];
}
