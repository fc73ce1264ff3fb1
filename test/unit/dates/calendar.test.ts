import assert from 'node:assert/strict';
import { weekdayOf } from '../../../server/src/analysis/dates';
import { dayNumber, formatDay, formatWeek, fromDayNumber, isoWeek, isoWeekMonday } from '../../../server/src/analysis/dates/calendar';

describe('dates: calendar', () => {
  it('round-trips day numbers', () => {
    for (const [y, m, d] of [[1970, 1, 1], [2000, 2, 29], [2015, 11, 26], [1899, 12, 31], [2100, 3, 1]]) {
      assert.deepEqual(fromDayNumber(dayNumber(y, m, d)), { y, m, d });
    }
    assert.equal(dayNumber(1970, 1, 1), 0);
  });
  it('gives ISO weeks, including year edges', () => {
    assert.equal(formatWeek(dayNumber(2015, 11, 26)), '2015-W48');
    assert.equal(formatWeek(dayNumber(2016, 1, 1)), '2015-W53');
    assert.equal(formatWeek(dayNumber(2014, 12, 29)), '2015-W01');
    assert.deepEqual(isoWeek(dayNumber(2015, 12, 3)), { y: 2015, w: 49 });
    assert.equal(formatDay(isoWeekMonday(2015, 49)), '2015-11-30');
  });
  it('weekdayOf reads full day values only', () => {
    assert.equal(weekdayOf('2015-11-26'), 4);
    assert.equal(weekdayOf('2015-11-22TNI'), 0);
    assert.equal(weekdayOf('2015-11'), null);
    assert.equal(weekdayOf('XXXX-WXX-4'), null);
    assert.equal(weekdayOf('2015-02-30'), null);
  });
});
