import assert from 'node:assert/strict';
import { findQuotes } from '../../../server/src/analysis/quotes';

// Ninth round: clause structure around the quotation (issue #3). Every sentence here is invented for the rule it checks.
const quotes = (text: string) => findQuotes(text).quotes;

describe('quotes: ninth-round clause rules', () => {
  it('a name between a dash and the colon labels the quotation (`… - Name: "…"`)', () => {
    const text = 'The count slowed overnight.\n\nTurnout models took a beating - PollDesk: \u201cEvery model missed the late surge in the valley towns.\u201d';
    const q = quotes(text).find((x) => x.content.startsWith('Every'));
    assert.equal(q?.speaker?.canonical, 'PollDesk');
  });

  it('the dash label beats a cue in the clause before the dash', () => {
    const text = 'Forecasters agree - Marta Lindgren: \u201cThe late deciders broke one way.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Marta Lindgren');
  });

  it('`From the report:` after a dash names the report as the source', () => {
    const text = 'What the study shows - From the report: \u201cPanels with longer field periods were more accurate.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'the report');
  });

  it('a colon after a plain clause with no dash still goes to the clause subject', () => {
    const text = 'Mayor Ruth Okafor had one message for the council: \u201cFix the harbour first.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
  });

  it('a sentence-opening `Some` heads the cue (`Some chanted "…"`)', () => {
    const text = 'Supporters packed the hall in Dunmore. Some chanted \u201cOkafor! Okafor!\u201d as the count came in.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'Some');
  });

  it('a lowercase `some` inside the clause is not a speaker', () => {
    const text = 'Peter Lund told the board that some of the \u201cbudget fantasies\u201d had to end.';
    const [q] = quotes(text);
    assert.notEqual(q.speaker?.name, 'some');
  });

  it('`As ROLE, NAME, put it in …, "…"`: the name after a role phrase set off by commas', () => {
    const text = 'As the Harbour Trust chief executive, Jonas Aalto, put it in his memo to staff explaining the merger, \u201cImagine a port where we no longer look up at the giants.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Jonas Aalto');
  });

  it('an opening `As` clause whose subject runs into a verb is not a role phrase', () => {
    const text = 'As the ferry docked late, Mayor Ruth Okafor said, \u201cWe waited long enough.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
  });

  it('a state after the town (`in Dunmore, New Hampshire,`) stays inside the opening participle clause', () => {
    const text = 'Speaking at a town hall in Dunmore, New Hampshire, Peter Lund went after Okafor, calling her \u201ca total stiff.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('postal and AP state forms are read too (`in Berea, OH,`, `in Salem, N.H.,`)', () => {
    for (const place of ['Berea, OH', 'Salem, N.H.']) {
      const text = `Speaking at a rally in ${place}, Peter Lund went after Okafor, calling her \u201ca total stiff.\u201d`;
      const [q] = quotes(text);
      assert.equal(q.speaker?.canonical, 'Peter Lund', place);
    }
  });

  it('a fragment in a new sentence goes to that sentence\u2019s pronoun after a lone adverb (`Then he turned to "…"`)', () => {
    const text = 'First, Peter Lund attacked Ruth Okafor for being a \u201cfailed mayor.\u201d Then he turned to \u201clittle\u201d Tomas Berg.';
    const q = quotes(text).find((x) => x.content === 'little');
    assert.equal(q?.speaker?.name, 'he');
    assert.equal(q?.speaker?.canonical, 'Peter Lund');
  });

  it('a cue coordinated inside a mid-sentence `as she \u2026 and then added` clause goes to that pronoun', () => {
    const text = 'Smiling broadly, Mayor Ruth Okafor drew cheers as she thanked her home town and then added, \u201cThere is no place like home.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'she');
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
  });

  it('`when he brought up \u2026 and later said, "…"` goes to `he`', () => {
    const text = 'Colonel Peter Lund started the argument when he brought up the harbour bombing and later said, \u201cIt is not just one group.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'he');
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('a dash between the subordinate clause and `and` keeps the main subject', () => {
    const text = 'On Monday Peter Lund went online \u2014 as he so often does \u2014 and retweeted a line an account named \u201charbourking\u201d wrote.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Peter Lund');
    assert.notEqual(q.speaker?.name, 'he');
  });

  it('a quotation after `ROLE at ORG, NAME, called him …` goes to the name (the paragraph\u2019s first quotation)', () => {
    const text = 'Lund built the harbour company into a large business. His former business partner at Nordline, Lawrence B. Carver, called him a master at bolting together impossible deals. \u201cHe showed again and again an ability to close deals that other people could not.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Lawrence B. Carver');
  });

  it('`The Florida senator sought \u2026, saying "…"`: a determiner, a place and a role noun make one subject', () => {
    const text = 'The Vermont senator sought to calm his supporters, and took a heckler in stride, saying the man would \u201cnot get beat up\u201d at his rally.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'The Vermont senator');
  });

  it('`Clinton seemed \u2026` still stops the subject before the lowercase verb', () => {
    const text = 'Mayor Ruth Okafor seemed tired on Friday, calling the vote \u201ca long night.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
  });

  it('a cue-less fragment takes a closing `according to S` in its sentence', () => {
    const text = 'More than 9,000 parents took part in a regional \u201cwalk-in\u201d at 300 schools, according to the organiser Harbour Parents Union.';
    const [q] = quotes(text);
    assert.match(q.speaker?.name ?? '', /Harbour Parents Union/);
  });

  it('a fragment whose quotation closes its sentence does not reach into the next sentence\u2019s `according to`', () => {
    const text = 'Peter Lund has been campaigning hard, but his guilty pleasure is \u201cHarbour Life.\u201d Lund ran up a bill of $8,000, according to a Nordline Watchdog report.';
    const [q] = quotes(text);
    assert.doesNotMatch(q.speaker?.name ?? '', /Watchdog/);
  });

  it('a speech cue in the sentence still wins over `according to` (the `"…," X said, according to Y` convention)', () => {
    const text = 'Mayor Ruth Okafor said the plan was \u201ca fantasy\u201d that would fail, according to the Harbour Gazette.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
  });

  it('a colon introduction whose subject is a determiner and an unlisted noun (`The piece used \u2026:`) takes that phrase', () => {
    const text = 'The Harbour Post ran a long profile of Lund on Saturday. The piece used one of his lines as its headline: \u201cFinally. Someone who thinks like me.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'The piece');
  });

  it('`he` does not go to a platform only seen after a preposition (`took to Twitter overnight to accuse`)', () => {
    const text = 'Peter Lund took to Harbournet overnight to accuse the council of lying and to urge voters to read what he called its \u201csecret tape.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('`he` does not go to a town named right before `and said`', () => {
    const text = 'Peter Lund, her opponent, bemoaned the unrest in Dunmore and said he thought that money was a \u201cvery, very big factor\u201d in the riots.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('a closing reporting clause with a short adjunct after its cue (`, X said after the attacks.`)', () => {
    const text = '\u201cBoots on the ground\u201d would be appropriate, Republican candidate Peter Lund said after the attacks.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Peter Lund');
    assert.equal(q.cue?.text, 'said');
  });

  it('the closing clause\u2019s subject must be a name or pronoun after a comma (no nominal grabbed mid-sentence)', () => {
    const text = 'Ruth Okafor called the plan \u201ca fantasy\u201d and the board said on Friday.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
  });

  it('`this source told the Post` after a quotation: a demonstrative before a source noun is a speaker phrase', () => {
    const text = '\u201cThe staff do not like him. Peter was his only supporter,\u201d this source told the Harbour Post.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'this source');
  });

  it('a short quoted name inside the speaker\u2019s appositive does not cut the trailing cue off', () => {
    const text = '\u201cWe have had better conventions than this one,\u201d Dunmore delegate Bill Eastman, wearing a cowboy hat and \u201cLund\u201d campaign pins, said matter-of-factly.';
    const q = quotes(text).find((x) => x.content.startsWith('We have'));
    assert.equal(q?.speaker?.canonical, 'Bill Eastman');
  });

  it('`a Peter Lund tweet attacking \u2026`: a noun-like cue\u2019s bare form after a full name is a noun, not the cue', () => {
    const text = 'Ruth Okafor is describing as \u201cunhinged\u201d a Peter Lund tweet attacking a former mayor.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
  });

  it('`"…," Peter Lund tweeted` still reads the past tense as the cue', () => {
    const text = '\u201cWe will win the harbour back,\u201d Peter Lund tweeted on Friday.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Peter Lund');
    assert.equal(q.cue?.text, 'tweeted');
  });

  it('a mojibake name (UTF-8 read as Latin-1, with decomposed marks) stays one word and speaks', () => {
    for (const name of ['Fran\u00c3\u00c2\u00a7ois Lindqvist', 'FranA\u0303\u0083A\u0302\u00a7ois Lindqvist']) {
      const text = `\u201cEurope must be able to defend itself,\u201d President ${name} said Friday as he entered the talks.`;
      const [q] = quotes(text);
      assert.equal(q.speaker?.canonical, name, JSON.stringify(name));
    }
  });

  it('a lone Latin-1 symbol between words is still its own token', () => {
    const text = 'The fee is \u00a7 12 of the code, Peter Lund said of the \u201charbour rule.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('a title followed by `star` / `fans` / `trailer` is a work\u2019s title: no speaker, no cue', () => {
    for (const text of [
      'After the news spread, the \u201cHarbour Nights\u201d star Ruth Okafor posted a long message.',
      'Peter Lund upset \u201cNorth Sea\u201d fans by attending the rally.',
    ]) {
      const [q] = quotes(text);
      assert.equal(q.speaker, null, text);
      assert.equal(q.cue, null, text);
      assert.equal(q.fragment, true, text);
    }
  });

  it('`stars in "…"` / `acting in "…"` name a work', () => {
    const text = 'Ruth Okafor, who stars in \u201cGirls of the Harbour\u201d at the Dunmore theatre, said she would vote.';
    const [q] = quotes(text);
    assert.equal(q.speaker, null);
  });

  it('a capitalised slogan chanted by a crowd is still speech', () => {
    const text = 'The crowd in Dunmore chanted \u201cBuild The Harbour\u201d as Peter Lund took the stage.';
    const [q] = quotes(text);
    assert.notEqual(q.speaker, null);
  });

  it('a closing `, said NAME, appositive.` reports a fragment even after a verb that looks like a cue', () => {
    const text = 'The port has used \u201cvelvet gloves\u201d in its dealings with the Nordic states, said Nargis Lind, an expert at the Dunmore institute.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Nargis Lind');
  });

  it('a quotation\u2019s own cue before it still wins when no closing inverted clause follows', () => {
    const text = 'Ruth Okafor called the plan \u201ca fantasy\u201d on Friday, and Peter Lund agreed.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
  });

  it('`labeled as a "…" by S`: the agent of a passive naming verb', () => {
    const text = 'While the council faced criticism for the long inquiry, often labeled as a \u201cwitch hunt\u201d by the harbour unions, the chairman held firm.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'the harbour unions');
  });

  it('an active naming verb keeps its subject (`Lund called it a "…" before the vote`)', () => {
    const text = 'Peter Lund called the plan a \u201cwitch hunt\u201d before the vote.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('a closing `, she said in a video message \u2026.` (a longer adjunct after the cue) reports the fragment', () => {
    const text = 'Ruth Okafor won the vote. Voters had \u201cput the biggest crack\u201d yet in the harbour wall, she said in a video message to the council.';
    const q = quotes(text).find((x) => x.content.startsWith('put'));
    assert.equal(q?.speaker?.name, 'she');
  });

  it('a closing `, the candidate said Friday.` (a determiner nominal) reports the fragment', () => {
    const text = 'The \u201cdirty tricks\u201d that Peter Lund accused the mayor of are not on the level of the harbour scandal, the candidate said Friday.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'the candidate');
  });

  it('`in the words of S, "…"` and `in S\u2019s words, "…"` name the source', () => {
    const a = quotes('Okafor was, in the words of a senior adviser, \u201cthe torchbearer\u201d of the harbour plan.')[0];
    assert.equal(a.speaker?.name, 'a senior adviser');
    const b = quotes('The summit met in Dunmore because, in Nordline\u2019s words, \u201cthey are the most inventive towns on the coast.\u201d')[0];
    assert.equal(b.speaker?.canonical, 'Nordline');
  });

  it('`words` elsewhere before a quotation names no one', () => {
    const text = 'Peter Lund chose his words carefully, \u201cWe will wait,\u201d he said.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('a mid-sentence aside `, her advisers said Friday,` reports the fragment before it', () => {
    const text = 'But she was not surprised that the \u201cLeave\u201d side won, her advisers said Friday, because she understands the anger.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'her advisers');
  });

  it('a poll share heads a cue (`21 percent said "…"`)', () => {
    const [a, b] = quotes('Asked about Lund, 21 percent said \u201cnot too likely\u201d and 14 percent said \u201cnot at all likely.\u201d');
    assert.equal(a.speaker?.name, '21 percent');
    assert.equal(b.speaker?.name, '14 percent');
  });

  it('`"…," it now says`: `now` between the subject and a trailing cue is skipped', () => {
    const text = 'On his website, Lund has started the change. \u201cThis is your harbour,\u201d it now says, showing a montage of faces.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'it');
    assert.equal(q.cue?.text, 'says');
  });

  it('`will continue to be "…"` is no cue: the reporting verb before it speaks', () => {
    const text = 'In a statement, Peter Lund said he is certain Okafor will continue to be \u201ca champion for the harbour.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('`continued, "…"` is still a cue', () => {
    const text = 'Peter Lund paused. Then he continued, \u201cThe harbour comes first.\u201d';
    const [q] = quotes(text);
    assert.equal(q.cue?.text, 'continued');
  });

  it('`Lund is denouncing what he calls "…"`: the subject of a progressive verb governing the free relative', () => {
    const text = 'Ruth Okafor spoke first. Peter Lund is denouncing what he calls \u201ca rigged vote.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'Peter Lund');
  });

  it('a speakerless sentence after `…, he said.` continues that reporting clause for its fragment', () => {
    const text = 'Robert Mason studies rumours. This makes it hard to dislodge misinformation, he said. Good information can still drive out bad, but usually only when \u201cthe truth is sexier than the lie.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'he');
    assert.equal(q.speaker?.canonical, 'Robert Mason');
  });

  it('an infinitive speech verb is never inverted (`refused to say the words "…"` is not said by `the words`)', () => {
    const text = 'First, Okafor and other members on the stage refused to say the words \u201charbour tax,\u201d another moment seized upon by Lund.';
    const [q] = quotes(text);
    assert.notEqual(q.speaker?.name, 'the words');
  });

  it('a nominal after `under`/`during` is no cue subject (`any deal under her watch would demand "…"`)', () => {
    const text = 'When talk turned to the merger, Ruth Okafor declared in a heated argument that any new deal under her watch would demand not just scrutiny but \u201cabsolute secrecy.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
  });
});
