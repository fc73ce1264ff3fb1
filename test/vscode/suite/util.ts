// Helpers for the in-extension-host tests: event-driven waits with timeouts that fail clearly (never sleeps),
// and screenshot requests to the runner.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** The repository root: the bundled suite lives in out/vscode-suite/. */
export const REPO = process.env.CORROBORATE_REPO ?? path.resolve(__dirname, '..', '..');
/** The workspace the tests run on: the runners' copy of examples/ (tests may edit it), else examples/ itself. */
export const EXAMPLES = process.env.CORROBORATE_EXAMPLES ?? path.join(REPO, 'examples');

export function exampleUri(name: string): vscode.Uri {
  return vscode.Uri.file(path.join(EXAMPLES, name));
}

/**
 * Resolves with the first value `check` returns that is not undefined, checking now and again each time
 * `event` fires; rejects after `timeoutMs` with `describe()` in the message.
 */
export function waitForEvent<E, T>(
  event: vscode.Event<E>,
  check: () => T | undefined,
  timeoutMs: number,
  describe: () => string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const finish = (f: () => void): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sub.dispose();
      f();
    };
    const attempt = (): void => {
      try {
        const v = check();
        if (v !== undefined) finish(() => resolve(v));
      } catch (err) {
        finish(() => reject(err));
      }
    };
    const timer = setTimeout(() => finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${describe()}`))), timeoutMs);
    const sub = event(attempt);
    attempt();
  });
}

export function corroborateDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'corroborate');
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  if (c === undefined) return '';
  return typeof c === 'object' ? String(c.value) : String(c);
}

function summarise(uri: vscode.Uri): string {
  const ds = vscode.languages.getDiagnostics(uri);
  if (!ds.length) return 'none';
  return ds.map((d) => `${d.source}/${codeOf(d)} ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message.slice(0, 80)}`).join('; ');
}

/** Waits until the diagnostics of `uri` satisfy `predicate` (it returns a value, or undefined to keep waiting). */
export function waitForDiagnostics<T>(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => T | undefined,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  return waitForEvent(
    vscode.languages.onDidChangeDiagnostics,
    () => predicate(corroborateDiagnostics(uri)),
    timeoutMs,
    () => `${what} in ${path.basename(uri.fsPath)} (diagnostics now: ${summarise(uri)})`,
  );
}

/** The text of a hover's contents, Markdown or plain. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** Resolves when `file` exists, watching its folder; rejects after `timeoutMs`. */
function waitForFile(file: string, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const watcher = fs.watch(path.dirname(file), () => {
      if (fs.existsSync(file)) finish();
    });
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`the runner did not answer ${path.basename(file)} within ${timeoutMs} ms`));
    }, timeoutMs);
    function finish(): void {
      clearTimeout(timer);
      watcher.close();
      resolve();
    }
    if (fs.existsSync(file)) finish();
  });
}

export interface ScreenshotRequest {
  /** File name without extension; the runner saves docs/<name>.png. */
  name: string;
  /** CSS selector the runner waits for before taking the picture. */
  waitFor?: string;
  /** Text that must appear inside `waitFor`. */
  text?: string;
  /** Text that must be visible in some frame, e.g. inside a webview. */
  frameText?: string;
}

/**
 * Asks the runner to take a screenshot of the workbench now and waits until it has. A no-op when no runner
 * listens (the Electron runner) or when screenshots are off.
 */
export async function screenshot(request: ScreenshotRequest): Promise<void> {
  const dir = process.env.CORROBORATE_TEST_CONTROL;
  if (!dir || process.env.CORROBORATE_SCREENSHOTS !== '1') return;
  const base = path.join(dir, `screenshot-${request.name}`);
  fs.writeFileSync(`${base}.request.tmp`, JSON.stringify(request));
  fs.renameSync(`${base}.request.tmp`, `${base}.request`);
  await waitForFile(`${base}.done`, 60_000);
  const answer = fs.readFileSync(`${base}.done`, 'utf8');
  if (answer.trim() !== 'ok') throw new Error(`screenshot ${request.name} failed: ${answer}`);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
