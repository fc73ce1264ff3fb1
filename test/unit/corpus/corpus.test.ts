import assert from 'node:assert/strict';
import { Corpus } from '../../../server/src/analysis/corpus';
import { Postings } from '../../../server/src/analysis/corpus/postings';

const A = '---\ndate: 2026-03-12\n---\n"We will not gamble with the lives of people who cross that bridge," Mayor Elena Vasquez said.\n';
const B = '---\ndate: 2026-03-12\n---\n"We will not gamble with the lives of people who cross that bridge," Vasquez said on Thursday.\n';
const C = '---\ndate: 2026-03-12\n---\nThe harbour choir sang on Saturday. "Music carries over water," said the conductor, Ida Berg.\n';

describe('postings', () => {
  it('answers lookups and forgets an article on removal', () => {
    const p = new Postings();
    p.set('a', [['x', 'y'], ['y']]);
    p.set('b', [['y']]);
    assert.deepEqual(p.lookup('y', 'b'), [{ article: 'a', item: 0 }, { article: 'a', item: 1 }]);
    assert.equal(p.articleCount('y'), 2);
    assert.deepEqual([...p.neighbours('b')], ['a']);
    p.remove('a');
    assert.deepEqual(p.lookup('y', 'b'), []);
    assert.equal(p.articleCount('x'), 0);
  });
  it('skips keys held by too many articles', () => {
    const p = new Postings();
    p.set('a', [['common']]);
    p.set('b', [['common']]);
    p.set('c', [['common']]);
    assert.deepEqual(p.lookup('common', 'a', 1), []);
  });
});

describe('corpus', () => {
  it('indexes articles one at a time: add, change, delete, rename', () => {
    const c = new Corpus();
    c.set('a.md', A);
    c.set('b.md', B);
    c.set('c.md', C);
    assert.deepEqual([...c.neighbours('a.md')], ['b.md']);
    const v = c.version;
    assert.equal(c.set('a.md', A), false, 'unchanged text is not re-analysed');
    assert.equal(c.version, v);
    c.set('b.md', C.replace('choir', 'band'));
    assert.ok(!c.neighbours('a.md').has('b.md'), 'a change drops the old links');
    c.set('b.md', B);
    c.rename('b.md', 'moved/b.md');
    assert.deepEqual([...c.neighbours('a.md')], ['moved/b.md']);
    c.delete('moved/b.md');
    assert.equal(c.neighbours('a.md').size, 0);
    assert.equal(c.size, 2);
  });
  it('reuses a cached analysis for the same content', () => {
    const store = new Map<string, import('../../../server/src/analysis/types').ArticleAnalysis>();
    let misses = 0;
    const cache = { get: (k: string) => store.get(k), set: (k: string, v: import('../../../server/src/analysis/types').ArticleAnalysis) => (misses++, store.set(k, v)) };
    const c = new Corpus(cache);
    c.set('a.md', A);
    c.set('copy.md', A);
    assert.equal(misses, 1);
  });
});
