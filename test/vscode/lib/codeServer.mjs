// Offline code-server + headless Chromium plumbing shared by the VS Code runner (test/vscode/runCodeServer.mjs)
// and the .vsix test (test/vsix/run.mjs).
//
// code-server 4.100.3 (VS Code 1.100.3) is installed on first use into the git-ignored .code-server/ with
// npm; its @vscode/ripgrep postinstall would download from GitHub, so its cache is seeded first from
// Debian's /usr/bin/rg. Chromium is Debian's, driven by playwright-core.

import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CODE_SERVER_VERSION = '4.100.3';
export const INSTALL_DIR = path.join(REPO, '.code-server');
const PKG_DIR = path.join(INSTALL_DIR, 'node_modules', 'code-server');
export const CODE_SERVER_BIN = path.join(PKG_DIR, 'out', 'node', 'entry.js');
const MARKER = path.join(INSTALL_DIR, `.installed-${CODE_SERVER_VERSION}`);
const RIPGREP_CACHE = `vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz`;
export const CHROMIUM = process.env.CORROBORATE_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
];

const requireFromRepo = createRequire(path.join(REPO, 'package.json'));

/** Thrown for problems the user must fix (missing apt package, failed install); printed without a stack. */
export class SetupError extends Error {}

export function log(msg) {
  process.stdout.write(`[corroborate-test] ${msg}\n`);
}

function which(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim() || undefined;
}

/** Checks the apt packages the runners need, with the command that installs them. */
export function checkPrerequisites() {
  const missing = [];
  if (!fs.existsSync(CHROMIUM)) missing.push('chromium');
  if (!which('rg')) missing.push('ripgrep');
  if (!fs.existsSync(MARKER) && !fs.existsSync('/usr/include/krb5.h') && !fs.existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  if (missing.length) throw new SetupError(`missing Debian packages: ${missing.join(' ')}\n  fix: apt-get install -y ${missing.join(' ')}`);
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) throw new SetupError(`code-server ${CODE_SERVER_VERSION} needs Node 20; this is Node ${process.versions.node}`);
}

/** @vscode/ripgrep's postinstall downloads rg from GitHub unless this cached tarball exists. */
function seedRipgrepCache() {
  const tmp = process.env.TMPDIR || os.tmpdir();
  const tarball = path.join(tmp, RIPGREP_CACHE);
  if (fs.existsSync(tarball)) return;
  const rg = which('rg');
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-seed-'));
  fs.copyFileSync(rg, path.join(stage, 'rg'));
  fs.chmodSync(path.join(stage, 'rg'), 0o755);
  fs.mkdirSync(path.dirname(tarball), { recursive: true });
  const r = spawnSync('tar', ['czf', tarball, '-C', stage, 'rg'], { stdio: 'inherit' });
  fs.rmSync(stage, { recursive: true, force: true });
  if (r.status !== 0) throw new SetupError(`could not build the ripgrep cache tarball ${tarball}`);
  log(`seeded ripgrep cache ${tarball} from ${rg}`);
}

