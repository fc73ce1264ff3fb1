import assert from 'node:assert/strict';
import { canonicalSpeakerKey, findQuotes, sameSpeaker } from '../../../server/src/analysis/quotes';

/** [content, speaker canonical or null, via] for each quote. */
const who = (text: string): [string, string | null, string | null][] =>
  findQuotes(text).quotes.map((q) => [q.content, q.speaker?.canonical ?? null, q.speaker?.via ?? null]);

describe('quotes: cue orders', () => {
  it('quote–cue–speaker and quote–speaker–cue', () => {
    assert.deepEqual(who('"The dam will hold," said Mayor Lena Ortiz.')[0].slice(1), ['Lena Ortiz', 'name']);
    assert.deepEqual(who('"The dam will hold," Lena Ortiz told reporters.')[0].slice(1), ['Lena Ortiz', 'name']);
  });

  it('speaker–cue–quote, with that and with a colon', () => {
    assert.equal(who('Lena Ortiz said: "The dam will hold."')[0][1], 'Lena Ortiz');
    assert.equal(who('Lena Ortiz insisted that "the dam will hold".')[0][1], 'Lena Ortiz');
  });

  it('according to S', () => {
    assert.equal(who('"The dam will hold," according to engineer Paul Brandt.')[0][1], 'Paul Brandt');
    assert.equal(who('According to Paul Brandt, "the dam will hold."')[0][1], 'Paul Brandt');
  });

  it('titles and appositives', () => {
    const text = 'Harbour Minister Ingrid van der Berg on Monday said "we will dredge in spring."\n' +
      '"It is overdue," Brandt, a veteran harbour pilot, said.';
    const r = findQuotes(text).quotes;
    assert.equal(r[0].speaker?.canonical, 'Ingrid van der Berg');
    assert.equal(r[0].speaker?.name, 'Harbour Minister Ingrid van der Berg');
    assert.equal(r[1].speaker?.canonical, 'Brandt');
  });

  it('a long appositive between speaker and cue', () => {
    const text = '"Tides are rising," Omar Haddad, a researcher at the coastal institute and a former harbour master, said on Tuesday.';
    assert.equal(who(text)[0][1], 'Omar Haddad');
  });
});

describe('quotes: split and partial quotes', () => {
  it('joins a split quote into one quotation with two segments', () => {
    const text = '"We are ready," the captain said, "to sail at dawn."';
    const [q] = findQuotes(text).quotes;
    assert.equal(findQuotes(text).quotes.length, 1);
    assert.equal(q.segments.length, 2);
    assert.equal(q.content, 'We are ready, to sail at dawn.');
    assert.equal(q.fragment, false);
  });

  it('marks partial and scare quotes as fragments and attributes them when a cue governs them', () => {
    const text = 'Governor Tess Abara repeated that the bridge, an old toll crossing, "has no future in this city".\n' +
      'The debate ended with the governor dismissing as "nonsense" claims by the mayor.';
    const r = findQuotes(text).quotes;
    assert.equal(r[0].fragment, true);
    assert.equal(r[0].speaker?.canonical, 'Tess Abara');
    assert.equal(r[1].fragment, true);
    assert.equal(r[1].speaker?.canonical, 'Tess Abara');
    assert.equal(r[1].speaker?.via, 'nominal');
  });

  it('attributes every partial quote of a sentence with a participle cue', () => {
    const text = 'Bruno Keller said the council should not "wait for a flood" before acting, saying it was "plainly" wrong.';
    assert.deepEqual(who(text).map((x) => x[1]), ['Bruno Keller', 'Bruno Keller']);
  });

  it('leaves a quote with no speaker unattributed', () => {
    const [q] = findQuotes('The council met on "Plan B" today.').quotes;
    assert.equal(q.speaker, null);
  });
});

describe('quotes: pronouns, nominals and continuation', () => {
  it('resolves a pronoun to the most recent compatible named speaker', () => {
    const text = '"The harbour is safe," Fatima Idrissi said.\n"We checked every pier," she said.';
    const r = findQuotes(text).quotes;
    assert.equal(r[1].speaker?.canonical, 'Fatima Idrissi');
    assert.equal(r[1].speaker?.via, 'pronoun');
    assert.ok(r[1].confidence < r[0].confidence);
  });

  it('uses gender to skip a person of the other gender', () => {
    const text = 'Mr. Karl Brenner met Ms. Alma Reyes on Friday.\n"It went well," she said.';
    assert.equal(who(text)[0][1], 'Alma Reyes');
  });

  it('resolves a nominal to the entity its title introduced', () => {
    const text = 'Danish Prime Minister Lars Holm met Norwegian leader Erik Dahl in Oslo.\n' +
      'The Danish leader called the talks "a fresh start".';
    const [q] = findQuotes(text).quotes;
    assert.equal(q.speaker?.canonical, 'Lars Holm');
    assert.equal(q.speaker?.via, 'nominal');
  });

  it('keeps the speaker for the next quotation in the paragraph and the next paragraph', () => {
    const text = '"The vote is close," Nadia Petrova said. "We need every ballot."\n"And we will count them all."';
    assert.deepEqual(who(text).map((x) => x[1]), ['Nadia Petrova', 'Nadia Petrova', 'Nadia Petrova']);
  });

  it('uses one canonical name per person across the article', () => {
    const text = '"Go," Okafor said.\nLagos Governor Chidi Okafor later added: "Now."';
    assert.deepEqual(who(text).map((x) => x[1]), ['Chidi Okafor', 'Chidi Okafor']);
  });
});

describe('quotes: canonical names', () => {
  it('strips titles, folds diacritics and case', () => {
    assert.equal(canonicalSpeakerKey('French President François Hollande'), 'francois hollande');
    assert.equal(canonicalSpeakerKey('Defence Minister Ursula von der Leyen'), 'ursula von der leyen');
    assert.equal(canonicalSpeakerKey('Retired Lt. Gen. Michael Flynn'), 'michael flynn');
  });

  it('matches surnames but not different people', () => {
    assert.equal(sameSpeaker('Hollande', 'Francois Hollande'), true);
    assert.equal(sameSpeaker('Von der Leyen', 'Ursula von der Leyen'), true);
    assert.equal(sameSpeaker('Putin', 'Hollande'), false);
    assert.equal(sameSpeaker('Hillary Clinton', 'Bill Clinton'), false);
    assert.equal(sameSpeaker('', 'Clinton'), false);
  });
});
