// `corroborate lsp` as other editors start it: the server runs with a small young generation and ends with its editor.

import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { root } from './harness';

/** Processes whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) out.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Start `corroborate lsp --stdio` and wait until it answers an initialize request. */
async function startCommand(env: NodeJS.ProcessEnv = process.env): Promise<ChildProcess> {
  const proc = spawn(process.execPath, [path.join(root, 'bin', 'corroborate.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env });
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
  proc.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  await new Promise<void>((resolve) => proc.stdout!.once('data', () => resolve()));
  return proc;
}

/** Close the command's input (the editor went away) and resolve with its exit code. */
function closeInput(proc: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => proc.once('exit', resolve));
  proc.stdin!.end();
  return exited;
}

describe('the corroborate lsp command', function () {
  this.timeout(30000);
  before(function () {
    if (process.platform !== 'linux') this.skip();
  });

  it('starts the server with --max-semi-space-size=4, which exits when the editor closes its input', async () => {
    const proc = await startCommand();
    const [server] = childrenOf(proc.pid!);
    assert.ok(server, 'the command runs the server as its child');
    const args = fs.readFileSync(`/proc/${server}/cmdline`, 'utf8').split('\0');
    assert.ok(args.includes('--max-semi-space-size=4'), args.join(' '));
    assert.equal(await closeInput(proc), 1, 'no shutdown request came first: exit code 1, as the protocol says');
    assert.ok(!alive(server), 'the server ended with it');
  });

  it('CORROBORATE_NO_REEXEC=1 runs the server in the command itself', async () => {
    const proc = await startCommand({ ...process.env, CORROBORATE_NO_REEXEC: '1' });
    assert.deepEqual(childrenOf(proc.pid!), []);
    assert.equal(await closeInput(proc), 1);
  });
});