function installLooksComplete() {
  const vscode = path.join(PKG_DIR, 'lib', 'vscode');
  return [
    CODE_SERVER_BIN,
    path.join(vscode, 'node_modules.asar'), // made by code-server's postinstall
    path.join(vscode, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'),
    path.join(vscode, 'node_modules', 'node-pty', 'build', 'Release', 'pty.node'),
  ].every((p) => fs.existsSync(p));
}

/** Installs code-server into .code-server/ on first use (about 1.5 minutes); a no-op afterwards. */
export function ensureCodeServer() {
  if (fs.existsSync(MARKER) && installLooksComplete()) return;
  checkPrerequisites();
  seedRipgrepCache();
  const started = Date.now();
  log(`installing code-server ${CODE_SERVER_VERSION} into ${path.relative(REPO, INSTALL_DIR)}/ (first use only)…`);
  fs.mkdirSync(INSTALL_DIR, { recursive: true });
  fs.writeFileSync(
    path.join(INSTALL_DIR, 'package.json'),
    JSON.stringify({
      private: true,
      description: 'code-server for the VS Code tests (test/vscode/lib/codeServer.mjs); git-ignored',
      dependencies: { 'code-server': CODE_SERVER_VERSION },
      allowScripts: { 'code-server': true, argon2: true },
    }, null, 2) + '\n',
  );
  const env = {
    ...process.env,
    npm_config_yes: 'true', // the machine's npmrc says yes=false; code-server's install must not stop on a prompt
    npm_config_unsafe_perm: 'true', // its postinstall refuses to run as root without it
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  const npm = spawnSync('npm', ['install', '--prefix', INSTALL_DIR, '--no-audit', '--no-fund', '--no-package-lock'], {
    cwd: INSTALL_DIR, env, stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (npm.status !== 0) throw new SetupError(`npm install of code-server ${CODE_SERVER_VERSION} failed (exit ${npm.status})`);
  if (!installLooksComplete() && fs.existsSync(path.join(PKG_DIR, 'postinstall.sh'))) {
    // npm's install-script policy skipped the postinstall: run it by hand.
    log('code-server postinstall did not run; running it by hand');
    const post = spawnSync('sh', ['./postinstall.sh'], {
      cwd: PKG_DIR,
      env: { ...env, npm_config_user_agent: `npm/11 node/${process.version} linux x64`, npm_config_dangerously_allow_all_scripts: 'true' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (post.status !== 0) throw new SetupError(`code-server postinstall failed (exit ${post.status})`);
  }
  if (!installLooksComplete()) throw new SetupError('code-server installed but its VS Code dependencies are incomplete (see the npm output above)');
  fs.writeFileSync(MARKER, new Date().toISOString() + '\n');
  log(`code-server installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** A fresh user-data dir with settings that make tests quiet and deterministic. */
export function makeUserDataDir(root, extraSettings = {}) {
  const dir = path.join(root, 'user-data');
  fs.mkdirSync(path.join(dir, 'User'), { recursive: true });
  const settings = {
    'security.workspace.trust.enabled': false,
    'files.autoSave': 'off', // VS Code for the web saves after a delay by default; tests edit, undo and revert
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'git.enabled': false,
    'chat.commandCenter.enabled': false,
    'window.commandCenter': false,
    'editor.hover.delay': 100,
    'editor.minimap.enabled': false,
    ...extraSettings,
  };
  fs.writeFileSync(path.join(dir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  return dir;
}

/**
 * Starts code-server on 127.0.0.1 on a free port (it binds :0 and prints the port it got).
 * Resolves when it listens; `stop()` ends it and the processes it started.
 */
export async function startCodeServer({ root, userDataDir, extensionsDir, env = {}, port = 0, quiet = true, onOutput }) {
  const config = path.join(root, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  const args = [
    CODE_SERVER_BIN,
    '--config', config,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];
  const proc = spawn(process.execPath, args, {
    cwd: REPO,
    detached: true, // its own process group, so stop() ends the extension host and language server too
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      EXTENSIONS_GALLERY: '{}', // no marketplace: nothing leaves the machine
      ...env,
    },
  });
  let out = '';
  const listening = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      const text = chunk.toString();
      if (!quiet) process.stdout.write(text.replace(/^/gm, '[code-server] '));
      onOutput?.(text);
      if (out.length < 100_000) out += text;
      const m = out.match(/HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/);
      if (m) resolve(Number(m[1]));
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    proc.on('exit', (code, signal) => reject(new SetupError(`code-server exited before listening (code ${code}, signal ${signal})\n${out}`)));
    setTimeout(() => reject(new SetupError(`code-server did not listen within 60 s\n${out}`)), 60_000).unref();
  });
  const boundPort = await listening;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* already gone */ }
    const timer = setTimeout(() => { try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
    await exited;
    clearTimeout(timer);
    try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* group already empty */ }
  };
  return { proc, port: boundPort, host: `127.0.0.1:${boundPort}`, stop, output: () => out };
}

/** Installs a .vsix into an extensions dir with code-server's own CLI. */
export function installExtension({ vsix, extensionsDir, userDataDir }) {
  const r = spawnSync(process.execPath, [CODE_SERVER_BIN, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix, '--force'], {
    cwd: REPO, encoding: 'utf8', env: { ...process.env, EXTENSIONS_GALLERY: '{}' },
  });
  const output = `${r.stdout}${r.stderr}`;
  if (r.status !== 0 || !/successfully installed/i.test(output)) {
    throw new SetupError(`code-server --install-extension ${vsix} failed (exit ${r.status}):\n${output}`);
  }
  return output;
}

/** The workbench URL that opens `folder` and, with a payload, loads a dev extension and/or runs a suite. */
export function workbenchUrl({ host, folder, extensionDevelopmentPath, extensionTestsPath }) {
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', `vscode-remote://${host}${extensionDevelopmentPath}`]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', `vscode-remote://${host}${extensionTestsPath}`]);
  let url = `http://${host}/?folder=${encodeURIComponent(folder)}`;
  if (payload.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

export async function launchBrowser() {
  const { chromium } = requireFromRepo('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** A page whose requests may only go to code-server on loopback: anything else is aborted and reported. */
export async function newWorkbenchPage(browser, { host, viewport = { width: 1400, height: 860 }, onExternalRequest }) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.host === host || u.hostname === '127.0.0.1' || u.hostname === 'localhost') {
      return route.continue();
    }
    if (/vscode-cdn\.net|vscode-resource|vscode-webview/.test(u.hostname)) return route.continue(); // served locally by the workbench's service worker
    onExternalRequest?.(url);
    return route.abort();
  });
  return context.newPage();
}

/** Strips the workbench's console styling ("%c INFO color: #33f …") from a forwarded extension-host line. */
export function cleanConsoleText(text) {
  return text.replace(/^%c\s*(?:TRACE|DEBUG|INFO|WARN|ERR|ERROR)\s+color:\s*#[0-9a-f]+\s?/i, '');
}

export function tempRoot(prefix) {
  return fs.mkdtempSync(path.join(process.env.TMPDIR || os.tmpdir(), prefix));
}

/** Bundles the in-extension-host mocha suite (TypeScript) into one CommonJS file with esbuild. */
export async function buildSuite({ entry, outfile }) {
  const esbuild = requireFromRepo('esbuild');
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'warning',
    logOverride: { 'require-resolve-not-external': 'silent' }, // mocha's parallel mode, unused here
  });
  return outfile;
}

/** Runs `npm run build` so the extension under test is the current source, not a stale dist/. */
export function buildExtension() {
  const started = Date.now();
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: REPO, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new SetupError(`npm run build failed (exit ${r.status}); the extension cannot be tested`);
  log(`built the extension in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
