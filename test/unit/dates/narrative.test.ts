import assert from 'node:assert/strict';
import { findDates } from '../../../server/src/analysis/dates';
import { dateIn, valueOf } from './helpers';

// Published on Thursday 2015-11-26 unless said otherwise.
describe('dates: combined and narrative expressions', () => {
  it('joins a month with "last year" / "this year"', () => {
    assert.equal(valueOf('In June last year the talks failed.', 'June'), '2014-06');
    assert.equal(dateIn('In June last year the talks failed.', 'June').text, 'June last year');
    assert.equal(valueOf('It began on March 3 this year.', 'March 3'), '2015-03-03');
  });
  it('reads the second day of a range in the same month', () => {
    const ds = findDates('The summit runs March 22-24 and resumes on April 24 and 25.', '2015-03-20');
    assert.deepEqual(ds.map((d) => [d.text, d.value]), [['March 22', '2015-03-22'], ['24', '2015-03-24'], ['April 24', '2015-04-24'], ['25', '2015-04-25']]);
  });
  it('takes the year in which a written weekday falls on the date', () => {
    const d = dateIn('The editorial ran on Monday, Oct. 26.', 'Oct. 26', '2015-10-25');
    assert.equal(d.value, '2015-10-26');
    assert.equal(d.weekday, 1);
  });
  it('keeps a deadline after a past verb in the future', () => {
    assert.equal(valueOf('The offer was extended to Dec. 4.', 'Dec. 4'), '2015-12-04');
    assert.equal(valueOf('The plant was closed on Feb. 4.', 'Feb. 4'), '2015-02-04');
  });
  it('reads "has to" as an obligation still ahead, "has" alone as past', () => {
    assert.equal(valueOf('The bill still has to pass a vote in August.', 'August', '2015-04-20'), '2015-08');
    assert.equal(valueOf('The bill has passed a vote in August.', 'August', '2015-04-20'), '2014-08');
  });
  it('does not let a verb of saying date a month, unless the month is its own phrase', () => {
    assert.equal(valueOf('The accession is planned for early March, an official said.', 'March', '2015-02-10'), '2015-03');
    assert.equal(valueOf('The minister said in June that the levy would go.', 'June', '2015-03-10'), '2014-06');
  });
  it('reads the verb of its own clause', () => {
    assert.equal(valueOf('Lawmakers voted on Tuesday and will meet again on Monday.', 'Tuesday'), '2015-11-24');
    assert.equal(findDates('Lawmakers voted on Tuesday and will meet again on Monday.', '2015-11-26')[1].value, '2015-11-30');
  });
  it('reads years said in words and clock times said in words', () => {
    assert.equal(valueOf('In nineteen ninety-six the convictions were thrown out.', 'ninety-six'), '1996');
    assert.equal(valueOf('He will leave at 4 in the morning.', '4 in the morning'), '2015-11-26T04:00');
  });
  it('reads reporting periods', () => {
    assert.equal(valueOf('Sales rose in the quarter ended Sept. 30.', 'the quarter'), '2015-Q3');
    assert.equal(valueOf('Profit doubled from the year-earlier quarter.', 'year-earlier'), '2014-Q3');
    assert.equal(valueOf('Profit fell in the year-ago third quarter.', 'year-ago'), '2014-Q3');
    assert.equal(valueOf('The deal should close by year-end.', 'year-end'), '2015');
    assert.equal(dateIn('The deal should close by year-end.', 'year-end').mod, 'END');
  });
  it('compares year on year at the granularity of the quarter reported', () => {
    const ds = findDates('Third-quarter profit rose 10% from a year ago. A year ago the firm lost money.', '2015-11-02');
    assert.deepEqual(ds.map((d) => d.value), ['2015-Q3', '2014-Q3', '2014-Q3']);
    assert.equal(valueOf('The plant opened a year ago.', 'a year ago'), '2014');
  });
  it('anchors "the previous Friday" to the last dated event', () => {
    assert.equal(findDates('Stocks closed lower on Oct. 23. They had risen from the previous Friday.', '2015-11-02')[1].value, '2015-10-16');
  });
  it('does not read ages, fractions or verbs as durations', () => {
    assert.deepEqual(findDates('The 52-year-old chief, 60 years old, won about three-quarters of the vote.', '2015-11-26'), []);
    assert.equal(dateIn('The talks are expected to last two days.', 'two days').text, 'two days');
    assert.equal(dateIn('Ties improved over the past decade.', 'decade').mod, undefined);
  });
  it('reads the tense across an abbreviation\'s period ("the Rev. Ann Holm began")', () => {
    assert.equal(valueOf('By 9 a.m. Sunday, the Rev. Ann Holm began taking calls.', 'Sunday', '2015-11-30'), '2015-11-29T09:00');
    assert.equal(valueOf('On Monday, Dr. Lind will open the clinic.', 'Monday'), '2015-11-30');
  });
  it('reads an hour without a.m./p.m. in the part of day beside it', () => {
    assert.equal(valueOf('The plan should be ready by 6 o\'clock this afternoon.', 'afternoon'), '2015-11-26T18:00');
    assert.equal(valueOf('The boats left at 7 o\'clock this morning.', 'morning'), '2015-11-26T07:00');
  });
});
