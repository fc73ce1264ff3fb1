import assert from 'node:assert/strict';
import { findDates } from '../../../server/src/analysis/dates';
import { valueOf } from './helpers';

const texts = (text: string, published: string | null = '2015-11-26'): string[] => findDates(text, published).map((d) => d.text);

// Published on Thursday 2015-11-26 unless said otherwise.
describe('dates: round 7', () => {
  it('anchors "that year" and "N years later" on a bare year of the same paragraph', () => {
    assert.equal(valueOf('The mill exported 40 tons in 1994, half of all the exports that year.', 'that year'), '1994');
    assert.equal(valueOf('She won the seat in 2004 but lost it three years later.', 'three years later'), '2007');
    assert.equal(valueOf('The port opened in 1961. The next year it was flooded.', 'The next year'), '1962');
  });
  it('does not carry a bare year into another paragraph, nor into month-level anaphora', () => {
    assert.equal(valueOf('The club was founded in 1931.\n\nExports are expected to double over the next year.', 'the next year'), '2016');
    assert.equal(valueOf('The report covers 2009. The ministry replied that month.', 'that month'), '2015-11');
  });
  it('reads "N units or so ago" as an approximate shift', () => {
    const d = findDates('A week or so ago, the council changed its mind.', '2015-11-26')[0];
    assert.equal(d.text, 'A week or so ago');
    assert.equal(d.value, '2015-W47');
    assert.equal(d.mod, 'APPROX');
    assert.equal(valueOf('The repairs will take a month or so.', 'a month or so'), 'P1M');
  });
  it('does not read "a matter of days" as a duration', () => {
    assert.deepEqual(texts('The rescue is a matter of hours, the captain said.'), []);
    assert.deepEqual(texts('Prices doubled in a matter of weeks.'), []);
    assert.deepEqual(texts('The strike lasted weeks.'), ['weeks']);
  });
  it('skips a clock time in parentheses that restates the one before it in another zone', () => {
    assert.deepEqual(texts('The ferry sank at 4:10 p.m. (1410 GMT) on Tuesday.'), ['4:10 p.m.', 'Tuesday']);
    assert.deepEqual(texts('The vote closed at noon (5 p.m. GMT Friday), officials said.').length, 2);
  });
  it('reads a date opening its sentence by the verb after a long subject', () => {
    assert.equal(valueOf('On Monday, the National Farmers and Ranchers Cooperative Union plans to file a complaint.', 'Monday', '2015-11-28'), '2015-11-30');
    assert.equal(valueOf('On Monday, the National Farmers and Ranchers Cooperative Union filed a complaint.', 'Monday', '2015-11-28'), '2015-11-23');
  });
  it('reads "the 1800s" as a century and "the 1980s" as a decade', () => {
    assert.equal(valueOf('The mill was built in the 1800s.', '1800s'), '18');
    assert.equal(valueOf('The mill was rebuilt in the early 1900s.', '1900s'), '19');
    assert.equal(valueOf('The mill closed in the 1980s.', '1980s'), '198');
    assert.equal(valueOf('Broadband spread in the 2000s.', '2000s'), '200');
  });
  it('reads "takes effect" and "goes into effect" as scheduling a date ahead', () => {
    assert.equal(valueOf('The new tariff takes effect Jan. 1.', 'Jan. 1', '2015-03-14'), '2016-01-01');
    assert.equal(valueOf('The ban goes into effect in January.', 'January', '2015-03-14'), '2016-01');
    assert.equal(valueOf('The new tariff took effect Jan. 1.', 'Jan. 1', '2015-03-14'), '2015-01-01');
  });
  it('reads "could not be reached" as an attempt already made, other "could" as ahead', () => {
    assert.equal(valueOf('The mayor could not be reached for comment on Tuesday.', 'Tuesday', '2015-11-26'), '2015-11-24');
    assert.equal(valueOf('Neither brother could be contacted Tuesday.', 'Tuesday', '2015-11-26'), '2015-11-24');
    assert.equal(valueOf('The strike could end Tuesday.', 'Tuesday', '2015-11-26'), '2015-12-01');
  });
  it('does not take an -ed adjective after a determiner and an adverb for a past verb', () => {
    assert.equal(valueOf('The bonus will be paid on a still undetermined date in February.', 'February', '2015-10-20'), '2016-02');
    assert.equal(valueOf('A newly renovated stadium will host the final in March.', 'March', '2015-10-20'), '2016-03');
  });
  it('reads more present-tense verbs of scheduled events as ahead', () => {
    assert.equal(valueOf('The new console goes on sale Friday.', 'Friday', '2015-11-25'), '2015-11-27');
    assert.equal(valueOf('The exhibition closes Sunday.', 'Sunday', '2015-11-25'), '2015-11-29');
    assert.equal(valueOf('The exhibition closed Sunday.', 'Sunday', '2015-11-25'), '2015-11-22');
  });
  it('reads a spelled-out time zone after a clock time', () => {
    const d = findDates('Polls will close at 8 p.m. Eastern time on Tuesday.', '2015-11-02')[0];
    assert.equal(d.text, '8 p.m. Eastern time on Tuesday');
    assert.equal(d.value, '2015-11-03T20:00');
    assert.equal(findDates('The launch is set for 6:15 a.m. Pacific Standard Time.', '2015-11-02')[0].text, '6:15 a.m. Pacific Standard Time');
  });
  it('does not end the clause at the period of a state, month or company abbreviation followed by more of it', () => {
    assert.equal(valueOf('On Tuesday, a clinic in Mobile, Ala., will reopen.', 'Tuesday', '2015-11-26'), '2015-12-01');
    assert.equal(valueOf('On Tuesday, Acme Corp. will report earnings.', 'Tuesday', '2015-11-26'), '2015-12-01');
    assert.equal(valueOf('He lives in Mobile, Ala. On Tuesday he will speak.', 'Tuesday', '2015-11-26'), '2015-12-01');
  });
  it('reads "the year-earlier nine months" as one duration', () => {
    const ds = findDates('Profit for the year-earlier six months included a one-time gain.', '2015-10-20');
    assert.deepEqual(ds.map((d) => [d.text, d.type, d.value]), [['the year-earlier six months', 'DURATION', 'P6M']]);
    assert.equal(valueOf('Sales rose from the year-ago quarter.', 'year-ago', '2015-10-20'), '2014-Q3');
  });
  it('reads "the first/last two quarters of YEAR" as that half', () => {
    assert.equal(valueOf('Demand will stay weak through the first two quarters of 2016.', 'quarters', '2015-10-20'), '2016-H1');
    assert.equal(valueOf('Demand was weak in the last two quarters of 2014.', 'quarters', '2015-10-20'), '2014-H2');
    assert.equal(valueOf('Demand was weak in the past two quarters.', 'quarters', '2015-10-20'), 'P6M');
  });
  it('reads "last <month>" for the month just ended as the year before ("last month" would name that one)', () => {
    assert.equal(valueOf('The bridge collapsed last February.', 'February', '2015-03-02'), '2014-02');
    assert.equal(valueOf('The bridge collapsed last January.', 'January', '2015-03-02'), '2015-01');
    assert.equal(valueOf('The bridge collapsed last March.', 'March', '2015-03-02'), '2014-03');
    assert.equal(valueOf('The bridge collapsed last Feb. 27.', 'Feb. 27', '2015-03-02'), '2015-02-27');
  });
  it('reads "one day" after a modal as an indefinite future, otherwise as a day long', () => {
    const d = findDates('The tunnel could one day link both coasts.', '2015-10-20')[0];
    assert.deepEqual([d.text, d.type, d.value], ['one day', 'DATE', 'FUTURE_REF']);
    assert.equal(valueOf('The strike will last one day.', 'one day', '2015-10-20'), 'P1D');
  });
  it('lets a present-tense clause take the nearer reading of a year-less month, without the past bias', () => {
    assert.equal(valueOf('The senator is up for re-election in November.', 'November', '2016-06-08'), '2016-11');
    assert.equal(valueOf('The senator was re-elected in November.', 'November', '2016-06-08'), '2015-11');
  });
  it('reads until/by/come and "between now and" as pointing ahead when no past verb governs', () => {
    assert.equal(valueOf('Campaigns will spend heavily between now and November.', 'November', '2016-06-20'), '2016-11');
    assert.equal(valueOf('With half the ballots in by October, turnout looks high.', 'October', '2016-02-17'), '2016-10');
    assert.equal(valueOf('The fund had shrunk to $1.2 million by the end of March.', 'March', '2016-05-05'), '2016-03');
  });
  it('does not end the clause at a decimal point or between initials', () => {
    assert.equal(valueOf('Profit had fallen to $3.5 million in March.', 'March', '2016-01-07'), '2015-03');
    assert.equal(valueOf('The country would leave the E.U. by the end of March.', 'March', '2016-10-05'), '2017-03');
  });
  it('reads "that <month>" after a bare year of the paragraph in that year', () => {
    assert.equal(valueOf('The 1972 primaries were bitter, and the party lost badly that November.', 'November', '2016-04-26'), '1972-11');
    assert.equal(valueOf('The 1972 primaries were bitter.\n\nThe party lost that November.', 'November', '2016-04-26'), '2015-11');
  });
  it('keeps a weekday limit set by a past verb ahead ("extended the deadline until Tuesday"), not a past "until"', () => {
    assert.equal(valueOf('The agency extended its deadline until noon Tuesday.', 'Tuesday', '2015-11-23'), '2015-11-24T12:00');
    assert.equal(valueOf('The court has given the company until Friday to respond.', 'Friday', '2015-11-23'), '2015-11-27');
    assert.equal(valueOf('Until Friday, the company had refused to respond.', 'Friday', '2015-11-23'), '2015-11-20');
  });
  it('reads a modal perfect ("could not have been", "would have won") as past, a modal with an object as ahead', () => {
    assert.equal(valueOf("Saturday night's vote could not have gone worse.", 'Saturday', '2016-02-07'), '2016-02-06TNI');
    assert.equal(valueOf('She would have won on Tuesday with more votes.', 'Tuesday', '2016-02-07'), '2016-02-02');
    assert.equal(valueOf('The campaign must have its offices open in the fall.', 'fall', '2016-04-10'), '2016-FA');
  });
  it('resolves seasons in December and around winter consistently (a winter is labelled by its January)', () => {
    assert.equal(valueOf('The drills took place last summer.', 'summer', '2015-12-13'), '2015-SU');
    assert.equal(valueOf('The museum is set to open next fall.', 'fall', '2015-12-11'), '2016-FA');
    assert.equal(valueOf('The lake froze last winter.', 'winter', '2016-01-20'), '2015-WI');
    assert.equal(valueOf('This winter has been mild.', 'winter', '2016-01-20'), '2016-WI');
    assert.equal(valueOf('This winter will be mild.', 'winter', '2015-12-10'), '2016-WI');
    assert.equal(valueOf('This winter will be mild, forecasters say.', 'winter', '2015-07-01'), '2016-WI');
    assert.equal(valueOf('This winter was mild.', 'winter', '2015-07-01'), '2015-WI');
  });
  it('reads "will last" as the verb, not as the past marker of "last year"', () => {
    assert.equal(valueOf('The strike will last into October.', 'October', '2015-06-01'), '2015-10');
    assert.equal(valueOf('The unions last struck in October.', 'October', '2015-06-01'), '2014-10');
  });
  it('reads "March" and "May" after "into" as months', () => {
    assert.equal(valueOf('The talks will drag on into March.', 'March', '2015-10-01'), '2016-03');
    assert.deepEqual(findDates('The troops march into the city.', '2015-10-01'), []);
  });
  it('reads "October of that year" in the year of the last dated event', () => {
    const ds = findDates('Unemployment was 7 percent in January 2009 and peaked in October of that year.', '2016-02-05');
    assert.deepEqual(ds.map((d) => [d.text, d.value]), [['January 2009', '2009-01'], ['October of that year', '2009-10']]);
    assert.equal(valueOf('Sales peaked in October of that year.', 'October', '2016-02-05'), '2016-10');
  });
  it('lets a season anchor later anaphora ("last winter … a year later")', () => {
    assert.equal(valueOf('She spoke in Boise last winter. A year later, she returned.', 'A year later', '2016-01-20'), '2016');
    assert.equal(valueOf('The dam failed in the summer of 1977. Two years later it was rebuilt.', 'Two years later', '2016-01-20'), '1979');
  });
  it('counts "within/over the next month" from now, "the next month" from the last dated event', () => {
    assert.equal(valueOf('The deal closed in September 2012. The next month, shares fell.', 'next month', '2016-04-10'), '2012-10');
    assert.equal(valueOf('The deal closed in September 2012. Work must start within the next month.', 'next month', '2016-04-10'), '2016-05');
  });
  it('keeps "N years later" in a present-tense clause from running past the publication year', () => {
    assert.equal(valueOf('The bridge fell in 2014. Even three years later, the town remains divided.', 'three years later', '2016-01-16'), '2016');
    assert.equal(valueOf('The bridge fell in 2012. Three years later, it was rebuilt.', 'Three years later', '2016-01-16'), '2015');
    assert.equal(valueOf('The bridge opens in 2015. Three years later it will be widened.', 'Three years later', '2016-01-16'), '2018');
  });
  it('reads "that spring" in the year of the last dated event', () => {
    assert.equal(valueOf('The plant closed in 2002. Its owner sold the land that spring.', 'that spring', '2016-01-20'), '2002-SP');
  });
  it('reads "as <holiday> nears" as present, taking the nearer occurrence', () => {
    assert.equal(valueOf('Shops hire extra staff as Thanksgiving nears.', 'Thanksgiving', '2016-07-01'), '2016-11-24');
  });
  it('keeps a possessive weekday in the past under a reported future ("said they would appeal Tuesday\'s ruling")', () => {
    assert.equal(valueOf("The owners said they would appeal Tuesday's ruling.", 'Tuesday', '2015-11-26'), '2015-11-24');
    assert.equal(valueOf("Tuesday's vote will decide the race.", 'Tuesday', '2015-11-26'), '2015-12-01');
  });
  it("stops the tense reader at typewriter quotes (`` and '') as at quotation marks", () => {
    assert.equal(valueOf("He pointed to ``the state we lost,'' which votes June 7.", 'June 7', '2016-04-21'), '2016-06-07');
    assert.equal(valueOf('He pointed to the state we lost, which votes June 7.', 'June 7', '2016-04-21'), '2015-06-07');
  });
  it('does not read "do that overnight" (quickly) as a night', () => {
    assert.deepEqual(texts("You can't build a movement like that overnight."), []);
    assert.equal(valueOf('That night, the rebels withdrew.', 'That night'), '2015-11-26TNI');
  });
});
