#!/usr/bin/env node
// The `corroborate` command: runs the bundled CLI (build it first with `npm run build`).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('corroborate: dist/cli.js is missing; run `npm run build` first.\n');
  process.exit(2);
}

/**
 * The language server runs for hours over a large corpus: with a young generation of 4 MB per semi-space (V8 grows it
 * to 16 MB) its peak memory on a 10,000-article workspace is about 25 MB lower. The VS Code client passes the flag
 * itself; for other editors (`corroborate lsp --stdio`) the command starts the server again with it. Not over
 * --node-ipc, whose channel belongs to this process; CORROBORATE_NO_REEXEC=1 turns it off.
 */
const SERVER_FLAGS = ['--max-semi-space-size=4'];
const args = process.argv.slice(2);
const reexec =
  args[0] === 'lsp' &&
  !args.includes('--node-ipc') &&
  !process.env.CORROBORATE_NO_REEXEC &&
  !process.execArgv.some((a) => a.startsWith('--max-semi-space-size'));
if (reexec) {
  const { spawn } = require('node:child_process');
  const child = spawn(process.execPath, [...process.execArgv, ...SERVER_FLAGS, __filename, ...args], { stdio: 'inherit' });
  // This process only waits: the server reads and writes the editor's pipes directly, and ends with them.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (e) => {
    process.stderr.write(`corroborate: could not start the language server: ${e.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  require(cli);
}
