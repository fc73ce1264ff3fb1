#!/usr/bin/env node
// Runs the VS Code suite (test/vscode/suite) inside a real VS Code extension host, offline:
// code-server 4.100.3 (VS Code 1.100.3, installed into .code-server/ on first use) + Debian's chromium
// driven by playwright-core. The workbench opens examples/ with the extension under development and the
// bundled suite; the suite's output is streamed here, screenshots it asks for are saved into docs/, and
// this process exits with the suite's result. It fails loudly when the suite fails, when the workbench
// never reports, or when no test ran.
//
//   node test/vscode/runCodeServer.mjs            run the suite (npm run test:vscode)
//   node test/vscode/runCodeServer.mjs --demo     code-server with the extension on examples/, until Ctrl-C
//
// Options: --no-build (use dist/ as is), --no-screenshots, --grep PATTERN, --timeout SECONDS (default 600),
// --verbose (all workbench console and code-server output), --port N (demo), --keep (keep the temp dir),
// --extension DIR / --folder DIR / --suite FILE.ts (run another extension or suite, e.g. a probe),
// --extensions-dir DIR (installed extensions, used by test/vsix), --min-tests N.

import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  REPO, SetupError, buildExtension, buildSuite, cleanConsoleText, ensureCodeServer, launchBrowser, log,
  makeUserDataDir, newWorkbenchPage, startCodeServer, tempRoot, workbenchUrl, checkPrerequisites,
} from './lib/codeServer.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SUITE_TAG = '[suite] ';

export function parseArgs(argv) {
  const opts = {
    demo: false, build: true, screenshots: true, grep: undefined, timeoutSec: 600, startTimeoutSec: 180,
    verbose: false, port: undefined, keep: false, extension: REPO, folder: path.join(REPO, 'examples'),
    suite: path.join(HERE, 'suite', 'index.ts'), suiteOut: path.join(REPO, 'out', 'vscode-suite', 'index.js'),
    extensionsDir: undefined, minTests: 1, devExtension: true, env: {}, label: 'vscode',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new SetupError(`${a} needs a value`);
      return argv[++i];
    };
    switch (a) {
      case '--demo': opts.demo = true; break;
      case '--no-build': opts.build = false; break;
      case '--no-screenshots': opts.screenshots = false; break;
      case '--grep': opts.grep = next(); break;
      case '--timeout': opts.timeoutSec = Number(next()); break;
      case '--verbose': opts.verbose = true; break;
      case '--port': opts.port = Number(next()); break;
      case '--keep': opts.keep = true; break;
      case '--extension': opts.extension = path.resolve(next()); opts.build = false; break;
      case '--folder': opts.folder = path.resolve(next()); break;
      case '--suite': opts.suite = path.resolve(next()); opts.suiteOut = path.join(REPO, 'out', `vscode-suite-${path.basename(opts.suite).replace(/\.[jt]s$/, '')}`, 'index.js'); break;
      case '--extensions-dir': opts.extensionsDir = path.resolve(next()); break;
      case '--min-tests': opts.minTests = Number(next()); break;
      case '-h': case '--help':
        process.stdout.write(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1).filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('//'))).map((l) => l.replace(/^\/\/ ?/, '')).join('\n') + '\n');
        process.exit(0);
        break;
      default: throw new SetupError(`unknown option ${a} (see --help)`);
    }
  }
  return opts;
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

async function demo(opts) {
  checkPrerequisites();
  if (opts.build) buildExtension();
  ensureCodeServer();
  const root = path.join(REPO, '.code-server', 'demo');
  fs.mkdirSync(path.join(root, 'extensions'), { recursive: true });
  const userDataDir = makeUserDataDir(root);
  let port = opts.port ?? 8080;
  if (!opts.port && !(await portIsFree(port))) port = 0;
  const cs = await startCodeServer({ root, userDataDir, extensionsDir: path.join(root, 'extensions'), port, quiet: !opts.verbose });
  const url = workbenchUrl({ host: cs.host, folder: opts.folder, extensionDevelopmentPath: opts.extension });
  process.stdout.write(`\nCorroborate in VS Code (code-server) on ${path.relative(REPO, opts.folder) || '.'}:\n\n  ${url}\n\n` +
    `Open it in a browser on this machine (the extension is loaded from ${opts.extension}). Ctrl-C stops it.\n`);
  const stop = async () => { await cs.stop(); process.exit(0); };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  cs.proc.on('exit', (code) => { log(`code-server exited (${code})`); process.exit(code ?? 1); });
}

/** Waits until `text` is visible in one of the page's frames (webviews render in nested iframes). */
async function waitForFrameText(page, text, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frame.getByText(text, { exact: false }).first().isVisible().catch(() => false)) return;
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`"${text}" did not appear in any frame within ${timeoutMs} ms`);
}

