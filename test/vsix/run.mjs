#!/usr/bin/env node
// Tests the packaged extension: `npm run package`'s corroborate.vsix is installed into a temporary
// extensions folder with code-server's `--install-extension`, checked to ship only what runs, and then
// exercised in code-server (offline, headless Chromium) on examples/ by test/vsix/suite.ts.
//
//   node test/vsix/run.mjs [path/to/corroborate.vsix] [--verbose] [--keep]
//
// Without a path it uses ./corroborate.vsix, running `npm run package` first when it is missing.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO, SetupError, checkPrerequisites, ensureCodeServer, installExtension, log, tempRoot } from '../vscode/lib/codeServer.mjs';
import { parseArgs, runSuite } from '../vscode/runCodeServer.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const EXTENSION_ID = 'corroborate.corroborate';

/** Paths in the installed extension that must not ship (sources, tests, sample data, maps, dependencies). */
const FORBIDDEN = [/^node_modules\//, /^(client|server|test|scripts|examples|bench|out|shared)\//, /\.ts$/, /\.map$/, /^\.code-server/, /^\.vscode-test/];

function listFiles(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p, base) : [path.relative(base, p).split(path.sep).join('/')];
  });
}

async function main() {
  const args = process.argv.slice(2);
  const vsixArg = args.find((a) => !a.startsWith('--'));
  const passThrough = args.filter((a) => a.startsWith('--'));
  const vsix = path.resolve(vsixArg ?? path.join(REPO, 'corroborate.vsix'));
  checkPrerequisites();
  if (!fs.existsSync(vsix)) {
    if (vsixArg) throw new SetupError(`no such .vsix: ${vsix}`);
    log('corroborate.vsix is missing: running npm run package');
    const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: REPO, stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0 || !fs.existsSync(vsix)) throw new SetupError('npm run package did not produce corroborate.vsix');
  }
  ensureCodeServer();

  const root = tempRoot('corroborate-vsix-');
  const extensionsDir = path.join(root, 'extensions');
  fs.mkdirSync(extensionsDir);
  const t0 = Date.now();
  try {
    installExtension({ vsix, extensionsDir, userDataDir: path.join(root, 'install-user-data') });
    const installed = fs.readdirSync(extensionsDir).filter((d) => d.toLowerCase().startsWith(`${EXTENSION_ID}-`));
    if (installed.length !== 1) throw new SetupError(`expected ${EXTENSION_ID}-<version> in ${extensionsDir}, found: ${fs.readdirSync(extensionsDir).join(', ') || 'nothing'}`);
    const extDir = path.join(extensionsDir, installed[0]);
    const files = listFiles(extDir);
    log(`installed ${path.basename(vsix)} (${files.length} files) in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${installed[0]}`);
    const manifest = JSON.parse(fs.readFileSync(path.join(extDir, 'package.json'), 'utf8'));
    const main = path.join(extDir, manifest.main ?? '');
    if (!manifest.main || !fs.existsSync(main.endsWith('.js') ? main : `${main}.js`)) throw new SetupError(`the .vsix lacks its main ${manifest.main}`);
    if (!files.includes('dist/server.js')) throw new SetupError('the .vsix lacks dist/server.js');
    const forbidden = files.filter((f) => FORBIDDEN.some((re) => re.test(f)));
    if (forbidden.length) throw new SetupError(`the .vsix ships files that do not run (fix .vscodeignore):\n  ${forbidden.slice(0, 20).join('\n  ')}`);

    const opts = parseArgs(passThrough);
    Object.assign(opts, {
      label: 'vsix',
      build: false,
      screenshots: false,
      extension: path.join(HERE, 'harness'),
      suite: path.join(HERE, 'suite.ts'),
      suiteOut: path.join(REPO, 'out', 'vsix-suite', 'index.js'),
      extensionsDir,
      minTests: 3,
      env: { CORROBORATE_VSIX_EXTENSIONS_DIR: extensionsDir },
    });
    const r = await runSuite(opts);
    if (!r.ok) {
      process.stderr.write(`\n[corroborate-test] .vsix test FAILED: ${r.reason}\n[corroborate-test] logs: ${path.relative(REPO, r.artifacts)}/\n`);
      for (const f of r.results?.failures ?? []) process.stderr.write(`  ✗ ${f.title}\n${f.error.split('\n').slice(0, 4).join('\n').replace(/^/gm, '      ')}\n`);
      process.exitCode = 1;
      return;
    }
    log(`.vsix test passed: ${r.results.passed} tests in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`\n[corroborate-test] ${err instanceof SetupError ? err.message : `runner error: ${err?.stack ?? err}`}\n`);
  process.exit(1);
});
