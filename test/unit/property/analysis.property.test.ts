// Property tests: on random and mutated articles the core never throws, keeps every span in the text, and is deterministic.

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { generateCorpus } from './articles';
import { analyzeArticle } from '../../../server/src/analysis/article';
import { Corpus } from '../../../server/src/analysis/corpus';
import { CrossReferencer } from '../../../server/src/analysis/crossref';
import { assertAnalysisSpans, assertFindingSpans } from './spans';

/** PROPERTY_RUNS=10 multiplies the runs for a longer bug hunt; the default keeps the suite to a few seconds. */
const SCALE = Number(process.env.PROPERTY_RUNS ?? 1);
const runs = (n: number): number => Math.max(1, Math.round(n * SCALE));

/** Template articles in clusters: three outlets' coverage of each event, so the cross-referencer has matches to make. */
const TEMPLATES = generateCorpus(24, 11, 1600);

/** Characters that break naive text code: quote marks of every style, spaces, surrogates, bidi marks, line ends. */
const NASTY = [
  '"', '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb', '\u201e', '\u2039', '\u203a', "'", '\u300c', '\u300d',
  '\u00a0', '\u202f', '\u2009', '\u200b', '\ufeff', '\r\n', '\r', '\n', '\n\n', '\t',
  '\ud83d\udea7', '\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67', '\ud83c\uddf3\ud83c\uddf4', '\ud83d', '\ude00', '\udfff\ud800',
  '\u200f', '\u200e', '\u202b', '\u202c', '\u05e9\u05dc\u05d5\u05dd', '\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645', '\u0301', 'e\u0301',
  ' said ', ' told reporters', ', said Mayor Ann Lee.', ' on Monday', ' last week', ' March 12, 2026', '2026-03-12', '12/11', ' 12,000 ', ' 1.5 ', ' percent',
  '---\ndate: 2026-03-12\n---\n', 'LINDHOLM, March 12 (Wire) \u2014 ', '\u2014', '...', '\u2026', '(', ')', '*', '#', '> ',
];

type Mutation =
  | { op: 'insert'; at: number; what: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'crlf' }
  | { op: 'nbsp' }
  | { op: 'rtl'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), what: fc.constantFrom(...NASTY) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), what: fc.string({ unit: 'binary', maxLength: 6 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 300 }) }) },
  { weight: 1, arbitrary: fc.constant({ op: 'crlf' as const }) },
  { weight: 1, arbitrary: fc.constant({ op: 'nbsp' as const }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('rtl' as const), at: fc.nat() }) },
);

/** Apply mutations in order; positions are taken modulo the current length (they may split a surrogate pair on purpose). */
export function mutate(text: string, mutations: Mutation[]): string {
  let t = text;
  for (const m of mutations) {
    const at = 'at' in m ? m.at % (t.length + 1) : 0;
    switch (m.op) {
      case 'insert':
        t = t.slice(0, at) + m.what + t.slice(at);
        break;
      case 'delete':
        t = t.slice(0, at) + t.slice(at + m.length);
        break;
      case 'duplicate':
        t = t.slice(0, at + m.length) + t.slice(at, at + m.length) + t.slice(at + m.length);
        break;
      case 'crlf':
        t = t.replace(/\r?\n/g, '\r\n');
        break;
      case 'nbsp':
        t = t.replace(/ /g, (s, i: number) => (i % 3 === 0 ? '\u00a0' : s));
        break;
      case 'rtl':
        t = t.slice(0, at) + '\u202b\u05d0\u05de\u05e8 \u05d4\u05e9\u05e8: \u201c\u05dc\u05d0 \u05e0\u05d5\u05d5\u05ea\u05e8,\u201d \u05d0\u05de\u05e8\u05d4 \u05d4\u05d9\u05d5\u05dd.\u202c' + t.slice(at);
        break;
    }
  }
  return t;
}

const mutatedArticle = fc.record({ template: fc.nat({ max: TEMPLATES.length - 1 }), mutations: fc.array(mutation, { minLength: 1, maxLength: 8 }) }).map(({ template, mutations }) => ({
  template,
  text: mutate(TEMPLATES[template].text, mutations),
}));

/** Random text built from words, nasty characters and arbitrary UTF-16 units (lone surrogates included). */
const randomText = fc
  .array(fc.oneof(fc.constantFrom(...NASTY), fc.constantFrom('Mayor', 'Lee', 'said', 'the', 'bridge', 'on', 'Monday', '650', 'soldiers', 'We', 'will', 'not', ' ', '. '), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 120 })
  .map((parts) => parts.join(''));

describe('property: analysis of random and mutated articles', function () {
  this.timeout(60000);

  it('analyzeArticle never throws, keeps every span in the text on UTF-16 boundaries, and is deterministic (mutated articles)', () => {
    fc.assert(
      fc.property(mutatedArticle, fc.option(fc.constantFrom('2026-03-12', '2015-11-26', '2000-02-29')), ({ text }, published) => {
        const options = published ? { published } : {};
        const a = analyzeArticle(text, options);
        assertAnalysisSpans(text, a);
        assert.deepEqual(analyzeArticle(text, options), a, 'same input, same analysis');
      }),
      { numRuns: runs(40) },
    );
  });

  it('analyzeArticle never throws and keeps spans valid on random text', () => {
    fc.assert(
      fc.property(randomText, (text) => {
        const a = analyzeArticle(text);
        assertAnalysisSpans(text, a);
        assert.deepEqual(analyzeArticle(text), a);
      }),
      { numRuns: runs(100) },
    );
  });

  it('the cross-referencer never throws, links only valid spans, and judges the same way twice', () => {
    const judgeAll = (texts: Map<string, string>) => {
      const corpus = new Corpus();
      for (const [id, text] of texts) corpus.set(id, text);
      const xref = new CrossReferencer(corpus);
      return [...texts.keys()].map((id) => xref.judge(id));
    };
    fc.assert(
      fc.property(mutatedArticle, fc.array(mutation, { maxLength: 4 }), ({ template, text }, more) => {
        // The mutated article with the other outlets' coverage of the same event (one of them mutated too).
        const texts = new Map<string, string>();
        texts.set(`file:///a/${TEMPLATES[template].name}`, text);
        const cluster = TEMPLATES.filter((t, i) => i !== template && t.name.slice(0, 6) === TEMPLATES[template].name.slice(0, 6)).slice(0, 3);
        cluster.forEach((t, i) => texts.set(`file:///a/${t.name}`, i === 0 ? mutate(t.text, more) : t.text));
        const first = judgeAll(texts);
        for (const findings of first) assertFindingSpans(texts, findings);
        assert.deepEqual(judgeAll(texts), first, 'same corpus, same findings');
      }),
      { numRuns: runs(15) },
    );
  });

  it('editing an article in place (Corpus.set again) gives the findings a fresh corpus gives', () => {
    fc.assert(
      fc.property(mutatedArticle, ({ template, text }) => {
        const id = `file:///a/${TEMPLATES[template].name}`;
        const others = TEMPLATES.filter((_, i) => i !== template).slice(0, 8);
        const edited = new Corpus();
        for (const t of others) edited.set(`file:///a/${t.name}`, t.text);
        edited.set(id, TEMPLATES[template].text);
        edited.set(id, text);
        const fresh = new Corpus();
        for (const t of others) fresh.set(`file:///a/${t.name}`, t.text);
        fresh.set(id, text);
        assert.deepEqual(new CrossReferencer(edited).judge(id), new CrossReferencer(fresh).judge(id));
      }),
      { numRuns: runs(10) },
    );
  });
});