/** Answers the suite's screenshot requests (files in the control dir) with pictures of the workbench. */
function serveScreenshots({ control, page, docsDir, onError }) {
  const busy = new Set();
  const handle = async (file) => {
    const name = file.replace(/^screenshot-/, '').replace(/\.request$/, '');
    if (busy.has(name)) return;
    busy.add(name);
    const base = path.join(control, `screenshot-${name}`);
    let answer = 'ok';
    try {
      const req = JSON.parse(fs.readFileSync(`${base}.request`, 'utf8'));
      if (req.waitFor) {
        const loc = page.locator(req.waitFor).filter(req.text ? { hasText: req.text } : {}).first();
        await loc.waitFor({ state: 'visible', timeout: 20_000 });
      }
      if (req.frameText) await waitForFrameText(page, req.frameText, 20_000);
      // Let the workbench finish the frame it is painting (a hover fades in over ~100 ms).
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.waitForTimeout(300);
      const out = path.join(docsDir, `${name}.png`);
      fs.mkdirSync(docsDir, { recursive: true });
      await page.screenshot({ path: out });
      log(`screenshot ${path.relative(REPO, out)}`);
    } catch (err) {
      answer = `error: ${err?.message ?? err}`;
      onError(`screenshot ${name}: ${answer}`);
    }
    fs.writeFileSync(`${base}.done.tmp`, answer);
    fs.renameSync(`${base}.done.tmp`, `${base}.done`);
  };
  const scan = () => {
    for (const f of fs.readdirSync(control)) if (/^screenshot-.*\.request$/.test(f)) void handle(f);
  };
  const watcher = fs.watch(control, scan);
  scan();
  return () => watcher.close();
}

/**
 * Runs a suite in code-server and resolves with { ok, reason, results, ms }. Used by this runner and by
 * test/vsix/run.mjs.
 */
