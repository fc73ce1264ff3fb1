import assert from 'node:assert/strict';
import { canonicalSpeakerKey, findQuotes } from '../../../server/src/analysis/quotes';

const quotes = (text: string) => findQuotes(text).quotes;
const speakerOf = (text: string, i = 0): string | null => quotes(text)[i]?.speaker?.canonical ?? null;

describe('quotes: added speaker rules', () => {
  it('a signature line with a horizontal bar (―) names the speaker', () => {
    const text = 'Readers wrote in.\n\u201cThe ferry is always late. We deserve better.\u201d \u2015 Maren Tollefsen\n' +
      '\u201cI take the bus now.\u201d\u2015 Ivo Sandqvist';
    const r = quotes(text);
    assert.equal(r[0].speaker?.canonical, 'Maren Tollefsen');
    assert.equal(r[1].speaker?.canonical, 'Ivo Sandqvist');
  });

  it('a relative pronoun is the cue\u2019s subject: the mention is "who", the canonical its antecedent', () => {
    const r = quotes('The council thanked Dagny Holm, who said "the bridge can wait another year" on Monday.');
    assert.equal(r[0].speaker?.name, 'who');
    assert.equal(r[0].speaker?.canonical, 'Dagny Holm');
  });

  it('an embedded cue is attributed to the outer speaker (He says he believes …)', () => {
    const text = 'Pell Aronsen toured the docks. He says he believes the port has "room to grow" this year.';
    const q = quotes(text)[0];
    assert.equal(q.speaker?.name, 'He');
    assert.equal(q.speaker?.canonical, 'Pell Aronsen');
    assert.equal(q.cue?.text, 'says');
  });

  it('a contracted pronoun subject (He\u2019s predicting …)', () => {
    const text = 'Pell Aronsen spoke to farmers. He\u2019s predicting the harvest will be "the best in a decade" this autumn.';
    assert.equal(speakerOf(text), 'Pell Aronsen');
  });

  it('a headline quote goes to the headline\u2019s speaker, with low confidence', () => {
    const text = 'Sigrun Dahl: Ferry Plan Is \u2018Dead in the Water\u2019\n\nThe ferry plan was debated on Monday. Nobody voted.\n';
    const q = quotes(text)[0];
    assert.equal(q.speaker?.canonical, 'Sigrun Dahl');
    assert.ok(q.confidence < 0.6);
    const t2 = 'Mayor Kjell Rund Calls Harbour Tax \u2018A Disgrace\u2019\n\nThe tax was passed. It costs a lot.\n';
    assert.equal(speakerOf(t2), 'Kjell Rund');
  });

  it('a document owned by a named source speaks for it', () => {
    assert.equal(speakerOf('"We will not close the school," reads a statement from Councilwoman Ida Brekke\'s office.'), 'Ida Brekke');
    const text = 'Mayor Ann Lund spoke on Friday.\n"The levy stays," Lund\'s statement said.';
    assert.equal(speakerOf(text), 'Ann Lund');
    // relatives of a person are not that person
    const t2 = 'Police shot Tor Vik.\n"We have more questions than answers," Vik\'s relatives said.';
    assert.notEqual(speakerOf(t2), 'Tor Vik');
  });

  it('said + role phrase + comma + name: the name speaks', () => {
    const q = quotes('"We will expand the fleet," said Nordline\'s chief executive, Jonas Aalto.')[0];
    assert.equal(q.speaker?.canonical, 'Jonas Aalto');
  });

  it('an appositive inside an appositive does not steal the speaker', () => {
    const text = 'Else Moen, the founder of Friends to Harvest, a farm charity, said that "the drought is the worst in memory."';
    assert.equal(speakerOf(text), 'Else Moen');
    const t2 = 'At the meeting, Arne Solberg, pointing at the map, clearly says, "This road was never built."';
    assert.equal(speakerOf(t2), 'Arne Solberg');
  });

  it('a quote-only paragraph continuing the previous speaker has confidence below 0.6', () => {
    const text = 'Ragna Ek spoke at the pier.\n"The pier is rotten," Ek said.\n"It has to be rebuilt before winter."\n';
    const r = quotes(text);
    assert.equal(r[1].speaker?.canonical, 'Ragna Ek');
    assert.ok(r[1].confidence < 0.6);
  });

  it('never makes a speaker of a sentence-opening gerund, a weekday typo, a place or a glued headline verb', () => {
    const text = 'Using charts and a pointer, he spoke for an hour. "Taxes are theft," he declared.\n' +
      'Pointing at the crowd, he smiled. "We will win," he said.\n';
    for (const q of quotes(text)) assert.ok(!q.speaker || !/^(?:Using|Pointing)$/.test(q.speaker.canonical), q.speaker?.canonical);
    const t2 = 'Rep. Olaf Strand Apologizes\n\nRep. Olaf Strand was filmed in a scuffle.\n"I am sorry," the congressman said.\n';
    assert.equal(speakerOf(t2), 'Olaf Strand');
    const t3 = 'Voters in Colorado are split. "It is close," he said.';
    assert.notEqual(speakerOf(t3), 'Colorado');
  });

  it('markup attribute values are not quotations', () => {
    const r = quotes('<tweet tweet-id="123456789" author="someone">Great day</tweet>. "We won," Lise Berg said.');
    assert.equal(r.length, 1);
    assert.equal(r[0].speaker?.canonical, 'Lise Berg');
  });
});

describe('quotes: canonical names strip titles', () => {
  it('place + office titles', () => {
    assert.equal(canonicalSpeakerKey('Lindholm Mayor Elena Vasquez'), 'elena vasquez');
    assert.equal(canonicalSpeakerKey('Transport Minister Tomas Brekke'), 'tomas brekke');
    assert.equal(canonicalSpeakerKey('French President François Hollande'), 'francois hollande');
  });
});
