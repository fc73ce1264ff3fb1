import assert from 'node:assert/strict';
import { WordFilter, hashWord, lowerAt, tokenize } from '../../../server/src/analysis/dates/tokens';
import { findDates } from '../../../server/src/analysis/dates';
import { valueOf } from './helpers';

describe('dates: tokens', () => {
  it('lower-cases lazily and folds typographic apostrophes and dashes', () => {
    const t = tokenize('The FOURTH Quarter’s 2015–16 Février');
    const words = Array.from({ length: t.count }, (_, i) => lowerAt(t, i));
    assert.deepEqual(words, ['the', 'fourth', 'quarter', "'", 's', '2015', '-', '16', 'février']);
  });

  it('splits words at curly quotes and dashes, keeps accented letters inside words', () => {
    const t = tokenize('“Déjà—vu” … naïve');
    assert.deepEqual(Array.from({ length: t.count }, (_, i) => lowerAt(t, i)), ['“', 'déjà', '—', 'vu', '”', '…', 'naïve']);
  });

  it('hashes an ASCII token as hashWord hashes its lower-cased text, and a non-ASCII word as 0', () => {
    const t = tokenize('Monday 42 , Août');
    assert.equal(t.hash[0], hashWord('monday'));
    assert.equal(t.hash[1], hashWord('42'));
    assert.equal(t.hash[2], hashWord(','));
    assert.equal(t.hash[3], 0);
  });

  it('a word filter finds ASCII and non-ASCII words and rejects others', () => {
    const filter = new WordFilter(['monday', 'août', "'"]);
    const t = tokenize('MONDAY Tuesday août ’ x');
    assert.deepEqual(Array.from({ length: t.count }, (_, i) => filter.has(t, i)), [true, false, true, true, false]);
  });

  it('a decade after a typographic apostrophe and a French dateline month still parse', () => {
    assert.equal(valueOf('Prices last peaked in the ’90s.', '90s'), '199');
    assert.equal(valueOf('PARIS, 3 août 2015 — the talks resumed.', 'août'), '2015-08-03');
  });

  it("an apostrophe is a time word only before a year ('08, '90s), not in a possessive", () => {
    assert.deepEqual(findDates("The company's shares rose in the '90s and fell in '08 again.", '2015-11-26').map((d) => d.value), ['199', '2008']);
  });
});
