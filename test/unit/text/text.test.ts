import assert from 'node:assert/strict';
import { parseFrontMatter } from '../../../server/src/analysis/text/frontMatter';
import { LineIndex } from '../../../server/src/analysis/text/lines';
import { foldQuoteMarks, normalizeForMatch, plainSpaces } from '../../../server/src/analysis/text/normalize';
import { paragraphs, sentences } from '../../../server/src/analysis/text/paragraphs';
import { contentLemmas, lemma } from '../../../server/src/analysis/text/lemma';

describe('text normalisation', () => {
  it('folds case, punctuation, quote style and NBSPs for matching', () => {
    assert.equal(normalizeForMatch('“We  will\u00a0NOT gamble,” '), 'we will not gamble');
    assert.equal(normalizeForMatch('"we will not gamble"'), normalizeForMatch('«We will not gamble»'));
  });
  it('keeps offsets when folding marks and spaces', () => {
    const t = '“a”\u00a0‘b’';
    assert.equal(foldQuoteMarks(t).length, t.length);
    assert.equal(plainSpaces(t), '“a” ‘b’');
  });
});

describe('front matter', () => {
  it('reads scalar fields with their value spans', () => {
    const t = '---\ntitle: "Bridge"\ndate: 2026-03-12\n---\nBody';
    const fm = parseFrontMatter(t)!;
    assert.equal(fm.fields.get('date'), '2026-03-12');
    assert.equal(fm.fields.get('title'), 'Bridge');
    const span = fm.valueSpans.get('date')!;
    assert.equal(t.slice(span.start, span.end), '2026-03-12');
    assert.equal(t.slice(fm.end), 'Body');
  });
  it('is absent when the text does not open with ---', () => {
    assert.equal(parseFrontMatter('Title\n---\n'), null);
    assert.equal(parseFrontMatter('---\nno end'), null);
  });
});

describe('lines', () => {
  it('maps offsets to 0-based line and UTF-16 character, CRLF counted as two characters', () => {
    const t = 'ab\r\ncd\n😀x';
    const li = new LineIndex(t);
    assert.deepEqual(li.position(0), { line: 0, character: 0 });
    assert.deepEqual(li.position(4), { line: 1, character: 0 });
    assert.deepEqual(li.position(9), { line: 2, character: 2 });
    assert.equal(li.offset(2, 2), 9);
    assert.deepEqual(li.position(1000), { line: 2, character: 3 });
  });
});

describe('paragraphs and sentences', () => {
  it('splits sentences but not at abbreviations or initials', () => {
    const t = 'Mr. Brekke met Gov. Lind on Monday. "It went well," he said. J. Aalto agreed.';
    const s = sentences(t, { start: 0, end: t.length }).map((x) => t.slice(x.start, x.end));
    assert.deepEqual(s, ['Mr. Brekke met Gov. Lind on Monday.', '"It went well," he said.', 'J. Aalto agreed.']);
  });
  it('finds non-blank lines as paragraphs', () => {
    const t = 'One.\n\n  \nTwo.\r\nThree.';
    assert.deepEqual(paragraphs(t).map((p) => t.slice(p.start, p.end)), ['One.', 'Two.', 'Three.']);
  });
});

describe('lemmas', () => {
  it('reduces plurals and verb forms', () => {
    assert.equal(lemma('soldiers'), 'soldier');
    assert.equal(lemma('strikes'), 'strike');
    assert.equal(lemma('crossings'), 'crossing');
    assert.equal(lemma('sent'), 'send');
    assert.equal(lemma('supplies'), 'supply');
  });
  it('drops stopwords and repeats', () => {
    assert.deepEqual(contentLemmas('The ferries said the ferries would sail on Monday'), ['ferry', 'sail']);
  });
});
