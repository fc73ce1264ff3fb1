// Robustness in the real editor: when the language server process dies, the client restarts it and the
// diagnostics come back.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { SHARED_QUOTE, WIRE, openExample, rangeOf } from './fixtures';
import { waitForFinding } from './diagnostics.test';
import { closeAllEditors, codeOf, corroborateDiagnostics, hoverText, waitForEvent } from './util';

const EXTENSION_ID = 'corroborate.corroborate';
/** vscode-languageclient's State.Running. */
const RUNNING = 2;

interface ClientLike {
  state: number;
  onDidChangeState: vscode.Event<{ oldState: number; newState: number }>;
}
interface CorroborateApi {
  client(): ClientLike | undefined;
}

/** Pids of the extension host's child processes running the bundled language server (Linux /proc). */
function serverPids(): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (/dist[/\\]server\.js/.test(cmdline)) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

export function registerRestart(): void {
  describe('language server restart', () => {
    after(closeAllEditors);

    it('restarts the server after it is killed, and the diagnostics come back', async function () {
      if (process.platform !== 'linux') this.skip();
      const ext = vscode.extensions.getExtension<CorroborateApi>(EXTENSION_ID);
      assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
      const api = await ext.activate();
      const client = api.client();
      assert.ok(client, 'the extension has no language client');
      const wire = await openExample(WIRE);
      await waitForFinding(wire, SHARED_QUOTE, 'corroborated');

      const before = serverPids();
      assert.equal(before.length, 1, `expected one language server process under the extension host, found ${before.length}`);

      let sawRestart = false;
      let freshAfterRestart = false;
      let clearedInBetween = false;
      const subs = [
        client.onDidChangeState((e) => {
          if (e.newState === RUNNING) sawRestart = true;
        }),
        vscode.languages.onDidChangeDiagnostics((e) => {
          if (!e.uris.some((u) => u.toString() === wire.uri.toString())) return;
          if (corroborateDiagnostics(wire.uri).length === 0) clearedInBetween = true;
          else if (sawRestart) freshAfterRestart = true;
        }),
      ];
      try {
        process.kill(before[0], 'SIGKILL');
        await waitForEvent(client.onDidChangeState, () => (sawRestart ? true : undefined), 30_000, () => 'the language client to restart the server');
        const after = serverPids();
        assert.equal(after.length, 1, 'one new server process');
        assert.notEqual(after[0], before[0], 'the server process is a new one');
        const target = rangeOf(wire, SHARED_QUOTE);
        await waitForEvent(
          vscode.languages.onDidChangeDiagnostics,
          () => (freshAfterRestart && corroborateDiagnostics(wire.uri).some((d) => codeOf(d) === 'corroborated' && d.range.intersection(target)) ? true : undefined),
          30_000,
          () => `the restarted server to publish the corroborated quote again (cleared in between: ${clearedInBetween})`,
        );
        // The new server answers requests, too.
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', wire.uri, target.start.translate(0, 3));
        assert.match(hoverText(hovers), /corroborated/);
      } finally {
        for (const s of subs) s.dispose();
      }
    });
  });
}
