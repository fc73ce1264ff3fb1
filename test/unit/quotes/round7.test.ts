import assert from 'node:assert/strict';
import { findQuotes } from '../../../server/src/analysis/quotes';

// Seventh round: clause structure around the quotation. Every sentence here is invented for the rule it checks.
const quotes = (text: string) => findQuotes(text).quotes;

describe('quotes: seventh-round clause rules', () => {
  it('a cue inside an opening subordinate clause does not govern a quotation in the main clause', () => {
    const text = 'When Mayor Ruth Okafor announced the harbour plan in May, she called the old docks \u201ca disgrace\u201d and promised new ones.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'she');
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
    assert.notEqual(q.cue?.text, 'announced');
  });

  it('a quotation inside the opening clause keeps that clause\u2019s cue', () => {
    const text = 'When Peter Lund called the budget \u201ca fantasy,\u201d the council voted it down.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('a coordinated clause with its own subject pronoun (`, and he accused \u2026`) is the source, not the first clause\u2019s subject', () => {
    const text = 'Ingrid Solberg met Tomas Berg on Friday. Mr. Berg said on Sunday that Ms. Solberg had misled the board, and she accused him of running a campaign \u201cof rumours and half-truths.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'she');
    assert.equal(q.speaker?.canonical, 'Ingrid Solberg');
  });

  it('`and he` without a comma also opens a coordinated clause', () => {
    const text = 'Peter Lund is the only candidate to visit every village and he has long mocked his rivals for not campaigning \u201cthe valley way.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'he');
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('a pronoun after `and` that is an object or part of a phrase is no new clause', () => {
    const text = 'Mayor Ruth Okafor said that Lund and he \u201cnever spoke about the money.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
  });

  it('an opening `Late last month,` is an adverbial, not the subject', () => {
    const text = 'Late last month, the harbour company wrote a letter to the council, calling the audit \u201cunfair and careless.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'the harbour company');
  });

  it('a parenthetical `, however,` between the subject and its cue is skipped', () => {
    const text = 'Supporters of the ferry plan, however, say it would keep the port authority as an \u201chonest broker.\u201d';
    const [q] = quotes(text);
    assert.ok(q.speaker, 'a speaker');
    assert.match(q.speaker.name, /ferry plan|Supporters/);
  });

  it('a capitalised plural source noun opening the sentence (`Critics`, `Supporters of …`) is a nominal, not a name', () => {
    const [q] = quotes('Residents of the valley, however, say the new road is “a gift to the truckers.”');
    assert.equal(q.speaker?.via, 'nominal');
    assert.match(q.speaker?.name ?? '', /^Residents/);
    const [r] = quotes('Protesters outside the hall shouted, “Not our harbour!”');
    assert.equal(r.speaker?.via, 'nominal');
    assert.match(r.speaker?.name ?? '', /^Protesters/);
  });

  it('a capitalised singular title or surname keeps its name reading', () => {
    const [q] = quotes('“We are ready,” said Peter Lund. Lund added, “The ferry comes first.”');
    assert.equal(q.speaker?.canonical, 'Peter Lund');
    assert.equal(quotes('Mayor Ruth Okafor said, “The ferry comes first.”')[0].speaker?.via, 'name');
  });
});
