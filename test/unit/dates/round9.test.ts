import assert from 'node:assert/strict';
import { findDates } from '../../../server/src/analysis/dates';
import { valueOf } from './helpers';

const texts = (text: string, published: string | null = '2015-11-26'): string[] => findDates(text, published).map((d) => d.text);


// Published on Thursday 2015-11-26 unless said otherwise.
describe('dates: round 9', () => {
  it('puts a day anaphor just after a named month in that month, its day unknown', () => {
    assert.equal(valueOf('The mill burned down last March, and the owner filed his claim that same day.', 'same day'), '2015-03-XX');
    assert.equal(valueOf('The council voted in July to close the pool. The mayor resigned the next day.', 'next day'), '2015-07-XX');
    assert.equal(valueOf('The ferry sank in June 2012; two divers found the wreck four days later.', 'four days later'), '2012-06-XX');
    // A day named after the month anchors as before.
    assert.equal(valueOf('In July the council met on July 3. The mayor resigned the next day.', 'next day'), '2015-07-04');
    assert.equal(valueOf('The mayor resigned on Tuesday. The council met the next day.', 'next day'), '2015-11-25');
  });
  it('keeps the last named day when the month is paragraphs or sentences away', () => {
    const text = 'The pool closed in July. The town had built it with state money. Swimmers had complained for years. ' +
      'On Monday, the mayor resigned. The council met the next day.';
    assert.equal(valueOf(text, 'next day'), '2015-11-24');
    const far = 'The pool closed in July. Swimmers complained. Parents wrote letters. The council met the next day.';
    assert.notEqual(valueOf(far, 'next day'), '2015-07-XX');
  });
  it('reads two bare plural units joined by "or"/"and" as one expression', () => {
    assert.deepEqual(texts('The reservoir could stay dry for weeks or months, engineers warned.'), ['weeks or months']);
    assert.deepEqual(texts('In recent weeks and months the bakery has hired twelve people.'), ['recent weeks and months']);
    assert.equal(valueOf('The repairs may take months or years.', 'months or years'), 'PXM');
    assert.deepEqual(texts('The repair took two days and three hours.'), ['two days', 'three hours']);
    assert.deepEqual(texts('It rained for days and then it snowed for weeks.'), ['days', 'weeks']);
  });
  it('reads a frequency adverb right after a figure as a rate, not a time', () => {
    assert.deepEqual(texts('The co-op expects its sales to grow 6% annually.'), []);
    assert.deepEqual(texts('The new kiln fires 4,000 bricks annually and costs $2 million per year to run.'), []);
    assert.deepEqual(texts('The pump moves 300 litres per second.'), []);
    assert.equal(valueOf('The fair is held annually in the square.', 'annually'), 'P1Y');
    assert.equal(valueOf('The ferry sails daily to the island.', 'daily'), 'P1D');
    assert.equal(valueOf('Shares are priced per year of service.', 'per year'), 'P1Y');
  });
  it('reads a weekday inside a relative clause set off by commas by the verbs of that clause only', () => {
    assert.equal(valueOf('The mayor, who opened the bridge on Monday, will retire next year.', 'Monday'), '2015-11-23');
    assert.equal(valueOf('The museum, which closed its doors on Sunday, is looking for a buyer.', 'Sunday'), '2015-11-22');
    assert.equal(valueOf('The senator, whose seat is at stake in the vote on Tuesday, spoke to farmers.', 'Tuesday'), '2015-12-01');
    // Without the commas, the main clause still governs.
    assert.equal(valueOf('The mayor will open the bridge on Monday.', 'Monday'), '2015-11-30');
    assert.equal(valueOf('The mayor who opened the bridge will retire on Monday.', 'Monday'), '2015-11-30');
  });
  it('does not read "was about" before a figure as "was about to"', () => {
    assert.equal(valueOf('Turnout was about 40% on Tuesday.', 'Tuesday'), '2015-11-24');
    assert.equal(valueOf('The board was about to vote on Tuesday.', 'Tuesday'), '2015-12-01');
  });
  it('reads an -ed form right before a weekday as its verb, whatever follows', () => {
    assert.equal(valueOf('A rescue plan announced Monday would cut the debt by half.', 'Monday'), '2015-11-23');
    assert.equal(valueOf('A budget approved on Saturday would raise taxes.', 'Saturday'), '2015-11-21');
    assert.equal(valueOf('A newly created fund will open on Monday.', 'Monday'), '2015-11-30');
  });
  it('dates a pledge by the weekday beside it, and what is pledged by a weekday after "to"', () => {
    assert.equal(valueOf('The governor pledged Monday to rebuild the bridge.', 'Monday'), '2015-11-23');
    assert.equal(valueOf('The union promised on Tuesday to end the strike.', 'Tuesday'), '2015-11-24');
    assert.equal(valueOf('At a Monday rally, the governor vowed to rebuild the bridge.', 'Monday'), '2015-11-23');
    assert.equal(valueOf('The governor vowed to reopen the bridge on Monday.', 'Monday'), '2015-11-30');
  });
  it('stops the tense reader at a comma before a participle clause', () => {
    assert.equal(valueOf('The mayor went on the attack against the new council budget plan on Monday, saying it would ruin the town.', 'Monday'), '2015-11-23');
    assert.equal(valueOf('The mayor will meet the council on Monday.', 'Monday'), '2015-11-30');
  });
  it('does not read "now" in a compound adjective as a present-tense marker', () => {
    assert.equal(valueOf('The mayor repeated his now-familiar promise Saturday.', 'Saturday'), '2015-11-21');
  });
  it('dates a month by a verb of saying when the month names the occasion it was said at', () => {
    assert.equal(valueOf('She said at the July summit that prices might fall.', 'July', '2016-03-20'), '2015-07');
    assert.equal(valueOf('Prices might fall by July, she said.', 'July', '2016-03-20'), '2016-07');
  });
  it('reads a weekday the clause is "ahead of" as ahead, and one just "before" as the nearer one', () => {
    // Published on Thursday 2015-11-26.
    assert.equal(valueOf('Farmers are stocking up ahead of Monday\'s auction.', 'Monday'), '2015-11-30');
    assert.equal(valueOf('The town is busy ahead of the county fair on Saturday.', 'Saturday'), '2015-11-28');
    assert.equal(valueOf('Ahead of Monday\'s auction, the farmers sold their hay.', 'Monday'), '2015-11-23');
    assert.equal(valueOf('The mayor had been warned just before Tuesday\'s vote.', 'Tuesday'), '2015-11-24');
    assert.equal(valueOf('The mayor had been warned just days before Saturday\'s vote.', 'Saturday', '2015-11-29'), '2015-11-28');
    assert.equal(valueOf('The mayor gave a speech days before Tuesday\'s vote.', 'Tuesday', '2015-11-29'), '2015-12-01');
  });
  it('reads a refusal to say as made, and a bare "say"/"do" after a modal or "to" as no present tense', () => {
    assert.equal(valueOf('The mayor wouldn\'t say Monday how the council would vote.', 'Monday'), '2015-11-23');
    assert.equal(valueOf('The mayor would not say on Monday when the pool will reopen.', 'Monday'), '2015-11-23');
    assert.equal(valueOf('The mayor hopes the team will do well in Saturday\'s final.', 'Saturday'), '2015-11-28');
    assert.equal(valueOf('The mayor will comment on Monday.', 'Monday'), '2015-11-30');
  });
  it('does not read a past form after "if" and a pronoun as the past (a hypothesis)', () => {
    assert.equal(valueOf('She was asked what she would do if she won the race on March 8.', 'March 8', '2015-11-26'), '2016-03-08');
    assert.equal(valueOf('She won the race on March 8.', 'March 8', '2015-11-26'), '2015-03-08');
  });
});