export async function runSuite(opts) {
  const t0 = Date.now();
  const artifacts = path.join(REPO, 'test-results', opts.label);
  fs.rmSync(artifacts, { recursive: true, force: true });
  fs.mkdirSync(artifacts, { recursive: true });
  const root = tempRoot('corroborate-vscode-');
  const control = path.join(root, 'control');
  fs.mkdirSync(control);
  const extensionsDir = opts.extensionsDir ?? path.join(root, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  const userDataDir = makeUserDataDir(root, opts.settings);
  // The tests edit, save and write settings and ignore lists: they get a copy of the workspace, named as the
  // original so the screenshots read the same.
  const workspace = path.join(root, 'workspace', path.basename(opts.folder));
  fs.cpSync(opts.folder, workspace, { recursive: true });
  const csLog = fs.createWriteStream(path.join(artifacts, 'code-server.log'));
  const consoleLog = fs.createWriteStream(path.join(artifacts, 'workbench-console.log'));

  await buildSuite({ entry: opts.suite, outfile: opts.suiteOut });
  const cs = await startCodeServer({
    root, userDataDir, extensionsDir, quiet: !opts.verbose,
    onOutput: (t) => csLog.write(t),
    env: {
      CORROBORATE_TEST_CONTROL: control,
      CORROBORATE_REPO: REPO,
      CORROBORATE_EXAMPLES: workspace,
      CORROBORATE_SCREENSHOTS: opts.screenshots ? '1' : '0',
      ...(opts.grep ? { CORROBORATE_TEST_GREP: opts.grep } : {}),
      ...opts.env,
    },
  });
  log(`code-server ${cs.host} up in ${((Date.now() - t0) / 1000).toFixed(1)} s (logs: ${path.relative(REPO, artifacts)}/)`);

  let browser;
  let stopScreens = () => {};
  const problems = [];
  let suiteLines = 0;
  let started = false;
  let lastError = '';
  const errors = [];
  try {
    browser = await launchBrowser();
    const page = await newWorkbenchPage(browser, {
      host: cs.host,
      onExternalRequest: (u) => { consoleLog.write(`[blocked external request] ${u}\n`); if (opts.verbose) log(`blocked external request ${u}`); },
    });
    let finish;
    const finished = new Promise((resolve) => { finish = resolve; });
    let onStart;
    const suiteStarted = new Promise((resolve) => { onStart = resolve; });
    await page.exposeFunction('codeAutomationExit', (code) => finish({ kind: 'exit', code }));
    page.on('console', (msg) => {
      const text = cleanConsoleText(msg.text());
      consoleLog.write(`[${msg.type()}] ${text}\n`);
      const at = text.indexOf(SUITE_TAG);
      if (at >= 0) {
        const line = text.slice(at + SUITE_TAG.length);
        suiteLines++;
        if (line.startsWith('CORROBORATE-SUITE-START')) { started = true; onStart(); }
        process.stdout.write(`${line}\n`);
      } else if (opts.verbose) {
        process.stdout.write(`[workbench ${msg.type()}] ${text}\n`);
      } else if (msg.type() === 'error' && !/Failed to load resource|vsda/.test(text)) {
        errors.push(text);
        if (!started) return;
        const first = text.split('\n')[0];
        if (first !== lastError) process.stdout.write(`[workbench error] ${first}\n`);
        lastError = first;
      }
    });
    page.on('pageerror', (err) => consoleLog.write(`[pageerror] ${err.stack ?? err}\n`));
    page.on('crash', () => finish({ kind: 'crash' }));
    cs.proc.on('exit', (code, signal) => finish({ kind: 'server-exit', code, signal }));
    if (opts.screenshots) {
      stopScreens = serveScreenshots({
        control, page, docsDir: path.join(REPO, 'docs'),
        onError: (m) => { problems.push(m); log(m); },
      });
    }

    const url = workbenchUrl({
      host: cs.host, folder: workspace,
      extensionDevelopmentPath: opts.devExtension ? opts.extension : undefined,
      extensionTestsPath: opts.suiteOut,
    });
    if (opts.verbose) log(`opening ${url}`);
    await page.goto(url);

    const startTimer = setTimeout(() => { if (!started) finish({ kind: 'no-start' }); }, opts.startTimeoutSec * 1000);
    const timer = setTimeout(() => finish({ kind: 'timeout' }), opts.timeoutSec * 1000);
    void suiteStarted.then(() => clearTimeout(startTimer));
    const outcome = await finished;
    clearTimeout(startTimer);
    clearTimeout(timer);
    if (outcome.kind !== 'exit') {
      await page.screenshot({ path: path.join(artifacts, 'failure.png') }).catch(() => {});
    }
    const ms = Date.now() - t0;
    const resultsFile = path.join(control, 'results.json');
    const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : undefined;
    if (results) fs.copyFileSync(resultsFile, path.join(artifacts, 'results.json'));
    if (suiteLines === 0 && fs.existsSync(path.join(control, 'output.log'))) {
      // The console forwarding stayed silent: show what the suite wrote.
      process.stdout.write(fs.readFileSync(path.join(control, 'output.log'), 'utf8'));
    }
    const reason = judge({ outcome, results, opts, problems, started });
    if (reason && !started && errors.length) {
      // It failed before any test ran: the workbench's errors usually say why (a suite that did not load…).
      process.stdout.write('[corroborate-test] workbench errors before the suite started:\n');
      for (const e of [...new Set(errors)].slice(-5)) process.stdout.write(`${e.split('\n').slice(0, 6).join('\n').replace(/^/gm, '    ')}\n`);
    }
    return { ok: !reason, reason, results, ms, artifacts };
  } finally {
    stopScreens();
    await browser?.close().catch(() => {});
    await cs.stop();
    csLog.end();
    consoleLog.end();
    if (!opts.keep) fs.rmSync(root, { recursive: true, force: true });
    else log(`kept ${root}`);
  }
}

function judge({ outcome, results, opts, problems, started }) {
  switch (outcome.kind) {
    case 'no-start':
      return `the workbench never started the suite within ${opts.startTimeoutSec} s (extension host not up, or the payload URL was not honoured)`;
    case 'timeout':
      return `the workbench never reported an exit code within ${opts.timeoutSec} s${started ? ' (the suite started but did not finish)' : ''}`;
    case 'crash':
      return 'the browser page crashed';
    case 'server-exit':
      return `code-server exited during the run (code ${outcome.code}, signal ${outcome.signal})`;
  }
  if (outcome.code !== 0 && results && results.passed + results.failed === 0) return 'zero tests ran (the suite registered or matched no test)';
  if (outcome.code !== 0 && !started) return `the suite failed before any test started (extension host exit code ${outcome.code}): see the errors above`;
  if (outcome.code !== 0) return `the suite failed (extension host exit code ${outcome.code})${results?.failed ? `: ${results.failed} test(s) failed` : ''}`;
  if (!results) return 'the suite exited 0 but wrote no results: no test ran';
  if (results.passed === 0) return 'zero tests ran';
  if (results.failed > 0) return `${results.failed} test(s) failed`;
  if (results.passed < opts.minTests) return `only ${results.passed} tests passed, expected at least ${opts.minTests}`;
  if (problems.length) return problems.join('; ');
  return undefined;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.demo) return demo(opts);
  checkPrerequisites();
  if (opts.build) buildExtension();
  const tInstall = Date.now();
  ensureCodeServer();
  const installSec = (Date.now() - tInstall) / 1000;
  if (installSec > 5) log(`code-server ready after ${installSec.toFixed(1)} s`);
  const r = await runSuite(opts);
  const secs = (r.ms / 1000).toFixed(1);
  if (r.ok) {
    log(`VS Code suite passed: ${r.results.passed} tests in ${secs} s`);
    process.exitCode = 0;
  } else {
    process.stderr.write(`\n[corroborate-test] VS Code suite FAILED: ${r.reason}\n`);
    process.stderr.write(`[corroborate-test] logs and failure screenshot: ${path.relative(REPO, r.artifacts)}/\n`);
    if (r.results?.failures?.length) {
      for (const f of r.results.failures) process.stderr.write(`  ✗ ${f.title}\n${f.error.split('\n').slice(0, 4).join('\n').replace(/^/gm, '      ')}\n`);
    }
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    if (err instanceof SetupError) process.stderr.write(`\n[corroborate-test] ${err.message}\n`);
    else process.stderr.write(`\n[corroborate-test] runner error: ${err?.stack ?? err}\n`);
    process.exit(1);
  });
}
