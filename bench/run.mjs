// `npm run bench`: analysis throughput against chrono-node, edit-to-diagnostics latency, indexing time and memory of the real server.
//
// Usage: node bench/run.mjs [--corpus DIR] [--sizes 100,1000,10000] [--edits 40] [--keep]
// Prints a table, then (last line) one JSON object with the numbers.

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const corpusDir = opt('corpus', undefined);
const sizes = opt('sizes', '100,1000,10000').split(',').map(Number);
const EDITS = Number(opt('edits', '40'));
const keep = argv.includes('--keep');
const log = (s) => process.stderr.write(s + '\n');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-bench-'));
const entryOut = path.join(work, 'entry.cjs');
await esbuild.build({ entryPoints: [path.join(root, 'bench/entry.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: entryOut, logLevel: 'warning' });
const core = require(entryOut);

const result = { machine: { cpus: os.cpus().length, node: process.version } };
const rows = [];
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};
const r1 = (x) => Math.round(x * 10) / 10;

// ---- articles: generated (deterministic) or read from --corpus --------------------------------------------------
const maxSize = Math.max(...sizes);
let articles;
if (corpusDir) {
  const files = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(txt|md)$/i.test(e.name)) files.push(p);
    }
  };
  walk(corpusDir);
  if (!files.length) throw new Error(`${corpusDir}: no .txt or .md articles`);
  articles = files.map((f) => ({ name: path.relative(corpusDir, f).replace(/[\\/]/g, '__'), text: fs.readFileSync(f, 'utf8') }));
  log(`corpus: ${articles.length} articles from ${corpusDir}`);
} else {
  const t = performance.now();
  articles = core.generateCorpus(maxSize);
  log(`generated ${articles.length} articles (${(articles.reduce((s, a) => s + a.text.length, 0) / 1e6).toFixed(1)} M chars) in ${Math.round(performance.now() - t)} ms`);
}
/** The first n articles of the workspace, repeating a --corpus that is smaller than n under new names. */
const workspaceArticles = (n) => Array.from({ length: n }, (_, i) => (i < articles.length ? articles[i] : { name: `r${Math.floor(i / articles.length)}-${articles[i % articles.length].name}`, text: articles[i % articles.length].text }));

// ---- throughput: full analysis vs chrono-node alone over the same text -----------------------------------------
{
  const sample = articles.slice(0, Math.min(articles.length, 1000));
  const chars = sample.reduce((s, a) => s + a.text.length, 0);
  const reference = new Date(Date.UTC(2020, 5, 1));
  for (const a of sample.slice(0, 100)) {
    core.analyzeArticle(a.text);
    core.chronoParse(a.text, reference);
  }
  const time = (f) => {
    const t = performance.now();
    for (const a of sample) f(a.text);
    return (performance.now() - t) / 1000;
  };
  // Interleave two rounds of each so neither gets the warmer JIT or the quieter machine.
  let extract = 0;
  let chrono = 0;
  for (let round = 0; round < 2; round++) {
    extract += time((t) => core.analyzeArticle(t));
    chrono += time((t) => core.chronoParse(t, reference));
  }
  const bytes = sample.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
  result.extractMBps = r1((2 * bytes) / 1e6 / extract);
  result.chronoMBps = r1((2 * bytes) / 1e6 / chrono);
  result.extractMsPerArticle = Math.round((extract / 2 / sample.length) * 1e4) / 10;
  rows.push(['analysis throughput (analyzeArticle)', `${result.extractMBps} MB/s`, `${sample.length} articles, ${(chars / 1e6).toFixed(1)} M chars, ${result.extractMsPerArticle} ms/article`]);
  rows.push(['chrono-node parse, same text', `${result.chronoMBps} MB/s`, result.extractMBps >= result.chronoMBps ? 'analysis is faster' : `analysis is ${r1(result.chronoMBps / result.extractMBps)}x slower`]);
}

// ---- the real server over stdio -------------------------------------------------------------------------------
const target = core.longArticle(1500);
const targetWords = target.split(/\s+/).filter(Boolean).length;

