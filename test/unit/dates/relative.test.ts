import assert from 'node:assert/strict';
import { findDates } from '../../../server/src/analysis/dates';
import { dateIn, valueOf } from './helpers';

describe('dates: days and weeks relative to the publication date', () => {
  it('reads yesterday, today, tomorrow and tonight', () => {
    assert.equal(valueOf('Prices fell yesterday.', 'yesterday'), '2015-11-25');
    assert.equal(valueOf('The court rules today.', 'today'), '2015-11-26');
    assert.equal(valueOf('Results are expected tomorrow.', 'tomorrow'), '2015-11-27');
    const tonight = dateIn('The band plays tonight.', 'tonight');
    assert.equal(tonight.type, 'TIME');
    assert.equal(tonight.value, '2015-11-26TNI');
    assert.equal(valueOf('Police were called last night.', 'last night'), '2015-11-25TNI');
    assert.equal(valueOf('It rained yesterday morning.', 'yesterday morning'), '2015-11-25TMO');
  });
  it('reads ISO weeks with their mods', () => {
    assert.equal(valueOf('The jet was shot down this week.', 'this week'), '2015-W48');
    assert.equal(valueOf('France last week invoked a clause.', 'last week'), '2015-W47');
    assert.equal(valueOf('Talks resume next week.', 'next week'), '2015-W49');
    const early = dateIn('A vote is expected to be held early next week.', 'early next week');
    assert.equal(early.value, '2015-W49');
    assert.equal(early.mod, 'START');
  });
  it('reads weekends by tense', () => {
    assert.equal(valueOf('The level would stay high through the weekend.', 'weekend'), '2015-W48-WE');
    assert.equal(valueOf('Crowds gathered over the weekend.', 'weekend'), '2015-W47-WE');
    assert.equal(valueOf('The fair opens this weekend.', 'weekend'), '2015-W48-WE');
  });
  it('reads months, years and quarters relative to the publication date', () => {
    assert.equal(valueOf('Sales rose last month.', 'last month'), '2015-10');
    assert.equal(valueOf('Unemployment fell this month.', 'this month'), '2015-11');
    assert.equal(valueOf('The company lost money last year.', 'last year'), '2014');
    const earlier = dateIn('Earlier this year the bank raised rates.', 'Earlier this year');
    assert.equal(earlier.value, '2015');
    assert.equal(earlier.mod, 'START');
    assert.equal(valueOf('Profits will grow next year.', 'next year'), '2016');
    assert.equal(valueOf('Profit rose in the third quarter.', 'third quarter'), '2015-Q3');
    assert.equal(valueOf('Growth slowed in the first half of 2014.', 'first half'), '2014-H1');
    assert.equal(valueOf('Growth will pick up in the second half of the year.', 'second half'), '2015-H2');
    assert.equal(valueOf('Sales fell in the third quarter of last year.', 'third quarter'), '2014-Q3');
    assert.deepEqual(findDates('He scored in the second half.', '2015-11-26'), []);
  });
  it('reads N units ago', () => {
    assert.equal(valueOf('The firm was founded two years ago.', 'two years ago'), '2013');
    assert.equal(valueOf('He left three days ago.', 'three days ago'), '2015-11-23');
    assert.equal(valueOf('Six weeks ago the plant closed.', 'Six weeks ago'), '2015-W42');
    assert.equal(valueOf('It began a month ago.', 'a month ago'), '2015-10');
    assert.equal(valueOf('That was years ago.', 'years ago'), 'PAST_REF');
  });
  it('leaves relative values unresolved without a publication date', () => {
    const ds = findDates('Yesterday the jet was shot down; last week France acted; early next week a vote is held.', null);
    assert.deepEqual(ds.map((d) => d.value), ['XXXX-XX-XX', 'XXXX-WXX', 'XXXX-WXX']);
    assert.ok(ds.every((d) => d.relative));
  });
});

describe('dates: anaphora to the last dated event', () => {
  it('anchors hours later and the next day to the previous dated event', () => {
    const text = 'The premier set out his case on Monday. Hours later, the alert was lowered. The next day, troops left.';
    const ds = findDates(text, '2015-11-26');
    assert.deepEqual(ds.map((d) => [d.text, d.value]), [['Monday', '2015-11-23'], ['Hours later', '2015-11-23'], ['The next day', '2015-11-24']]);
  });
  it('anchors to the publication date when no event was dated before', () => {
    assert.equal(valueOf('The day before, troops had left.', 'day before'), '2015-11-25');
  });
  it('reads two days later from the previous event', () => {
    assert.equal(findDates('The storm struck on March 3, 2014. Two days later, the river burst its banks.', '2015-11-26')[1].value, '2014-03-05');
  });
  it('reads "the week of" a day as the ISO week holding it', () => {
    const d = dateIn('The hearing may be held the week of Dec. 7, the clerk said.', 'week of');
    assert.equal(d.text, 'the week of Dec. 7');
    assert.equal(d.value, '2015-W50');
    assert.equal(valueOf('Prices fell in the week of March 2, 2015.', 'week of'), '2015-W10');
    assert.equal(findDates('The hearing may be held the week of Dec. 7.', null)[0].value, 'XXXX-WXX');
  });
  it('reads "the day before/after" a named day as the day beside it', () => {
    assert.equal(valueOf('The day before Tuesday\'s vote, the mayor resigned.', 'day before'), '2015-11-23');
    assert.equal(valueOf('Shops reopen the day after Christmas.', 'day after'), '2015-12-26');
    assert.equal(valueOf('He left the day after Nov. 3, 2014.', 'day after'), '2014-11-04');
  });
  it('reads a month "of next/last year" in the year named', () => {
    assert.equal(valueOf('The plan is due by March of next year.', 'March'), '2016-03');
    assert.equal(valueOf('Sales peaked in June of last year.', 'June'), '2014-06');
  });
  it('puts a clock time that stands alone on its line (a live-blog heading) on the publication day, and the entry after it', () => {
    const ds = findDates('The vote was held on Nov. 3.\n\n4:10 p.m.\n\nThe mayor spoke at 5 p.m. in the hall.', '2015-11-26');
    assert.deepEqual(ds.map((d) => d.value), ['2015-11-03', '2015-11-26T16:10', '2015-11-26T17:00']);
    assert.deepEqual(findDates('The vote was held on Nov. 3.\n\n4:10 p.m.:\n\nThe count went on.', '2015-11-26').map((d) => d.value), ['2015-11-03', '2015-11-26T16:10']);
  });
  it('does not read a name ending in Today or Tonight as a day', () => {
    assert.deepEqual(findDates('She told Harbour Today and the Coast TODAY desk that the ferry sails.', '2015-11-26').map((d) => d.text), []);
    assert.equal(valueOf('Today the ferry sails again.', 'Today'), '2015-11-26');
    assert.equal(valueOf('The ferry sails today.', 'today'), '2015-11-26');
  });
});
