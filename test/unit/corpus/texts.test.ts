import assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis/article';
import { Corpus } from '../../../server/src/analysis/corpus';
import { compactAnalysis, intern } from '../../../server/src/analysis/corpus/compact';
import { HeapText, holdInMemory, ownCopy, Utf8Text, type HeldText } from '../../../server/src/analysis/corpus/text';

const ARTICLE = [
  '---\ndate: 2026-04-02\n---',
  '\u201cThe ferry timetable will change in May,\u201d said harbour master Tomas Lind on Wednesday.',
  'Lind said 40 sailings a week would run from the north pier \u2014 up from 32 \u2014 and the kiosk opens at 6 a.m.',
  '\u201cWe listened to the night-shift workers,\u201d he added. \u201cThey asked for an earlier boat.\u201d \ud83d\udea2',
].join('\n\n');

describe('article texts held outside the heap', () => {
  it('gives back exactly the text it was given, after other texts pushed it out of the decoded cache', () => {
    const texts = Array.from({ length: 80 }, (_, i) => `${ARTICLE}\r\nNote ${i}: caf\u00e9 \u00bd \ud835\udc00.`);
    const held = texts.map((t) => holdInMemory(t));
    assert.ok(held.every((h) => h instanceof Utf8Text));
    for (let i = 0; i < texts.length; i++) assert.equal(held[i].text, texts[i]);
  });

  it('keeps a text with a lone surrogate (an editor buffer may hold one) as it is', () => {
    const odd = `Half a pair: \ud83d and a stray \udea2 end.`;
    const held = holdInMemory(odd);
    assert.ok(held instanceof HeapText);
    assert.equal(held.text, odd);
  });

  it('copies span texts exactly, lone surrogates included, and shares short words', () => {
    for (const s of ['short', 'a span of the article text', 'odd \ud83d surrogate in a long span', '\u201cquoted words in here\u201d']) assert.equal(ownCopy(s), s);
    const word = 'harbour master'.slice(0, 7);
    assert.equal(intern(word), 'harbour');
    assert.equal(intern('harbour'), intern(word));
  });

  it('leaves an analysis unchanged when it cuts it loose from the text', () => {
    const analysis = analyzeArticle(ARTICLE);
    const before = structuredClone(analysis);
    assert.ok(analysis.quotes.length >= 2 && analysis.claims.length >= 1);
    assert.deepEqual(compactAnalysis(analysis), before);
    for (const q of analysis.quotes) assert.equal(q.text, ARTICLE.slice(q.start, q.end));
  });

  it('asks the given store to hold each text, and reads it back for every use', () => {
    const held: string[] = [];
    const corpus = new Corpus(undefined, (id, text): HeldText => {
      held.push(id);
      return new HeapText(text);
    });
    corpus.set('a.txt', ARTICLE);
    corpus.set('b.txt', ARTICLE.replace('May', 'June'));
    corpus.rename('a.txt', 'c.txt');
    assert.deepEqual(held, ['a.txt', 'b.txt']);
    assert.equal(corpus.get('c.txt')!.text, ARTICLE);
    assert.equal(corpus.get('b.txt')!.text, ARTICLE.replace('May', 'June'));
    assert.deepEqual(corpus.get('c.txt')!.analysis, analyzeArticle(ARTICLE));
  });
});
