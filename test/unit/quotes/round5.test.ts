import assert from 'node:assert/strict';
import { findQuotes } from '../../../server/src/analysis/quotes';

// Fifth round: pronoun mentions and pronoun resolution. Every sentence here is invented for the rule it checks.
const quotes = (text: string) => findQuotes(text).quotes;

describe('quotes: fifth-round pronoun rules', () => {
  it('a subject pronoun before a short aside is the cue\u2019s subject, not the sentence\u2019s opening name', () => {
    const text = 'Harald Voss toured three mills on Friday. Voss praised the workers and he, once again, promised a \u201cnew deal for the valley\u201d to the crowd.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'he');
    assert.equal(text.slice(q.speaker!.start, q.speaker!.end), 'he');
    assert.equal(q.speaker?.canonical, 'Harald Voss');
  });

  it('keeps the opening noun phrase when the word before the aside is not a pronoun', () => {
    const [q] = quotes('Harald Voss toured three mills. Voss, a former miner, promised a \u201cnew deal for the valley\u201d on Friday.');
    assert.equal(q.speaker?.canonical, 'Harald Voss');
  });

  it('`"\u2026," as S said`: the as-clause attributes the quotation before it', () => {
    const text = 'Senator Ylva Brandt spoke twice this week. Still, the budget \u201cis a coin toss right now,\u201d as Brandt said on a morning radio show.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Ylva Brandt');
    assert.equal(q.cue?.text, 'said');
  });

  it('`as` followed by something other than a speaker and a cue gives no speaker from that clause', () => {
    const [q] = quotes('The mill was sold to a \u201cprivate investor,\u201d as well as two farms.');
    assert.equal(q.cue, null);
  });

  it('he/she never resolves to a single word with no title, no first name and no speech (a treaty, a place)', () => {
    const text = 'Mayor Ruth Okafor spent the morning in Calderbay. Workers worried about Grexitude and the harbour. Grexitude dominated the debate. She said the plan would bring \u201cfair wages for everyone.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'She');
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
  });

  it('he/she still resolves to a person known by a title or a first name', () => {
    const [q] = quotes('Sen. Okonjo spoke in the square. He called the vote \u201ca disgrace.\u201d');
    assert.equal(q.speaker?.canonical, 'Okonjo');
    const [r] = quotes('Peter Lund spoke in the square. He called the vote \u201ca disgrace.\u201d');
    assert.equal(r.speaker?.canonical, 'Peter Lund');
  });
});
