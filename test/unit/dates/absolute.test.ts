import assert from 'node:assert/strict';
import { findDates } from '../../../server/src/analysis/dates';
import { dateIn, valueOf } from './helpers';

describe('dates: absolute and partial dates', () => {
  it('reads full dates in several writings', () => {
    assert.equal(valueOf('The treaty was signed on Nov. 27, 2015, in Paris.', 'Nov. 27, 2015'), '2015-11-27');
    assert.equal(valueOf('The treaty was signed on 27 November 2015.', '27 November 2015'), '2015-11-27');
    assert.equal(valueOf('The file is dated 2015-11-27.', '2015-11-27'), '2015-11-27');
    assert.equal(valueOf('Filed 27/11/2015 at the registry.', '27/11/2015'), '2015-11-27');
    assert.equal(valueOf('Signed on Friday, Oct. 23, 1998.', 'Oct. 23'), '1998-10-23');
    assert.equal(valueOf('the 4th of July, 1976', '4th'), '1976-07-04');
  });
  it('reads day-first dates with May and March', () => {
    assert.equal(valueOf('The vote is on 22 March.', '22 March', '2013-03-01'), '2013-03-22');
    assert.equal(valueOf('It ended on the 3rd of May.', '3rd of May', '2013-06-01'), '2013-05-03');
  });
  it('does not guess an ambiguous numeric order', () => {
    assert.equal(valueOf('Filed 05/11/2015 at the registry.', '05/11/2015'), '2015-XX-XX');
  });
  it('gives a month-day without a year the publication year, leaning to the past', () => {
    assert.equal(valueOf('after the November 13 terror attacks in Paris', 'November 13'), '2015-11-13');
    assert.equal(valueOf('Russia has been flying a campaign since September 30.', 'September 30'), '2015-09-30');
    assert.equal(valueOf('The strike began on Jan. 20.', 'Jan. 20'), '2015-01-20');
    assert.equal(valueOf('The ruling will come on Dec. 15.', 'Dec. 15'), '2015-12-15');
  });
  it('prefers a date weeks ahead to one most of a year back, whatever the tense', () => {
    // Past clause, but Dec. 3 of the year before would be written with its year.
    assert.equal(valueOf('The offer had been set to expire Dec. 3.', 'Dec. 3'), '2015-12-03');
    assert.equal(valueOf('The regulator gave no reason for the Dec. 10 deadline.', 'Dec. 10'), '2015-12-10');
    // Future clause, but a date a few weeks back beats one most of a year ahead.
    assert.equal(valueOf('Talks that began Nov. 2 will continue.', 'Nov. 2'), '2015-11-02');
    // Neither reading near: the tense decides.
    assert.equal(valueOf('The ferry sank on Feb. 9.', 'Feb. 9'), '2015-02-09');
  });
  it('keeps a range in order: the end farther from the publication date moves a year', () => {
    // Published 2015-09-29: "January 1" alone would lean to the coming January.
    const ds = findDates('There were 310 fires between January 1 and September 26 in the county.', '2015-09-29');
    assert.deepEqual(ds.map((d) => d.value), ['2015-01-01', '2015-09-26']);
    const xs = findDates('The ferry stops from Dec. 20 to Jan. 5 for repairs.', '2015-11-26');
    assert.deepEqual(xs.map((d) => d.value), ['2015-12-20', '2016-01-05']);
  });
  it('gives a month alone the past-leaning year', () => {
    assert.equal(valueOf('The plant closed in July.', 'July', '2013-03-10'), '2012-07');
    assert.equal(valueOf('The plant will close in July.', 'July', '2013-03-10'), '2013-07');
    assert.equal(valueOf('Prices rose in January.', 'January', '2013-03-10'), '2013-01');
    assert.equal(valueOf('The law passed last November.', 'last November', '2013-03-10'), '2012-11');
    assert.equal(valueOf('In July 1997, the handover took place.', 'July 1997'), '1997-07');
  });
  it('reads a month or a season that opens a paragraph', () => {
    const ds = findDates('Timeline of the dispute:\n\nOct. 31, 2012: the port closes.\n\nSummer 2013 brings talks.\n\nJanuary nineteen ninety-seven was calm.', '2015-11-26');
    assert.deepEqual(ds.map((d) => d.value), ['2012-10-31', '2013-SU', '1997-01']);
  });
  it('reads May and March only as months in date contexts', () => {
    assert.deepEqual(findDates('He may march on. They march in May.', '2015-11-26').map((d) => d.text), ['May']);
    assert.deepEqual(findDates('June Carter sang and August Wilson wrote; Theresa May spoke.', '2015-11-26'), []);
  });
  it('reads years, decades and centuries', () => {
    assert.equal(valueOf('Built in 1998, the bridge still stands.', '1998'), '1998');
    assert.equal(valueOf('Prices soared in the 1990s.', '1990s'), '199');
    const early = dateIn('In the early 1980s, rates were high.', '1980s');
    assert.equal(early.value, '198');
    assert.equal(early.mod, 'START');
    assert.equal(valueOf('music of the 20th century', '20th century'), '19');
    assert.equal(valueOf("the fashion of the '80s", "'80s"), '198');
  });
  it('does not take counts and money for years', () => {
    assert.deepEqual(findDates('The firm paid $2000 to 1500 people and 2015 soldiers.', '2015-11-26').map((d) => d.text), []);
  });
  it('reads seasons, past-leaning', () => {
    assert.equal(valueOf('Sales rose this summer.', 'summer'), '2015-SU');
    assert.equal(valueOf('The law passed last spring.', 'spring'), '2015-SP');
    assert.equal(valueOf('Work starts in the spring of 2016.', 'spring'), '2016-SP');
    assert.deepEqual(findDates('the fall of the government', '2015-11-26'), []);
  });
  it('reads holidays', () => {
    assert.equal(valueOf('Shops opened on Thanksgiving Day.', 'Thanksgiving'), '2015-11-26');
    assert.equal(valueOf('The deal should close by Christmas.', 'Christmas'), '2015-12-25');
    assert.equal(valueOf('Easter 2016 falls early.', 'Easter'), '2016-03-27');
  });
  it('does not read a proper name built on a holiday as the holiday', () => {
    assert.deepEqual(findDates('Statues on Easter Island and the Christmas Island reef were studied.', '2015-11-26').map((d) => d.text), []);
    assert.equal(valueOf('The fair opens on Christmas Eve.', 'Christmas'), '2015-12-24');
    assert.deepEqual(findDates('The shop sold Christmas trees and Halloween masks.', '2015-11-26').map((d) => d.text), []);
    assert.equal(valueOf('Sales rise as Christmas nears.', 'Christmas'), '2015-12-25');
  });
  it('reads a holiday weeks ahead as this year\'s even without a future verb', () => {
    // Published 2015-11-26: Christmas 2014 is eleven months back, Christmas 2015 four weeks ahead.
    assert.equal(valueOf('Volunteers collected toys for Christmas in the town hall.', 'Christmas'), '2015-12-25');
    assert.equal(valueOf('Volunteers collected toys at Halloween in the town hall.', 'Halloween'), '2015-10-31');
  });
  it('reads clock times on the day they belong to', () => {
    const t = dateIn('The polls closed at 10 p.m. on Tuesday.', '10 p.m.');
    assert.equal(t.type, 'TIME');
    assert.equal(t.value, '2015-11-24T22:00');
    assert.equal(valueOf('Updated 27 November 2015, 09:44', '09:44'), '2015-11-27T09:44');
  });
});
