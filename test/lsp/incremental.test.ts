// The edit path's shortcuts (only the affected articles re-judged, links shifted instead of re-checked, unchanged
// diagnostics not re-sent) against the truth: after random edits, every article's diagnostics are what a fresh server
// publishes for the final texts.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { copyFolder, startServer, uriOf, type TestServer } from './harness';

const FILES = ['coastal-wire.txt', 'evening-ledger.md', 'harbour-gazette.md'];

/** A small seeded generator (the same edits on every run). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const isReady = (n: { method: string; params: unknown }): boolean => n.method === 'corroborate/status' && (n.params as { state?: string }).state === 'ready';

/** Wait for a `ready` status after the first notification `after` picks (the pass that sent it has finished). */
async function readyAfter(server: TestServer, after: (n: { method: string; params: unknown }) => boolean = () => true): Promise<void> {
  await server.until(() => {
    const from = server.notifications.findIndex(after);
    return from >= 0 && server.notifications.slice(from + 1).some(isReady) ? true : undefined;
  }, 'ready status', 30000);
}

describe('incremental re-checking', function () {
  this.timeout(120000);
  let dir: string;
  const servers: TestServer[] = [];
  beforeEach(() => (dir = copyFolder()));
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('after random edits of one article, every article has the diagnostics a fresh server gives', async () => {
    const r = rng(7);
    const first = await startServer(dir);
    servers.push(first);
    const wire = path.join(dir, 'coastal-wire.txt');
    let text = fs.readFileSync(wire, 'utf8');
    await readyAfter(first);
    await first.open(wire, text);
    const words = ['again', 'Tuesday', '12,000', 'the mayor said', '"We will not gamble,"', 'on Monday', 'bridge'];
    for (let step = 1; step <= 16; step++) {
      // After the headline and dateline, so the article keeps its date (an undated one re-judges all its neighbours).
      const body = text.indexOf('\n\n', text.indexOf('\n\n') + 2);
      const at = body + Math.floor(r() * (text.length - body + 1));
      const kind = Math.floor(r() * 4);
      if (kind === 0) text = text.slice(0, at) + ' ' + words[Math.floor(r() * words.length)] + text.slice(at);
      else if (kind === 1) text = text.slice(0, at) + (r() < 0.5 ? '\n' : '\n\n') + text.slice(at);
      else if (kind === 2) text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(r() * 12)));
      else text = text.slice(0, body) + text.slice(body).replace(/\d+/, (n) => String(Number(n) + 1));
      await first.change(wire, text);
      // Half the edits wait for their diagnostics; the others arrive while the previous one is being checked.
      if (step % 2 === 0) await first.waitFor(uriOf(wire), (_, p) => p.version === step + 1);
    }
    // Then edits that change no quote or claim, only where things are: a longer first line (later lines stay where
    // they are: links into them are shifted, not re-checked), then a blank line after it (every link moves down).
    for (const edit of [(t: string) => t.replace('\n', ' (updated)\n'), (t: string) => t.replace('\n', '\n\n')]) {
      text = edit(text);
      await first.change(wire, text);
    }
    // The final version's pass publishes the edited article first and says ready when every other one is done.
    await readyAfter(first, (n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string; version?: number }).uri === uriOf(wire) && (n.params as { version?: number }).version === 19);
    const edited = new Map(FILES.map((f) => [f, first.diagnostics.get(uriOf(path.join(dir, f)))?.diagnostics ?? []]));
    await first.stop();
    servers.splice(0);

    fs.writeFileSync(wire, text);
    const fresh = await startServer(dir);
    servers.push(fresh);
    await readyAfter(fresh);
    await fresh.until(() => (FILES.every((f) => fresh.diagnostics.has(uriOf(path.join(dir, f)))) ? true : undefined), 'diagnostics for every article');
    for (const f of FILES) {
      const truth: Diagnostic[] = fresh.diagnostics.get(uriOf(path.join(dir, f)))!.diagnostics;
      assert.deepEqual(edited.get(f), truth, f);
    }
    assert.ok([...edited.values()].some((d) => d.some((x) => x.relatedInformation?.length)), 'some article links to another');
  });
});
