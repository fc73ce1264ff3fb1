import assert from 'node:assert/strict';
import { findDates } from '../../../server/src/analysis/dates';
import { valueOf } from './helpers';

const texts = (text: string, published: string | null = '2015-11-26'): string[] => findDates(text, published).map((d) => d.text);

// Published on Thursday 2015-11-26 unless said otherwise.
describe('dates: round 8', () => {
  it('skips a sentence-opening "Now," that turns the discourse, keeps other "now"', () => {
    assert.deepEqual(texts('The dam held for a decade. Now, the engineers say, it needs repairs.'), ['a decade']);
    assert.deepEqual(texts('"Now, let me be clear about the budget," the mayor said.'), []);
    assert.equal(valueOf('The bakery now sells bread to four schools.', 'now'), 'PRESENT_REF');
    assert.equal(valueOf('Now the bakery sells bread to four schools.', 'Now'), 'PRESENT_REF');
    assert.equal(valueOf('For now, the bakery stays open.', 'now'), 'PRESENT_REF');
  });
  it('does not read a bare plural before "apart" as a duration', () => {
    assert.deepEqual(texts('The two ferries left the harbour only minutes apart.'), []);
    assert.deepEqual(texts('The two ferries left the harbour twenty minutes apart.'), ['twenty minutes']);
    assert.deepEqual(texts('The strike lasted weeks.'), ['weeks']);
  });
  it('reads "today\'s" before an age noun as the present age, not the publication day', () => {
    assert.deepEqual(texts('Loneliness is common in today\'s world, the survey found.'), []);
    assert.deepEqual(texts('Many of today\'s personal computers run the chip.'), []);
    assert.deepEqual(texts('The museum is for today\'s youth.'), []);
    assert.equal(valueOf('Today\'s vote was postponed.', 'Today'), '2015-11-26');
    assert.equal(valueOf('Shares rose in today\'s trading session.', 'today'), '2015-11-26');
  });
  it('reads a typewriter quote (\'\') before a number as a quote, not the apostrophe of a year', () => {
    assert.deepEqual(texts("He told the board it was ''10 times the size of the losses.''"), []);
    assert.equal(valueOf("She had served ''13 months in the field.''", '13 months'), 'P13M');
    assert.equal(valueOf('The mill closed in \'98 after the flood.', "'98"), '1998');
  });
  it('skips a quoted title made of a number and a time word', () => {
    assert.deepEqual(texts("He said so on CBS's ''60 Minutes.''"), []);
    assert.deepEqual(texts('He said so on the show "24 Hours" that night.'), ['that night']);
    assert.deepEqual(texts('<post date="March 10, 2016">The vote passed.</post>'), ['March 10, 2016']);
  });
  it('does not read "soon" in a past narrative as a future reference', () => {
    assert.deepEqual(texts('The leak was small at first, but it soon became a flood.'), []);
    assert.deepEqual(texts('The driver was taken to hospital and was soon released.'), []);
    assert.equal(valueOf('The council will soon vote on the plan.', 'soon'), 'FUTURE_REF');
    assert.equal(valueOf('The mill has no plans to close any time soon.', 'soon'), 'FUTURE_REF');
  });
  it('gives a month named again, in a clause without a tense, the year it was first resolved to', () => {
    const text = 'The three towns are expected to join the league in April. They can now take part in planning the league summit in April.';
    const found = findDates(text, '2015-12-05').filter((d) => d.text === 'April');
    assert.deepEqual(found.map((d) => d.value), ['2016-04', '2016-04']);
    assert.equal(valueOf('The summit in April drew large crowds.', 'April', '2015-12-05'), '2015-04');
    const july = findDates('In July, the ministry fell behind. It had promised half of the files by July 31.', '2015-12-31');
    assert.deepEqual(july.map((d) => d.value), ['2015-07', '2015-07-31']);
  });
  it('reads "is the Nth day of" as the publication day', () => {
    assert.equal(valueOf('Today is the eighth day of the strike at the port.', 'eighth day'), '2015-11-26');
    assert.equal(valueOf("It's the second day of the festival in the old town.", 'second day'), '2015-11-26');
    assert.deepEqual(texts('The second day of the festival drew fewer visitors.'), []);
  });
  it('compares whole years after a report turns to a several-month period, until a quarter is named again', () => {
    const text = 'Net for the third quarter rose to $5 million from $4 million a year earlier. In the first nine months, net was ' +
      '$12 million, compared with $10 million a year earlier and a loss in the 1988 period. Third-quarter sales rose 4% from a year ago.';
    const found = findDates(text, '1989-10-26').map((d) => [d.text, d.value]);
    assert.deepEqual(found, [
      ['the third quarter', '1989-Q3'], ['a year earlier', '1988-Q3'], ['the first nine months', 'P9M'], ['a year earlier', '1988'],
      ['the 1988 period', '1988'], ['Third-quarter', '1989-Q3'], ['a year ago', '1988-Q3'],
    ]);
  });
  it('gives "the quarter ended <date>" the calendar quarter of its middle month', () => {
    assert.equal(valueOf('In the quarter ended July 31, the retailer lost $2 million.', 'the quarter', '1989-11-02'), '1989-Q2');
    assert.equal(valueOf('In the quarter ended Sept. 30, the retailer lost $2 million.', 'the quarter', '1989-11-02'), '1989-Q3');
    assert.equal(valueOf('In the quarter ended Oct. 31, the retailer lost $2 million.', 'the quarter', '1989-11-20'), '1989-Q3');
  });
  it('reads "some quarters" as groups and "one-quarter to one-third of" as a fraction, not as durations', () => {
    assert.deepEqual(texts('The plan drew criticism in some quarters.'), []);
    assert.deepEqual(texts('The plan drew criticism from some other quarters as well.'), []);
    assert.deepEqual(texts('He estimated that one-quarter to one-third of the workers agreed.'), []);
    assert.deepEqual(texts('The party won three quarters of the vote.'), []);
    assert.equal(valueOf('The mill recovered after several quarters of losses.', 'several quarters'), 'PXM');
    assert.equal(valueOf('Sales rose in three quarters of the fiscal year.', 'three quarters'), 'P9M');
  });
  it('reads "the same period in YEAR" as one expression and leaves an anaphoric "the same period" out', () => {
    assert.deepEqual(findDates('Revenue rose 3% compared to the same period in 2014.', '2015-11-13').map((d) => [d.text, d.value]), [['the same period in 2014', '2014']]);
    assert.deepEqual(texts('The rival campaign raised $20 million during the same period.'), []);
    assert.equal(valueOf('Net fell to $3 million from $4 million in the same period last year.', 'same period', '1989-10-26'), '1988');
  });
  it('does not read a vague amount before a singular unit ("several weekend rallies") as a duration', () => {
    assert.deepEqual(texts('It was one of several weekend rallies in the county.'), []);
    assert.deepEqual(texts('The club runs several day trips to the coast.'), []);
    assert.equal(valueOf('The club ran the trips for several years.', 'several years'), 'PXY');
  });
  it('reads neither "a past/a future" nor a "short-term"/"near-term" adjective as a reference', () => {
    assert.deepEqual(texts('She was a past backer of the senator and would consider a future bid.'), []);
    assert.deepEqual(texts('The short-term implications are negative, and politicians have a short-term focus.'), []);
    assert.equal(valueOf('Rates will stay low in the short term.', 'short term'), 'FUTURE_REF');
    assert.equal(valueOf('Nobody knows what the future holds.', 'future'), 'FUTURE_REF');
  });
  it('reads "shortly afterward" like "shortly afterwards": no future reference', () => {
    assert.deepEqual(texts('The mayor resigned. Shortly afterward, the council met.'), []);
  });
  it('reads "the quarter-to-quarter comparison" as no period, and keeps an indefinite quarter from becoming the reported one', () => {
    const text = 'The mill posted a 20% gain in third-quarter net income. After a flat second quarter, sales recovered. ' +
      'The quarter-to-quarter comparison was helped by charges taken in the year-earlier period.';
    assert.deepEqual(findDates(text, '1989-11-01').map((d) => [d.text, d.value]), [
      ['third-quarter', '1989-Q3'], ['second quarter', '1989-Q2'], ['the year-earlier period', '1988-Q3'],
    ]);
  });
  it('keeps a preposition "about" and a conjunction "that" out of the span', () => {
    assert.deepEqual(texts('The workers talked about the decades they had spent at the mill.'), ['the decades']);
    assert.deepEqual(texts('An aide said that this week\'s speech will be short.'), ['this week']);
    assert.deepEqual(texts('The strike lasted about three weeks.'), ['about three weeks']);
  });
});
