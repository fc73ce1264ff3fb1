import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeArticle } from '../../../server/src/analysis/article';
import { ArticleWorkspace } from '../../../server/src/lsp/workspace';
import { DEFAULT_SETTINGS } from '../../../server/src/lsp/settings';
import { minhash } from '../../../server/src/analysis/corpus/keys';
import { AnalysisWorker } from '../../../server/src/workspace/analysisPool';
import { generateCorpus } from '../property/articles';

import * as esbuild from 'esbuild';

describe('indexing on the analysis worker thread', () => {
  let dir: string;
  const articles = generateCorpus(40, 21);
  let bundled: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-worker-'));
    for (const a of articles) fs.writeFileSync(path.join(dir, a.name), a.text);
    // The worker bundled as scripts/build.mjs does, from the sources this test runs (dist/ may be older).
    bundled = path.join(dir, 'worker', 'analysisWorker.js');
    esbuild.buildSync({ entryPoints: [path.join(__dirname, '..', '..', '..', 'server', 'src', 'workspace', 'analysisWorker.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: bundled, logLevel: 'warning' });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const load = async (workerFile: string, cacheDir?: string): Promise<{ ws: ArticleWorkspace; errors: string[] }> => {
    const ws = new ArticleWorkspace(workerFile);
    if (cacheDir) ws.analysisCache.open(cacheDir);
    ws.minForWorker = 0;
    const errors: string[] = [];
    ws.onWorkerError = (m) => errors.push(m);
    ws.folders = [pathToFileURL(dir).toString()];
    const files = ws.listFolder(ws.folders[0], DEFAULT_SETTINGS);
    await ws.loadManyFromDisk(files, DEFAULT_SETTINGS, () => new Promise((r) => setImmediate(r)));
    return { ws, errors };
  };
  const same = (ws: ArticleWorkspace): void => {
    assert.equal(ws.corpus.size, articles.length);
    for (const a of articles) {
      const id = pathToFileURL(path.join(dir, a.name)).toString();
      assert.deepEqual(ws.corpus.get(id)?.analysis, analyzeArticle(a.text), a.name);
      assert.deepEqual(ws.corpus.get(id)?.signature, minhash(a.text), a.name);
    }
  };

  it('gives the same analyses as the main thread (the bundled worker)', async () => {
    const { ws, errors } = await load(bundled);
    assert.deepEqual(errors, []);
    same(ws);
  });

  it('persists what the worker analysed: the next session reads every analysis from the cache', async () => {
    const cacheDir = path.join(dir, 'cache');
    const first = await load(bundled, cacheDir);
    assert.deepEqual(first.errors, []);
    same(first.ws);
    // The worker wrote its share itself; the main thread's share is written in the background.
    await first.ws.analysisCache.flush();
    const second = await load(bundled, cacheDir);
    assert.equal(second.ws.analysisCache.misses, 0);
    assert.equal(second.ws.analysisCache.hits, articles.length);
    same(second.ws);
  });

  it('falls back to the main thread when there is no worker script', async () => {
    const { ws, errors } = await load(path.join(dir, 'missing-worker.js'));
    assert.deepEqual(errors, []);
    same(ws);
  });

  it('falls back to the main thread, without crashing, when the worker dies', async () => {
    const crashing = path.join(dir, 'crashing-worker.js');
    fs.writeFileSync(crashing, "require('node:worker_threads').parentPort.on('message', () => { throw new Error('boom'); });\n");
    const { ws, errors } = await load(crashing);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /boom|exited/);
    same(ws);
  });

  it('rejects a job when the worker answers with an error, and stays usable', async () => {
    const failing = path.join(dir, 'failing-worker.js');
    fs.writeFileSync(failing, "const { parentPort } = require('node:worker_threads'); parentPort.on('message', (m) => parentPort.postMessage({ seq: m.seq, error: 'bad input' }));\n");
    const w = new AnalysisWorker(failing);
    await assert.rejects(w.analyze('text', {}), /bad input/);
    assert.equal(w.ready(), true);
    w.release();
  });
});
