// Custom messages between the Corroborate client and server: method names and parameter types, one place for both sides.

/** Client → server request: rebuild the workspace index from disk. */
export const ReindexRequest = 'corroborate/reindex';
export interface ReindexResult {
  articles: number;
  milliseconds: number;
}

/** Client → server request: the cross-reference report (quotes and claims × sources) for the workspace. */
export const ReportRequest = 'corroborate/report';
export interface ReportParams {
  /** Limit the report to the articles related to this one (URI), or the whole workspace when absent. */
  uri?: string;
}
/** One source's view of a reported item: its own finding on its own passage. */
export interface ReportCell {
  verdict: string;
  message: string;
  /** The passage as this source writes it. */
  text: string;
  speaker: string | null;
  /** Where the passage is, as an LSP range (0-based lines and UTF-16 characters). */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  ignored: boolean;
}
/** One quote or claim, as reported by one or more sources (a row of the table). */
export interface ReportRow {
  kind: 'quote' | 'claim';
  /** The passage as the first source that has it writes it. */
  text: string;
  speaker: string | null;
  /** The most serious verdict among the cells (conflicts first). */
  verdict: string;
  /** Source URI → that source's cell; sources without the item have no cell. */
  cells: Record<string, ReportCell>;
}
export interface ReportResult {
  /** Every source (article URI) of the workspace, in column order. */
  sources: string[];
  /** Source URI → short label (file name). */
  labels: Record<string, string>;
  rows: ReportRow[];
  /** Set in an untrusted workspace: what the report leaves out. */
  limited?: string;
}

/** Commands the server executes (workspace/executeCommand); the code actions attach them. */
export const SERVER_COMMANDS = {
  /** Arguments: [IgnoreArgs]. Adds the finding to the folder's .corroborate.json. */
  ignoreFinding: 'corroborate.ignoreFinding',
  /** Arguments: [IgnoreArgs]. Removes the finding from .corroborate.json. */
  unignoreFinding: 'corroborate.unignoreFinding',
} as const;
export interface IgnoreArgs {
  uri: string;
  key: string;
}
export interface IgnoreResult {
  ignored: boolean;
  /** The file written. */
  file: string;
}

/** Commands a client may implement; it lists the ones it has in initializationOptions.clientCommands. */
export const CLIENT_COMMANDS = {
  /** Arguments: [PeekSourcesArgs]. Code lenses use it to peek at the other sources' passages. */
  peekSources: 'corroborate.peekSources',
} as const;
export interface PeekSourcesArgs {
  uri: string;
  position: { line: number; character: number };
  locations: Array<{ uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }>;
}

/** What the client passes in initializationOptions. */
export interface InitializationOptions {
  settings?: unknown;
  /** False in an untrusted (Restricted Mode) workspace; absent means trusted. */
  trusted?: boolean;
  clientCommands?: string[];
  /** Folder for the persisted analysis cache (the extension's global storage); the server picks a temp folder when absent. */
  cacheDir?: string;
}

/** Server → client notification: counts for the status bar, sent after each re-check. */
export const StatusNotification = 'corroborate/status';
export interface StatusParams {
  state: 'indexing' | 'ready' | 'error';
  articles: number;
  /** Verdict → number of findings across the workspace (or the open documents). */
  counts: Record<string, number>;
  message?: string;
  /** Set in limited mode (untrusted workspace): what is off. */
  limited?: string;
}
