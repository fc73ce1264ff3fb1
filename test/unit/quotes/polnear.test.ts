import assert from 'node:assert/strict';
import { join } from 'node:path';
import { annotationFiles, evalPolnear, goldQuotes, parseBrat, scoreArticle, speakerMatches } from '../../../server/src/cli/eval/polnear';
import type { Quote } from '../../../server/src/analysis/types';

const dir = join(__dirname, '../../fixtures/polnear-mini');

describe('eval polnear: scoring', () => {
  it('parses BRAT spans, discontinuous spans and attribution events', () => {
    const { spans, events } = parseBrat('T1\tContent 0 5;9 12\tab cd\nT2\tSource 20 25\tLinda\nE1\tAttribution:T1 Content:T1 Source:T2\n');
    assert.deepEqual(spans.get('T1')?.spans, [{ start: 0, end: 5 }, { start: 9, end: 12 }]);
    assert.equal(events[0].get('Source'), 'T2');
  });

  it('keeps only attributions whose content holds a quotation mark', () => {
    const gold = goldQuotes('T1\tContent 0 4\t"ab"\nT2\tContent 10 14\tplain\nT3\tContent 20 28\tLind\u2019s plan\nT4\tContent 30 36\t\'\'ab\'\'\n' +
      'E1\tAttribution:T1 Content:T1\nE2\tAttribution:T2 Content:T2\nE3\tAttribution:T3 Content:T3\nE4\tAttribution:T4 Content:T4\n');
    assert.deepEqual(gold.map((g) => g.contentText), ['"ab"', "''ab''"]);
  });

  it('counts a doubly annotated article once', () => {
    const files = annotationFiles(dir).map((f) => f.ann.split('/').pop());
    assert.deepEqual(files, ['mini_ferry-plan_aaaa.ann', 'mini_rain_cccc.ann']);
  });

  it('accepts a speaker by span overlap or by a shared name', () => {
    const g = { content: [{ start: 0, end: 5 }], contentText: '"x"', source: [{ start: 10, end: 20 }], sourceText: 'Mayor Greta Lind' };
    const q = (start: number, end: number, canonical: string): Quote => ({
      start: 0, end: 5, text: '', content: '', segments: [], cue: null, confidence: 1, fragment: false,
      speaker: { start, end, name: '', canonical, via: 'name' },
    });
    assert.equal(speakerMatches(q(12, 14, 'he'), g), true);
    assert.equal(speakerMatches(q(30, 32, 'Greta Lind'), g), true);
    assert.equal(speakerMatches(q(30, 32, 'Tom Berg'), g), false);
  });

  it('scores the mini split end to end', () => {
    const r = evalPolnear(dir);
    assert.equal(r.quoteP, 1);
    assert.equal(r.quoteR, 1);
    assert.equal(r.quoteF1, 1);
    assert.equal(r.speakerAcc, 1);
    assert.match(r.report, /quote precision 100\.0%/);
  });

  it('marks the gold source, our mention and the quotation around a speaker error when asked for context', () => {
    const text = 'Ann Berg spoke. \u201cThe pier is late,\u201d Tomas Brekke said.';
    const q0 = text.indexOf('\u201c');
    const gold = [{ content: [{ start: q0, end: text.indexOf(' Tomas') }], contentText: '\u201cThe pier is late,\u201d', source: [{ start: 0, end: 8 }], sourceText: 'Ann Berg' }];
    const plain = scoreArticle('t', text, gold);
    assert.equal(plain.errors.length, 1);
    assert.match(plain.errors[0], /^SPK gold="Ann Berg" got="Tomas Brekke/);
    const withContext = scoreArticle('t', text, gold, true);
    assert.equal(withContext.errors.length, 2);
    assert.match(withContext.errors[1], /\[\[Ann Berg\]\].*<Q>\u201cThe pier is late,\u201d<\/Q> \{\{Tomas Brekke\}\}/);
  });
});

