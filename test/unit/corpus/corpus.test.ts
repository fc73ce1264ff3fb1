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

describe('postings storage forms', () => {
  it('keeps items in order, capped, whatever form a key takes', () => {
    const p = new Postings();
    // Items 0..39 all under one key: past the small-number form, capped at MAX_ITEMS_PER_ARTICLE.
    p.set('a', Array.from({ length: 40 }, () => ['k']));
    assert.deepEqual(p.lookup('k', '').map((x) => x.item), Array.from({ length: 16 }, (_, i) => i));
    // Items above the bit-set range.
    p.set('b', Array.from({ length: 40 }, (_, i) => (i === 3 || i >= 30 ? ['k'] : [])));
    assert.deepEqual(p.lookup('k', 'a').map((x) => x.item), [3, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39]);
    // Many articles (a key past the array form), removal keeps the others' order.
    for (let i = 0; i < 50; i++) p.set(`n${i}`, [['k']]);
    p.remove('n10');
    p.set('n10', [['k']]);
    const order = [...new Set(p.lookup('k', '').map((x) => x.article))];
    assert.deepEqual(order, ['a', 'b', ...Array.from({ length: 50 }, (_, i) => `n${i}`).filter((n) => n !== 'n10'), 'n10']);
    assert.equal(p.articleCount('k'), 52);
    assert.equal(p.lookup('k', '', 51).length, 0);
  });
});

describe('postings of very common keys', () => {
  it('keep only a count past twice the common limit, and come back exactly when articles leave', () => {
    const items = new Map<string, string[][]>();
    const saturating = new Postings(2, (a) => items.get(a));
    const plain = new Postings();
    const add = (a: string, its: string[][]): void => {
      items.set(a, its);
      saturating.set(a, its);
      plain.set(a, its);
    };
    const same = (): void => {
      for (const key of ['k', 'x', 'y']) {
        assert.equal(saturating.articleCount(key), plain.articleCount(key), key);
        for (const cap of [1, 2, 3, Infinity]) {
          const sort = (ps: Array<{ article: string; item: number }>) => [...ps].sort((p, q) => (p.article < q.article ? -1 : p.article > q.article ? 1 : p.item - q.item));
          assert.deepEqual(sort(saturating.lookup(key, 'a0', cap)), sort(plain.lookup(key, 'a0', cap)), `${key} cap ${cap}`);
        }
        assert.deepEqual([...saturating.holders(key)].sort(), [...plain.holders(key)].sort());
      }
      for (const cap of [2, Infinity]) assert.deepEqual([...saturating.neighbours('a1', cap)].sort(), [...plain.neighbours('a1', cap)].sort());
    };
    for (let i = 0; i < 40; i++) add(`a${i}`, [['k', i % 3 ? 'x' : 'y'], ['k'], i % 5 ? [] : ['k', 'y']]);
    same();
    add('a7', [['y']]);
    same();
    for (let i = 39; i >= 0; i--) {
      saturating.remove(`a${i}`);
      plain.remove(`a${i}`);
      items.delete(`a${i}`);
      same();
    }
  });
});
