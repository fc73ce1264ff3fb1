import assert from 'node:assert/strict';
import { namedEntities } from '../../../server/src/analysis/claims/actors';
import { findNumbers } from '../../../server/src/analysis/claims/numbers';
import { contentLemmas, isStopword, lemma } from '../../../server/src/analysis/text/lemma';
import { foldQuoteMarks, words } from '../../../server/src/analysis/text/normalize';

// The hand-written scanners must find exactly what the regular expressions they replace find.
const PIECES = ['a', 'Ab', 's', 'S', '9', "'", '’', '-', '.', ' ', '  ', '\n', '\u00a0', '\u2003', 'é', 'ß', 'İ', 'ǅ', '\u0301', '中', '٣', '😀', '𝐀', '\ud83d', '\ude00', "'s", '’s', 'U.S.', 'The ', 'of ', 'von der ', 'de ', 'About ', 'Sixty ', 'ſix ', 'two-thirds ', '1,200 ', '1999 ', '$5 ', '€3 ', 'soldiers', '12%', 'percent', 'thousand', '_ten', 'often', 'fourteen'];

function randomTexts(count: number, seed = 11): string[] {
  let s = seed;
  const r = (): number => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(r() * 16) }, () => PIECES[Math.floor(r() * PIECES.length)]).join(''));
}

describe('scanners match their regular expressions', () => {
  const texts = randomTexts(20000);

  it('words', () => {
    for (const t of texts) assert.deepEqual(words(t), [...foldQuoteMarks(t).toLowerCase().matchAll(/[\p{L}\p{N}]+(?:['\-.][\p{L}\p{N}]+)*/gu)].map((m) => m[0]), JSON.stringify(t));
  });

  it('contentLemmas', () => {
    const reference = (t: string): string[] => {
      const out: string[] = [];
      for (const m of t.matchAll(/\p{L}+(?:['’-]\p{L}+)*/gu)) {
        const w = m[0].toLowerCase().replace(/['’]s$/, '');
        if (w.length >= 3 && !isStopword(w) && !out.includes(lemma(w))) out.push(lemma(w));
      }
      return out;
    };
    for (const t of texts) assert.deepEqual(contentLemmas(t), reference(t), JSON.stringify(t));
  });

  it('capitalised runs of namedEntities', () => {
    assert.deepEqual(namedEntities('Ursula von der Leyen met  Old Harbour Bridge officials', { start: 0, end: 52 }), ['Ursula von der Leyen', 'Old Harbour Bridge']);
    assert.deepEqual(namedEntities('the 𝐀lpha and Ünder Nord’s', { start: 0, end: 27 }), ['𝐀lpha', 'Ünder Nord']);
  });

  it('numbers after letters, stops and commas are not numbers; a long s still reads as s', () => {
    const values = (t: string): string[] => findNumbers(t, { start: 0, end: t.length }).map((n) => `${n.value} ${n.unit}`);
    assert.deepEqual(values('Xten often _ten soldiers, a.5 b,6 and 650 soldiers'), ['10 soldier', '650 soldier']);
    // The /iu regex folds the long s to s: the mention is found, as before the scanner.
    assert.deepEqual(findNumbers('ſix ships', { start: 0, end: 9 }).map((n) => n.text), ['ſix']);
  });
});
