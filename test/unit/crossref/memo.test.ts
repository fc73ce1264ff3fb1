import assert from 'node:assert/strict';
import { Corpus } from '../../../server/src/analysis/corpus';
import { CrossReferencer } from '../../../server/src/analysis/crossref';
import { generateCorpus, rng } from '../property/articles';

/**
 * The cross-referencer remembers each item's finding with what it was made from; a remembered finding must be exactly
 * what judging from scratch gives, whatever changed in the corpus meanwhile.
 */
describe('remembered findings', () => {
  it('equal a fresh judgement after every random edit, for every article', () => {
    const r = rng(3);
    const articles = generateCorpus(30, 5, 2500).map((a) => ({ id: a.name, text: a.text }));
    const corpus = new Corpus();
    for (const a of articles) corpus.set(a.id, a.text);
    const xref = new CrossReferencer(corpus);
    const ids = (): string[] => [...corpus.ids()].sort();
    for (const id of ids()) xref.judge(id);
    let inferred = 0;
    const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
    for (let step = 0; step < 50; step++) {
      const id = pick(ids());
      const text = corpus.get(id)!.text;
      const paras = text.split('\n\n');
      const p = 1 + Math.floor(r() * (paras.length - 1));
      const kind = Math.floor(r() * 8);
      if (kind === 0) paras[p] = paras[p] + ' edit' + step;
      else if (kind === 1) paras.splice(p, 1);
      // A paragraph of another article copied in: new shared quotes and claims.
      else if (kind === 2) paras.splice(p, 0, pick(pick(articles).text.split('\n\n').slice(1)));
      else if (kind === 3) paras[p] = paras[p].replace(/\d+/, (n) => String(Number(n) + 1));
      else if (kind === 4) paras[0] = paras[0].replace(/date: \d{4}/, 'date: 2031');
      // Undated: its dates are then inferred from the claims it shares with dated articles.
      else if (kind === 7) paras.forEach((x, i) => (paras[i] = x.replace(/^date: .*\n/m, '').replace(/^([A-Z][A-Z ]+), [A-Z][a-z]+ \d+, \d{4}/, '$1')));
      if (kind === 5) corpus.delete(id);
      else if (kind === 6) corpus.set(`${id}-copy${step}`, text);
      else corpus.set(id, paras.join('\n\n'));
      const fresh = new CrossReferencer(corpus);
      for (const other of ids()) {
        assert.deepEqual(xref.judge(other), fresh.judge(other), `step ${step} (${kind} on ${id}): ${other}`);
        if (fresh.analysis(other)?.published.from === 'inferred') inferred++;
      }
    }
    assert.ok(inferred > 0, 'no article had an inferred date');
    // Both paths were taken many times (else this test would prove nothing): answered from the memo, and judged again.
    assert.ok(xref.counts.remembered > 1000 && xref.counts.items - xref.counts.remembered > 1000, JSON.stringify(xref.counts));
    // Edited articles kept the findings of their unchanged items.
    assert.ok(xref.counts.carried > 50, JSON.stringify(xref.counts));
  });

  it('judging without remembering finds the same, and leaves nothing to answer from later', () => {
    const corpus = new Corpus();
    for (const a of generateCorpus(20, 5, 2500)) corpus.set(a.name, a.text);
    const once = new CrossReferencer(corpus);
    const kept = new CrossReferencer(corpus);
    for (const id of corpus.ids()) assert.deepEqual(once.judge(id, false), kept.judge(id));
    for (const id of corpus.ids()) {
      once.judge(id);
      kept.judge(id);
    }
    assert.equal(once.counts.remembered, 0, JSON.stringify(once.counts));
    assert.equal(kept.counts.remembered, kept.counts.items / 2, JSON.stringify(kept.counts));
  });
});