function writeWorkspace(n) {
  const dir = path.join(work, `ws-${n}`);
  fs.mkdirSync(dir, { recursive: true });
  for (const a of workspaceArticles(n)) fs.writeFileSync(path.join(dir, a.name), a.text);
  fs.writeFileSync(path.join(dir, 'bench-target.md'), target);
  return dir;
}

/** CPU seconds (user + system) the server used so far: all its threads, and its main thread alone (Linux /proc). */
function cpuSeconds(pid) {
  const read = (file) => {
    try {
      const stat = fs.readFileSync(file, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(f[11]) + Number(f[12])) / 100;
    } catch {
      return NaN;
    }
  };
  return { process: read(`/proc/${pid}/stat`), main: read(`/proc/${pid}/task/${pid}/stat`) };
}

function rssMB(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return { rss: NaN, peak: NaN };
  }
}

async function startServer(folder, settings, cacheDir) {
  const prof = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-interval', '250', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : [];
  // The flags the VS Code client starts the server with (client/src/extension.ts).
  const proc = spawn(process.execPath, [...prof, '--max-semi-space-size=4', path.join(root, 'bin', 'corroborate.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const diagnostics = new Map();
  const listeners = new Set();
  const statuses = [];
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    diagnostics.set(p.uri, p);
    for (const l of [...listeners]) l(p);
  });
  conn.onNotification('corroborate/status', (p) => {
    statuses.push({ at: performance.now(), ...p });
    for (const l of [...listeners]) l(null);
  });
  const logs = [];
  conn.onNotification('window/logMessage', (p) => {
    logs.push({ at: performance.now(), message: p.message });
    if (process.env.BENCH_VERBOSE) log(`  server: ${p.message}`);
    for (const l of [...listeners]) l(null);
  });
  conn.onNotification(() => undefined);
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => settings));
  for (const m of ['client/registerCapability', 'window/workDoneProgress/create', 'workspace/codeLens/refresh', 'workspace/inlayHint/refresh', 'workspace/diagnostic/refresh']) conn.onRequest(m, () => null);
  conn.listen();
  const uri = pathToFileURL(folder).toString();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uri,
    workspaceFolders: [{ uri, name: path.basename(folder) }],
    capabilities: {
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
      window: { workDoneProgress: true },
      textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: { relatedInformation: true, versionSupport: true } },
    },
    initializationOptions: { settings, cacheDir },
  });
  const started = performance.now();
  await conn.sendNotification('initialized', {});
  const until = (pred, ms = 300000) =>
    new Promise((resolve, reject) => {
      const check = (p) => {
        const v = pred(p);
        if (v) {
          listeners.delete(check);
          clearTimeout(timer);
          resolve(v);
        }
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        if (proc.exitCode === null) proc.kill();
        reject(new Error(`bench: timed out; server stderr:\n${stderr}`));
      }, ms);
      listeners.add(check);
      check(null);
    });
  return {
    conn,
    proc,
    started,
    statuses,
    logs,
    diagnostics,
    until,
    async stop() {
      try {
        await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
        await conn.sendNotification('exit');
      } catch {
        /* gone already */
      }
      if (proc.exitCode === null) await Promise.race([new Promise((r) => proc.once('exit', r)), sleep(5000)]);
      conn.dispose();
      if (proc.exitCode === null) proc.kill();
    },
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Position (line, character) of an offset in the target text. */
function positionOf(text, offset) {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/**
 * One server session: index the folder (measuring time, memory, and hover latency meanwhile), then edit the target.
 * `typing`: edits are keystroke bursts and latency runs from the last keystroke (debounce included).
 */
async function session(folder, n, { settings, cacheDir, typing }) {
  const server = await startServer(folder, settings, cacheDir);
  const total = n + 1;
  const targetUri = pathToFileURL(path.join(folder, 'bench-target.md')).toString();
  let version = 1;
  let text = target;
  await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: targetUri, languageId: 'markdown', version, text } });
  // Hover on the first quote of the target while the workspace is being indexed.
  const quoteAt = text.indexOf('\u201c') >= 0 ? text.indexOf('\u201c') + 3 : text.indexOf('"') + 3;
  const hoverMs = [];
  const hoverWindows = [];
  let indexing = true;
  const hovering = (async () => {
    while (indexing) {
      const t = performance.now();
      const from = Number(process.hrtime.bigint() / 1000n);
      await server.conn.sendRequest('textDocument/hover', { textDocument: { uri: targetUri }, position: positionOf(text, quoteAt) });
      hoverMs.push(performance.now() - t);
      hoverWindows.push({ from, to: Number(process.hrtime.bigint() / 1000n), ms: hoverMs[hoverMs.length - 1] });
      await sleep(200);
    }
  })();
  // Indexed: every article read, analysed and in the postings (the server logs it); then the workspace-wide pass
  // publishes diagnostics for every unopened article in the background (status "ready").
  const read = await server.until(() => server.logs.find((l) => /corroborate: read \d+ articles/.test(l.message)), 1800000);
  const memIndexed = rssMB(server.proc.pid);
  // On a shared machine wall-clock time says as much about the neighbours as about the server: CPU time too.
  const indexCpu = cpuSeconds(server.proc.pid);
  const ready = await server.until(() => server.statuses.find((s) => s.state === 'ready' && s.articles >= total && s.at > server.started), 1800000);
  indexing = false;
  await hovering;
  const indexSeconds = (read.at - server.started) / 1000;
  const allSeconds = (ready.at - server.started) / 1000;
  const mem = rssMB(server.proc.pid);
  mem.indexed = memIndexed.rss;
  await server.until(() => server.diagnostics.get(targetUri));

  // Edits in the middle of the target: typing a word into a paragraph, then (next edit) another.
  const latencies = [];
  /** Each edit's window on the monotonic clock the server's CPU profile uses (µs), when BENCH_CPU_PROF asks for one. */
  const windows = [];
  const monoUs = () => Number(process.hrtime.bigint() / 1000n);
  const insertAt = text.indexOf('\n\n', Math.floor(text.length / 2));
  const edits = typing ? Math.ceil(EDITS / 2) : EDITS;
  for (let e = 0; e < edits; e++) {
    const word = ` edit${e}`;
    const keystrokes = typing ? word.split('').map((_, i) => word.slice(0, i + 1)) : [word];
    const base = text;
    let sentAt = 0;
    let sentMono = 0;
    let typedBefore = '';
    for (const typed of keystrokes) {
      version++;
      // As VS Code sends it to a server that asks for incremental sync: the inserted characters at a position.
      const at = positionOf(text, insertAt + typedBefore.length);
      const change = { range: { start: at, end: at }, text: typed.slice(typedBefore.length) };
      text = base.slice(0, insertAt) + typed + base.slice(insertAt);
      typedBefore = typed;
      sentAt = performance.now();
      sentMono = monoUs();
      await server.conn.sendNotification('textDocument/didChange', { textDocument: { uri: targetUri, version }, contentChanges: [change] });
      if (typing && typed !== keystrokes[keystrokes.length - 1]) await sleep(60);
    }
    const want = version;
    await server.until((p) => p && p.uri === targetUri && p.version === want, 60000);
    latencies.push(performance.now() - sentAt);
    windows.push({ from: sentMono, to: monoUs(), ms: latencies[latencies.length - 1] });
    await sleep(typing ? 150 : 30);
  }
  await server.stop();
  if (process.env.BENCH_CPU_PROF) {
    const name = `${n}-${typing ? 'typing' : 'cold'}-${server.proc.pid}.json`;
    fs.writeFileSync(path.join(process.env.BENCH_CPU_PROF, `edits-${name}`), JSON.stringify(windows));
    fs.writeFileSync(path.join(process.env.BENCH_CPU_PROF, `hovers-${name}`), JSON.stringify(hoverWindows));
  }
  return { indexSeconds, indexCpu, allSeconds, mem, hoverMs, latencies };
}

