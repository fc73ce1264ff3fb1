import assert from 'node:assert/strict';
import { findQuotes } from '../../../server/src/analysis/quotes';

const contents = (text: string): string[] => findQuotes(text).quotes.map((q) => q.content);

describe('quotes: marks and pairing', () => {
  it('finds straight, curly, guillemet and low-high double quotes', () => {
    assert.deepEqual(contents('The mayor said "rain is coming" today.'), ['rain is coming']);
    assert.deepEqual(contents('The mayor said \u201crain is coming\u201d today.'), ['rain is coming']);
    assert.deepEqual(contents('The mayor said \u00abrain is coming\u00bb today.'), ['rain is coming']);
    assert.deepEqual(contents('The mayor said \u201erain is coming\u201c today.'), ['rain is coming']);
  });

  it('finds single-quoted headlines without mistaking apostrophes', () => {
    assert.deepEqual(contents("Baker calls the levy 'a disgrace to the town'"), ['a disgrace to the town']);
    assert.deepEqual(contents('Baker calls the levy \u2018a disgrace\u2019 again'), ['a disgrace']);
    assert.deepEqual(contents("We don't know what Oslo\u2019s plan is, and the '90s are over for the players' union."), []);
    assert.deepEqual(contents('The \u201990s were calm, the builders\u2019 union said.'), []);
  });

  it('keeps a nested quotation inside the outer one', () => {
    const r = findQuotes('"She told me \u2018never again\u2019 and left," the neighbour said.');
    assert.equal(r.quotes.length, 1);
    assert.equal(r.quotes[0].content, 'She told me \u2018never again\u2019 and left,');
  });

  it('reads doubled straight singles as a double quotation mark', () => {
    assert.deepEqual(contents("''The bridge will open in May,'' said Ms. Okafor."), ['The bridge will open in May,']);
  });

  it('joins a quotation continued over paragraphs', () => {
    const text = '"The first part of the plan is roads.\n\n"The second part is the harbour," the engineer said.';
    const [q] = findQuotes(text).quotes;
    assert.equal(q.segments.length, 2);
    assert.equal(q.content, 'The first part of the plan is roads. The second part is the harbour,');
    assert.equal(q.unbalanced, undefined);
  });

  it('recovers an unclosed quotation at the paragraph end and reports it', () => {
    const text = 'The engineer said "the harbour opens soon.\n\nNothing else was announced.';
    const r = findQuotes(text);
    assert.equal(r.quotes.length, 1);
    assert.equal(r.quotes[0].unbalanced, true);
    assert.equal(r.quotes[0].content, 'the harbour opens soon.');
    assert.equal(r.problems[0].kind, 'unbalanced-quote');
    assert.ok(r.problems[0].start <= r.quotes[0].start && r.problems[0].end <= text.length);
  });

  it('skips YAML front matter', () => {
    const text = '---\ntitle: "A title in quotes"\n---\nThe chef said "soup is ready".';
    assert.deepEqual(contents(text), ['soup is ready']);
  });

  it('gives spans that cover the marks and segments that exclude them', () => {
    const text = 'Yes. "Go now," she said.';
    const [q] = findQuotes(text).quotes;
    assert.equal(text.slice(q.start, q.end), '"Go now,"');
    assert.equal(text.slice(q.segments[0].start, q.segments[0].end), 'Go now,');
  });
});

describe('quotes: robustness', () => {
  const wellFormed = (text: string): void => {
    const r = findQuotes(text);
    for (const q of r.quotes) {
      for (const s of [q, ...q.segments, ...(q.speaker ? [q.speaker] : []), ...(q.cue ? [q.cue] : [])]) {
        assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length);
        for (const at of [s.start, s.end]) {
          const c = text.charCodeAt(at);
          assert.ok(!(c >= 0xdc00 && c <= 0xdfff && at > 0 && text.charCodeAt(at - 1) >= 0xd800 && text.charCodeAt(at - 1) <= 0xdbff), 'splits a surrogate pair');
        }
      }
      assert.ok(q.confidence >= 0 && q.confidence <= 1);
    }
  };

  it('never throws on odd input', () => {
    let seed = 7;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = ['"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb', '\u201e', ' ', '\n', 'a', 'He', ' said', ',', '.', '\ud83d\ude00', '\ud800', '\udc00', 'Smith'];
    for (let n = 0; n < 300; n++) {
      let s = '';
      const len = Math.floor(rnd() * 60);
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      wellFormed(s);
    }
    wellFormed('');
    wellFormed('\ud83d\ude00"\ud83d\ude00"\ud83d\ude00');
    assert.deepEqual(findQuotes(undefined as unknown as string), { quotes: [], problems: [] });
  });

  it('completes on a 1 MB line and on text made only of quotation marks, with valid results', () => {
    // no time limit here: speed is measured by the benchmark, not by unit tests
    const line = 'Smith said "we will build it" and Jones said \u2018no\u2019 and '.repeat(20000);
    wellFormed(line);
    assert.ok(findQuotes(line).quotes.length > 0);
    const marks = '"\u201c\u201d\'\u2018\u2019'.repeat(100000);
    wellFormed(marks);
  });
});
