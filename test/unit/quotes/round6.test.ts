import assert from 'node:assert/strict';
import { findQuotes } from '../../../server/src/analysis/quotes';

// Sixth round: which cue governs the quotation. Every sentence here is invented for the rule it checks.
const quotes = (text: string) => findQuotes(text).quotes;

describe('quotes: sixth-round cue rules', () => {
  it('a quotation that closes its sentence is not attributed by the next sentence\u2019s `S noted that \u2026`', () => {
    const text = 'Mayor Ruth Okafor said the harbour plan was \u201cmoving faster than anyone expected.\u201d Councilman Tomas Berg noted that the budget had doubled.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
  });

  it('the next sentence\u2019s `He added that \u2026` does not take the quotation from the earlier cue', () => {
    const text = 'Mayor Ruth Okafor toured the depot with Peter Lund. Walking in, Lund said the drivers were \u201cready for the winter.\u201d She added that the trucks were old.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('a bare attribution after a closed quotation still attributes it (`"\u2026." Berg said as he left.`)', () => {
    const [q] = quotes('\u201cWe will vote on the harbour plan in May.\u201d Senator Tomas Berg said as he left the hall.');
    assert.equal(q.speaker?.canonical, 'Tomas Berg');
    const [r] = quotes('\u201cWe will vote in May.\u201d Senator Tomas Berg said on Tuesday.');
    assert.equal(r.speaker?.canonical, 'Tomas Berg');
  });
});
