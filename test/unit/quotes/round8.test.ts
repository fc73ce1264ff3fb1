import assert from 'node:assert/strict';
import { findQuotes } from '../../../server/src/analysis/quotes';

// Eighth round: no rule was kept; these guard the conventions the round's experiments must not break.
// Every sentence here is invented.
const quotes = (text: string) => findQuotes(text).quotes;

describe('quotes: eighth-round guards', () => {
  it('`"…," X said, according to a paper` keeps the speaker, not the paper that reported it', () => {
    const text = '\u201cWe will not sign this treaty,\u201d Senator Mara Velde said, according to the Harbour Gazette.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Mara Velde');
  });

  it('a two-word group name does not take a following `he`', () => {
    const text = 'Tomas Lindqvist spoke at the Nordic Pride rally on Sunday. \u201cWe are still here,\u201d he said.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Tomas Lindqvist');
  });
});
