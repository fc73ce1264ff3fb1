import assert from 'node:assert/strict';
import { isoWeek, weekdayOfDay } from '../../../server/src/analysis/crossref/dateCompare';

/** What dateCompare computed with Date before it used the calendar module (kept here as the reference). */
function dateWeek(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = new Date(Date.UTC(date.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((date.getTime() - yearStart.getTime()) / 86400000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

describe('date comparison calendar helpers', () => {
  it('give the ISO week and weekday Date gave, for every day from 1800 to 2200', () => {
    const day = new Date(Date.UTC(1800, 0, 1));
    for (; day.getUTCFullYear() < 2200; day.setUTCDate(day.getUTCDate() + 1)) {
      const iso = day.toISOString().slice(0, 10);
      assert.equal(isoWeek(iso), dateWeek(iso), iso);
      assert.equal(weekdayOfDay(iso), day.getUTCDay(), iso);
    }
  });

  it('read only the day of a longer value, and give no weekday for what is no calendar day', () => {
    assert.equal(weekdayOfDay('2015-11-26T10:00'), 4);
    assert.equal(isoWeek('2015-11-26'), '2015-W48');
    assert.equal(weekdayOfDay('2015-02-30'), null);
    assert.equal(weekdayOfDay('2015-W48'), null);
    assert.equal(weekdayOfDay('XXXX-XX-XX'), null);
  });
});
