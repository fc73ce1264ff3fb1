// The persisted analysis cache: reopening reuses analyses of unchanged text; corrupt or unwritable caches only cost a re-analysis.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeArticle } from '../../../server/src/analysis/article';
import { Corpus } from '../../../server/src/analysis/corpus';
import { DiskAnalysisCache } from '../../../server/src/workspace/analysisCache';
import { generateCorpus } from '../property/articles';

const articles = generateCorpus(6, 21, 1500);
const optionsOf = (name: string) => (name.startsWith('e00000') ? { published: '2026-03-12' } : {});

describe('persisted analysis cache', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-cache-test-'))));
  // Caches write in the background: let every one of them finish before the folder is removed.
  let made: DiskAnalysisCache[] = [];
  const track = (cache: DiskAnalysisCache): DiskAnalysisCache => (made.push(cache), cache);
  afterEach(async () => {
    await Promise.all(made.map((c) => c.flush()));
    made = [];
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const load = (cache: DiskAnalysisCache): Corpus => {
    const corpus = new Corpus(cache);
    for (const a of articles) corpus.set(a.name, a.text, optionsOf(a.name));
    return corpus;
  };

  it('a second session reads every unchanged article from disk, with the same analysis', async () => {
    const first = track(new DiskAnalysisCache());
    first.open(dir);
    const before = load(first);
    await first.flush();
    assert.equal(first.hits, 0);

    const second = track(new DiskAnalysisCache());
    second.open(dir);
    const after = load(second);
    assert.equal(second.hits, articles.length);
    assert.equal(second.misses, 0);
    for (const a of articles) assert.deepEqual(after.get(a.name)!.analysis, before.get(a.name)!.analysis);
  });

  it('options are part of the key: a publication date override is analysed anew', async () => {
    const cache = track(new DiskAnalysisCache());
    cache.open(dir);
    const corpus = new Corpus(cache);
    corpus.set('a', articles[0].text);
    await cache.flush();
    corpus.set('a', articles[0].text, { published: '2001-01-01' });
    assert.equal(corpus.get('a')!.analysis.published.date, '2001-01-01');
    assert.deepEqual(corpus.get('a')!.analysis, analyzeArticle(articles[0].text, { published: '2001-01-01' }));
  });

  it('a corrupt cache file is ignored (re-analysed), never a crash', async () => {
    const first = track(new DiskAnalysisCache());
    first.open(dir);
    load(first);
    await first.flush();
    const files: string[] = [];
    const walk = (d: string): void => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(d, e.name));
        else files.push(path.join(d, e.name));
      }
    };
    walk(dir);
    assert.equal(files.length, articles.length);
    for (const f of files) fs.writeFileSync(f, '{"truncated":');
    const second = track(new DiskAnalysisCache());
    second.open(dir);
    const corpus = load(second);
    assert.equal(second.hits, 0);
    for (const a of articles) assert.deepEqual(corpus.get(a.name)!.analysis, analyzeArticle(a.text, optionsOf(a.name)));
  });

  it('an unusable cache folder disables the cache instead of failing', () => {
    const file = path.join(dir, 'not-a-folder');
    fs.writeFileSync(file, '');
    const cache = track(new DiskAnalysisCache());
    cache.open(file);
    assert.equal(cache.enabled, false);
    const corpus = load(cache);
    assert.equal(corpus.size, articles.length);
  });

  it('editor buffers are not persisted (withoutPersisting)', async () => {
    const cache = track(new DiskAnalysisCache());
    cache.open(dir);
    const corpus = new Corpus(cache);
    cache.withoutPersisting(() => corpus.set('a', articles[2].text + ' typing'));
    await cache.flush();
    const second = track(new DiskAnalysisCache());
    second.open(dir);
    new Corpus(second).set('a', articles[2].text + ' typing');
    assert.equal(second.hits, 0);
  });
});