const latencyMs = {};
const latencyDebounceMs = {};
const indexSeconds = {};
const indexCpuSeconds = {};
const warmIndexSeconds = {};
const rss = {};
const hoverDuringIndexMs = {};
const diagnosticsSeconds = {};
for (const n of sizes) {
  try {
    await measure(n);
  } catch (e) {
    rows.push([`${n} articles`, 'FAILED', String(e?.message ?? e).split('\n')[0]]);
    result.errors = [...(result.errors ?? []), `${n}: ${String(e?.message ?? e).split('\n')[0]}`];
  }
}

async function measure(n) {
  const folder = writeWorkspace(n);
  const cacheDir = path.join(work, `cache-${n}`);
  log(`workspace of ${n} articles + a ${targetWords}-word target: cold index, ${EDITS} edits with debounceMs 0…`);
  const cold = await session(folder, n, { settings: { debounceMs: 0 }, cacheDir, typing: false });
  log(`  indexed in ${cold.indexSeconds.toFixed(2)} s, all diagnostics in ${cold.allSeconds.toFixed(2)} s; edit p50 ${quantile(cold.latencies, 0.5).toFixed(1)} ms`);
  log(`  warm index (persisted cache), typing with the default debounce…`);
  const warm = await session(folder, n, { settings: {}, cacheDir, typing: true });
  latencyMs[n] = { p50: r1(quantile(cold.latencies, 0.5)), p95: r1(quantile(cold.latencies, 0.95)), max: r1(Math.max(...cold.latencies)) };
  latencyDebounceMs[n] = { p50: r1(quantile(warm.latencies, 0.5)), p95: r1(quantile(warm.latencies, 0.95)) };
  indexSeconds[n] = Math.round(cold.indexSeconds * 100) / 100;
  indexCpuSeconds[n] = { process: r1(cold.indexCpu.process), main: r1(cold.indexCpu.main) };
  warmIndexSeconds[n] = Math.round(warm.indexSeconds * 100) / 100;
  diagnosticsSeconds[n] = { cold: Math.round(cold.allSeconds * 100) / 100, warm: Math.round(warm.allSeconds * 100) / 100 };
  rss[n] = cold.mem.peak;
  const hovers = [...cold.hoverMs, ...warm.hoverMs];
  hoverDuringIndexMs[n] = { p50: r1(quantile(hovers, 0.5)), p95: r1(quantile(hovers, 0.95)), max: r1(Math.max(...hovers)), samples: hovers.length };
  rows.push([`edit → diagnostics, ${n} articles (debounce 0)`, `p50 ${latencyMs[n].p50} ms, p95 ${latencyMs[n].p95} ms`, `max ${latencyMs[n].max} ms over ${cold.latencies.length} edits`]);
  rows.push([`last keystroke → diagnostics, ${n} (debounce 15)`, `p50 ${latencyDebounceMs[n].p50} ms, p95 ${latencyDebounceMs[n].p95} ms`, `${warm.latencies.length} typed words`]);
  rows.push([`index ${n} articles: cold / warm cache`, `${indexSeconds[n]} s / ${warmIndexSeconds[n]} s`, `peak RSS ${cold.mem.peak} MB (indexed: ${cold.mem.indexed} MB), warm peak ${warm.mem.peak} MB`]);
  rows.push([`CPU for the cold index of ${n}`, `${indexCpuSeconds[n].process} s`, `main thread ${indexCpuSeconds[n].main} s (all threads: worker, GC, compiler)`]);
  rows.push([`diagnostics for all ${n}: cold / warm`, `${diagnosticsSeconds[n].cold} s / ${diagnosticsSeconds[n].warm} s`, 'workspace-wide pass after indexing (background, yields to edits)']);
  rows.push([`hover while indexing ${n}`, `p50 ${hoverDuringIndexMs[n].p50} ms, p95 ${hoverDuringIndexMs[n].p95} ms`, `max ${hoverDuringIndexMs[n].max} ms over ${hovers.length} hovers`]);
  if (!keep) fs.rmSync(folder, { recursive: true, force: true });
}
Object.assign(result, { latencyMs, latencyDebounceMs, indexSeconds, indexCpuSeconds, warmIndexSeconds, diagnosticsSeconds, rssMB: rss, hoverDuringIndexMs, targetWords });

const width = Math.max(...rows.map((r) => r[0].length));
const width2 = Math.max(...rows.map((r) => r[1].length));
console.log(`Corroborate benchmark (${os.cpus().length} CPUs, Node ${process.version}${corpusDir ? `, corpus ${corpusDir}` : ', generated corpus'})`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(width)}  ${b.padEnd(width2)}  ${c}`);
if (!keep) fs.rmSync(work, { recursive: true, force: true });
else log(`kept ${work}`);
console.log(JSON.stringify(result));
