import assert from 'node:assert/strict';
import { findDates } from '../../../server/src/analysis/dates';
import { dateIn, valueOf } from './helpers';

describe('dates: durations, sets and references', () => {
  it('reads durations', () => {
    assert.equal(valueOf('after their 90-minute meeting', '90-minute'), 'PT90M');
    assert.equal(valueOf('He served two years in prison.', 'two years'), 'P2Y');
    assert.equal(valueOf('It took a month to rebuild.', 'a month'), 'P1M');
    assert.equal(valueOf('It took a decade to rebuild.', 'a decade'), 'P10Y');
    assert.equal(valueOf('a sixteen-hour flight', 'sixteen-hour'), 'PT16H');
    assert.equal(valueOf('after 2 1/2 years of talks', '2 1/2 years'), 'P2Y6M');
    assert.equal(valueOf('The meeting lasted an hour and a half.', 'hour and a half'), 'PT1H30M');
    assert.equal(valueOf('Sales rose over the past two months.', 'the past two months'), 'P2M');
    assert.equal(valueOf('The strikes could come within days.', 'days'), 'PXD');
    assert.equal(valueOf('The war lasted several years.', 'several years'), 'PXY');
    assert.equal(dateIn('It took more than four hours.', 'four hours').mod, 'MORE_THAN');
    assert.equal(dateIn('It took more than four hours.', 'four hours').type, 'DURATION');
  });
  it('reads halves and -long compounds, and not "the early hours"', () => {
    assert.equal(valueOf('It lasted two and a half years.', 'two and a half years'), 'P2Y6M');
    const war = dateIn('Over a decade-long war, the town emptied.', 'decade');
    assert.equal(war.value, 'P10Y');
    assert.equal(war.mod, undefined);
    assert.equal(valueOf('The day-long talks ended.', 'day-long'), 'P1D');
    assert.deepEqual(findDates('It happened in the early hours.', '2015-11-26'), []);
  });
  it('reads sets', () => {
    const every = dateIn('The council meets every Tuesday.', 'every Tuesday');
    assert.equal(every.type, 'SET');
    assert.equal(every.value, 'XXXX-WXX-2');
    assert.equal(valueOf('The paper is published weekly.', 'weekly'), 'P1W');
    assert.equal(valueOf('They meet twice a year.', 'a year'), 'P1Y');
    assert.equal(dateIn('They meet twice a year.', 'a year').type, 'SET');
    assert.equal(valueOf('The shop closes on Sundays.', 'Sundays'), 'XXXX-WXX-7');
    assert.equal(valueOf('Inflation runs at 3% a year.', 'a year'), 'P1Y');
  });
  it('reads references to the present, past and future', () => {
    assert.equal(valueOf('The region is now calm.', 'now'), 'PRESENT_REF');
    assert.equal(valueOf('She currently leads the party.', 'currently'), 'PRESENT_REF');
    assert.equal(valueOf('He recently moved to Paris.', 'recently'), 'PAST_REF');
    assert.equal(valueOf('Rates may rise in the future.', 'future'), 'FUTURE_REF');
    assert.equal(valueOf('In recent years the town grew.', 'recent years'), 'PAST_REF');
    assert.deepEqual(findDates('Apply as soon as possible.', '2015-11-26'), []);
  });
});
