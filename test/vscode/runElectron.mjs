#!/usr/bin/env node
// Runs the same VS Code suite (test/vscode/suite) in desktop VS Code through @vscode/test-electron, for
// developers' desktops with internet (it downloads VS Code into .vscode-test/ on first use). On a Linux
// machine without a display, run it under xvfb-run. Offline machines use runCodeServer.mjs instead.
//
//   node test/vscode/runElectron.mjs [--no-build] [--grep PATTERN] [--vscode VERSION|stable] [--code PATH]
//
// --code PATH uses an installed VS Code executable instead of downloading one. Fails when the suite fails
// or when no test ran (the suite writes its counts into a results file this runner reads).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { REPO, SetupError, buildExtension, buildSuite, log, makeUserDataDir, tempRoot } from './lib/codeServer.mjs';

const require = createRequire(path.join(REPO, 'package.json'));
const HERE = path.dirname(new URL(import.meta.url).pathname);

function parseArgs(argv) {
  const opts = { build: true, grep: undefined, version: '1.100.3', code: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new SetupError(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--no-build') opts.build = false;
    else if (a === '--grep') opts.grep = next();
    else if (a === '--vscode') opts.version = next();
    else if (a === '--code') opts.code = path.resolve(next());
    else throw new SetupError(`unknown option ${a}`);
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.build) buildExtension();
  const suite = await buildSuite({ entry: path.join(HERE, 'suite', 'index.ts'), outfile: path.join(REPO, 'out', 'vscode-suite', 'index.js') });
  const root = tempRoot('corroborate-electron-');
  const control = path.join(root, 'control');
  fs.mkdirSync(control);
  const userDataDir = makeUserDataDir(root);
  const workspace = path.join(root, 'workspace', 'examples'); // the tests edit and save: they get a copy
  fs.cpSync(path.join(REPO, 'examples'), workspace, { recursive: true });
  const { runTests } = require('@vscode/test-electron');
  const started = Date.now();
  let code;
  try {
    code = await runTests({
      ...(opts.code ? { vscodeExecutablePath: opts.code } : { version: opts.version }),
      extensionDevelopmentPath: REPO,
      extensionTestsPath: suite,
      extensionTestsEnv: {
        CORROBORATE_TEST_CONTROL: control,
        CORROBORATE_REPO: REPO,
        CORROBORATE_EXAMPLES: workspace,
        CORROBORATE_SCREENSHOTS: '0',
        ...(opts.grep ? { CORROBORATE_TEST_GREP: opts.grep } : {}),
      },
      launchArgs: [
        workspace,
        '--disable-extensions', // other installed extensions; the one under development still loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir', userDataDir,
        '--extensions-dir', path.join(root, 'extensions'),
      ],
    });
  } catch (err) {
    code = typeof err?.code === 'number' ? err.code : 1;
    process.stderr.write(`[corroborate-test] VS Code run failed: ${err?.message ?? err}\n`);
  }
  const resultsFile = path.join(control, 'results.json');
  const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : undefined;
  fs.rmSync(root, { recursive: true, force: true });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  let reason;
  if (code !== 0) reason = `the suite failed (exit code ${code})`;
  else if (!results) reason = 'the suite exited 0 but wrote no results: no test ran';
  else if (results.passed === 0) reason = 'zero tests ran';
  else if (results.failed > 0) reason = `${results.failed} test(s) failed`;
  if (reason) {
    process.stderr.write(`\n[corroborate-test] VS Code (Electron) suite FAILED: ${reason}\n`);
    process.exit(1);
  }
  log(`VS Code (Electron) suite passed: ${results.passed} tests in ${secs} s`);
}

main().catch((err) => {
  process.stderr.write(`\n[corroborate-test] ${err instanceof SetupError ? err.message : err?.stack ?? err}\n`);
  process.exit(1);
});
