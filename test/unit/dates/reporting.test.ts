import assert from 'node:assert/strict';
import { findDates } from '../../../server/src/analysis/dates';
import { dateIn, valueOf } from './helpers';

// Business-news reporting periods and tense cases found while bucketing TimeML errors (own sentences).
describe('dates: reporting periods and tense refinements', () => {
  const report = 'Harbor Mills posted a third-quarter profit of $4 million.';
  it('reads "the 2014 period" as the reported quarter of that year', () => {
    const text = `${report} In the 2014 period, the mill lost $1 million.`;
    const d = dateIn(text, '2014 period', '2015-10-20');
    assert.equal(d.text, 'the 2014 period');
    assert.equal(d.value, '2014-Q3');
  });
  it('keeps the year when no quarter was reported', () => {
    assert.equal(valueOf('Costs fell in the 2014 period, the bakery said.', '2014 period', '2015-10-20'), '2014');
  });
  it('does not let "the 2014 quarter" become the reported quarter', () => {
    const ds = findDates(`${report} Sales in the 2014 quarter were flat, up from a year ago.`, '2015-10-20');
    assert.deepEqual(ds.slice(-2).map((d) => d.value), ['2014-Q3', '2014-Q3']);
  });
  it('reads the reported quarter a year before as one expression', () => {
    for (const phrase of ['the quarter a year ago', 'the corresponding period last year', 'the same quarter a year earlier', "last year's quarter"]) {
      const d = dateIn(`${report} For ${phrase}, it earned $2 million.`, phrase, '2015-10-20');
      assert.equal(d.text, phrase);
      assert.equal(d.value, '2014-Q3', phrase);
    }
  });
  it('reads a future seen from an earlier past as past', () => {
    // Published Monday 2015-11-23.
    assert.equal(valueOf('The tender had been due to expire Friday evening.', 'Friday', '2015-11-23'), '2015-11-20TEV');
    assert.equal(valueOf('The offer had been scheduled to lapse Friday.', 'Friday', '2015-11-23'), '2015-11-20');
    assert.equal(valueOf('The offer is scheduled to lapse Friday.', 'Friday', '2015-11-23'), '2015-11-27');
  });
  it('reads a date after "planned" as the planned event, still ahead; "as planned" as past', () => {
    // Published Monday 2015-11-23.
    assert.equal(valueOf('The delegation planned to fly home on Wednesday.', 'Wednesday', '2015-11-23'), '2015-11-25');
    assert.equal(valueOf('Farmers planned a tractor rally in the capital on Saturday.', 'Saturday', '2015-11-23'), '2015-11-28');
    assert.equal(valueOf('The count went ahead as planned on Saturday.', 'Saturday', '2015-11-23'), '2015-11-21');
    assert.equal(valueOf('The board had planned to vote on Wednesday.', 'Wednesday', '2015-11-23'), '2015-11-18');
  });
  it('reads "planned to" in the past tense as past when the date comes first', () => {
    assert.equal(valueOf('On Friday, the ministry planned to pay the growers.', 'Friday', '2015-11-23'), '2015-11-20');
    assert.equal(valueOf('The ministry is planned to pay the growers on Friday.', 'Friday', '2015-11-23'), '2015-11-27');
  });
  it('skips a quoted title such as a programme name', () => {
    const ds = findDates('The minister, speaking on the broadcaster\'s "This Week" programme, said the talks would resume.', '2015-11-26');
    assert.deepEqual(ds.map((d) => d.text), []);
    assert.equal(valueOf('"This week is decisive," the minister said.', 'week'), '2015-W48');
  });
  it('skips a time word at the end of a quoted title, but not a quote that opens with one', () => {
    const texts = [
      'She told the talk show “Harbour Morning Tonight” that she would run.',
      'The senator said on “Coastal News Sunday,” a programme seen by millions, that he would run.',
      'The crowd sang the old hit “Sweet Saturday” before the speech.',
    ];
    for (const text of texts) assert.deepEqual(findDates(text, '2015-11-26').map((d) => d.text), [], text);
    assert.equal(valueOf('“Now I know,” he said on Tuesday.', 'Now'), 'PRESENT_REF');
    assert.equal(valueOf('“Last Friday, we signed,” the mayor said.', 'Friday'), '2015-11-20');
    assert.equal(valueOf('The mayor said, “Last Friday, we signed.”', 'Friday'), '2015-11-20');
  });
  it('does not read "the quarter of" a group as a period', () => {
    assert.deepEqual(findDates('She did best with the quarter of voters who decided late.', '2015-11-26').map((d) => d.text), []);
    assert.deepEqual(findDates('Profit rose 4% in the quarter.', '2015-11-26').map((d) => d.text), ['the quarter']);
  });
});
