import assert from 'node:assert/strict';
import { Corpus } from '../../../server/src/analysis/corpus';
import { affectedByEdit } from '../../../server/src/analysis/corpus/affected';
import { CrossReferencer } from '../../../server/src/analysis/crossref';
import { generateCorpus, rng } from '../property/articles';

describe('articles an edit can affect', () => {
  it('names every other article whose findings change, apart from those linking to the edited one (random edits)', function () {
    this.timeout(120_000);
    const articles = generateCorpus(40, 11);
    const corpus = new Corpus();
    for (const a of articles) corpus.set(a.name, a.text);
    const xref = new CrossReferencer(corpus);
    const judgeAll = (): Map<string, string> => new Map([...corpus.ids()].map((id) => [id, JSON.stringify(xref.judge(id))]));
    const r = rng(5);
    const inserts = [' edit', ' 42 soldiers', ' on Monday', ' \u201cWe will win this,\u201d said Mayor Lind.', '. The bridge closed', ' yesterday', ' Elena Brekke', '"', ' of the'];
    let judged = judgeAll();
    let narrowed = 0;
    for (let e = 0; e < 20; e++) {
      const id = articles[Math.floor(r() * articles.length)].name;
      const old = corpus.get(id)!;
      const at = Math.floor(r() * old.text.length);
      const text = r() < 0.3 ? old.text.slice(0, at) + old.text.slice(at + 1 + Math.floor(r() * 30)) : old.text.slice(0, at) + inserts[Math.floor(r() * inserts.length)] + old.text.slice(at);
      const linked = new Set([...judged].filter(([other, j]) => other !== id && (JSON.parse(j) as Array<{ related: Array<{ file: string }> }>).some((f) => f.related.some((x) => x.file === id))).map(([other]) => other));
      const before = corpus.neighbours(id);
      corpus.set(id, text);
      const allowed = affectedByEdit(corpus, id, old);
      if (allowed.size < new Set([...before, ...corpus.neighbours(id)]).size) narrowed++;
      const now = judgeAll();
      for (const [other, j] of now) {
        if (other === id || judged.get(other) === j) continue;
        assert.ok(allowed.has(other) || linked.has(other), `edit ${e} of ${id} changed the findings of ${other}, which was not named`);
      }
      judged = now;
    }
    assert.ok(narrowed > 2, 'most edits re-judge fewer articles than the neighbours before and after');
  });

  it('adding or removing an article affects the holders of its keys', () => {
    const [a, b] = generateCorpus(2, 3);
    const corpus = new Corpus();
    corpus.set('b', b.text);
    corpus.set('a', a.text);
    assert.ok(affectedByEdit(corpus, 'a', undefined).has('b'));
    const old = corpus.get('a');
    corpus.delete('a');
    assert.ok(affectedByEdit(corpus, 'a', old).has('b'));
  });

  it('an edit outside every quote and claim affects no other article', () => {
    const [a, b] = generateCorpus(2, 3);
    const corpus = new Corpus();
    corpus.set('a', a.text);
    corpus.set('b', b.text);
    const old = corpus.get('a')!;
    const end = a.text.trimEnd();
    corpus.set('a', end + '\n\nAnd so it goes\n');
    assert.deepEqual([...affectedByEdit(corpus, 'a', old)], []);
  });
});
