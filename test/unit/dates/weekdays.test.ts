import assert from 'node:assert/strict';
import { findDates } from '../../../server/src/analysis/dates';
import { dateIn, valueOf } from './helpers';

// Published on Thursday 2015-11-26 unless said otherwise.
describe('dates: weekdays', () => {
  it('resolves a past weekday to the latest one on or before the publication date', () => {
    assert.equal(valueOf('Officials met on Monday to discuss the budget.', 'Monday'), '2015-11-23');
    assert.equal(valueOf('The mayor resigned Saturday after weeks of protests.', 'Saturday'), '2015-11-21');
    assert.equal(valueOf('The ministers signed the deal on Thursday.', 'Thursday'), '2015-11-26');
  });
  it('keeps the same weekday as the publication day even when the verb is future', () => {
    assert.equal(valueOf('The two leaders on Thursday will discuss trade.', 'Thursday'), '2015-11-26');
    assert.equal(valueOf('She will hold talks with the union on Thursday.', 'Thursday'), '2015-11-26');
  });
  it('moves forward only when the clause is about the future', () => {
    assert.equal(valueOf('The council will vote on Monday.', 'Monday'), '2015-11-30');
    assert.equal(valueOf('The report is due to be published on Friday.', 'Friday'), '2015-11-27');
    assert.equal(valueOf('The report was published on Friday.', 'Friday'), '2015-11-20');
  });
  it('takes the next occurrence in a present-tense clause, unless the weekday is possessive', () => {
    assert.equal(valueOf('The final hearing is on Monday, a court clerk says.', 'Monday'), '2015-11-30');
    assert.equal(valueOf('The ministers are in Geneva on Saturday for the signing.', 'Saturday'), '2015-11-28');
    assert.equal(valueOf("Tuesday's outage is the third this month.", 'Tuesday'), '2015-11-24');
  });
  it('reads a present-tense verb of a scheduled event as ahead', () => {
    assert.equal(valueOf('The fraud trial opens Tuesday in the district court.', 'Tuesday'), '2015-12-01');
    assert.equal(valueOf('Union leaders meet Monday with the port authority.', 'Monday'), '2015-11-30');
    assert.equal(valueOf('Union leaders did not meet Monday as hoped.', 'Monday'), '2015-11-23');
    assert.equal(valueOf('Union leaders met Monday with the port authority.', 'Monday'), '2015-11-23');
  });
  it('reads "following" without "the" as a preposition', () => {
    const d = dateIn('Following Monday\'s debate, the polls moved.', 'Monday');
    assert.equal(d.value, '2015-11-23');
    assert.equal(valueOf('They met on Nov. 20 and again the following Monday.', 'following Monday'), '2015-11-23');
  });
  it('reads last, next and this', () => {
    assert.equal(valueOf('The strike began last Friday.', 'Friday'), '2015-11-20');
    assert.equal(valueOf('Voters go to the polls next Tuesday.', 'Tuesday'), '2015-12-01');
    assert.equal(valueOf('The vote took place this past Sunday.', 'Sunday'), '2015-11-22');
  });
  it('reads a weekday since which something lasts', () => {
    assert.equal(valueOf('The alert has been at its highest since Saturday.', 'Saturday'), '2015-11-21');
  });
  it('gives a weekday with a part of day as a TIME', () => {
    const d = dateIn('The fire broke out on Sunday night near the port.', 'Sunday');
    assert.equal(d.text, 'Sunday night');
    assert.equal(d.type, 'TIME');
    assert.equal(d.value, '2015-11-22TNI');
  });
  it('keeps the weekday when there is no publication date', () => {
    const [d] = findDates('The minister resigned on Wednesday.', null);
    assert.equal(d.value, 'XXXX-WXX-3');
    assert.equal(d.weekday, 3);
    assert.equal(d.relative, true);
  });
  it('records the weekday of a resolved one', () => {
    const d = dateIn('Putin spoke on Tuesday.', 'Tuesday');
    assert.equal(d.weekday, 2);
    assert.equal(d.relative, true);
  });
  it('does not take a weekday for a name or a lower-case word', () => {
    assert.deepEqual(findDates('He read Robinson Crusoe and met Man Friday? No: he met man friday.', '2015-11-26').filter((d) => d.text === 'friday'), []);
  });
});
