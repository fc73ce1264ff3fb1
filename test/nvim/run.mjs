#!/usr/bin/env node
// Neovim as a second LSP client: runs test/nvim/lsp_test.lua in headless Neovim (Debian package `neovim`,
// 0.7+), which starts `node bin/corroborate.js lsp --stdio` with the built-in client on examples/ and checks
// that diagnostics arrive and a hover answers. Exits with Neovim's result; fails when Neovim is missing,
// hangs past the timeout, or ran no check.
//
//   node test/nvim/run.mjs [--timeout SECONDS]

import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const timeoutSec = Number(process.argv[process.argv.indexOf('--timeout') + 1]) || 90;

function fail(message) {
  process.stderr.write(`[corroborate-test] Neovim test FAILED: ${message}\n`);
  process.exit(1);
}

const nvim = process.env.CORROBORATE_NVIM || 'nvim';
const version = spawnSync(nvim, ['--version'], { encoding: 'utf8' });
if (version.error || version.status !== 0) fail(`Neovim not found (${nvim}); install it: apt-get install -y neovim`);
process.stdout.write(`[corroborate-test] ${version.stdout.split('\n')[0]}\n`);

if (!fs.existsSync(path.join(REPO, 'dist', 'cli.js')) || !fs.existsSync(path.join(REPO, 'dist', 'server.js'))) {
  process.stdout.write('[corroborate-test] dist/ is not built: running npm run build\n');
  const b = spawnSync('npm', ['run', '--silent', 'build'], { cwd: REPO, stdio: 'inherit' });
  if (b.status !== 0) fail('npm run build failed');
}

const started = Date.now();
// A throwaway HOME/XDG so no user config, shada or swap files interfere.
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-nvim-'));
const child = spawn(nvim, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '--noplugin', '-c', `luafile ${path.join(HERE, 'lsp_test.lua')}`], {
  cwd: path.join(REPO, 'examples'),
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
  env: {
    ...process.env,
    CORROBORATE_REPO: REPO,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, 'config'),
    XDG_DATA_HOME: path.join(home, 'data'),
    XDG_STATE_HOME: path.join(home, 'state'),
    XDG_CACHE_HOME: path.join(home, 'cache'),
    NVIM_LOG_FILE: path.join(home, 'nvim.log'),
  },
});
let output = '';
child.stdout.on('data', (d) => { output += d; process.stdout.write(d); });
child.stderr.on('data', (d) => { output += d; process.stderr.write(d); });
const timer = setTimeout(() => {
  process.stderr.write(`[corroborate-test] Neovim did not finish within ${timeoutSec} s; killing it\n`);
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
}, timeoutSec * 1000);
child.on('exit', (code, signal) => {
  clearTimeout(timer);
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* the group (and the server) already ended */ }
  fs.rmSync(home, { recursive: true, force: true });
  const m = output.match(/^(\d+) passed, (\d+) failed$/m);
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (signal) fail(`Neovim was killed (${signal})`);
  if (!m) fail(`Neovim exited ${code} without reporting its checks`);
  if (Number(m[1]) === 0) fail('no check ran');
  if (code !== 0 || Number(m[2]) > 0) fail(`${m[2]} check(s) failed (exit ${code})`);
  process.stdout.write(`[corroborate-test] Neovim LSP test passed: ${m[1]} checks in ${secs} s\n`);
});
