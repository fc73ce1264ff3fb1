import assert from 'node:assert/strict';
import { findQuotes, sameSpeaker } from '../../../server/src/analysis/quotes';

// Fourth round: clause-level subject rules. Every sentence here is invented for the rule it checks.
const quotes = (text: string) => findQuotes(text).quotes;
const CAST = 'Greta Lindqvist met Tomas Ekberg, Ivo Sandqvist and Maren Tollefsen at the harbour. ';

describe('quotes: fourth-round clause rules', () => {
  it('an inverted speaker after the cue only when the phrase closes the clause (said S: / said S,)', () => {
    // `said the ferry could be …`: the phrase after the cue is the clause's subject, not the speaker
    const a = quotes(`${CAST}Maren Tollefsen, wrapped in a yellow coat with a pattern of anchors that spelled out the name of her boat, said the ferry could be a \u201ccomplete loss\u201d if the wind turns.`);
    assert.equal(a[0].speaker?.canonical, 'Maren Tollefsen');
    const b = quotes(`${CAST}On the quay, said Ekberg: \u201cWe leave at dawn.\u201d`);
    assert.equal(b[0].speaker?.canonical, 'Tomas Ekberg');
  });

  it('told / asked never take their listener as the speaker', () => {
    const a = quotes(`${CAST}Sandqvist did not name any of his rivals, but told his crew, \u201cour harbour is in real trouble and we must act.\u201d`);
    assert.equal(a[0].speaker?.canonical, 'Ivo Sandqvist');
  });

  it('a cue word after a determiner or a possessive is a noun, not the governing verb', () => {
    const a = quotes(`${CAST}Lindqvist told the radio station on Monday that Ekberg\u2019s comments \u201cshow a clear bias.\u201d`);
    assert.equal(a[0].speaker?.canonical, 'Greta Lindqvist');
    const b = quotes(`${CAST}Tollefsen said she will win \u201cplenty of votes\u201d in her home state.`);
    assert.equal(b[0].speaker?.canonical, 'Maren Tollefsen');
  });

  it('S, [a long appositive or relative clause], cue: the clause-opening noun phrase speaks', () => {
    const a = quotes(`${CAST}Ola Hamre, 44, a ferry mechanic from the northern islands, said the repair yard was the \u201cperfect place\u201d to start.`);
    assert.equal(a[0].speaker?.canonical, 'Ola Hamre');
    const b = quotes(`${CAST}Ekberg, during a long meeting in Tromso, Norway, said he was \u201cdone with delays.\u201d`);
    assert.equal(b[0].speaker?.canonical, 'Tomas Ekberg');
    const c = quotes(`${CAST}Lena Vik, a harbour pilot who had sat on the port board for a decade before leaving over a row about dredging, said Ekberg had been misled by \u201cinsiders\u201d at the yard.`);
    assert.equal(c[0].speaker?.canonical, 'Lena Vik');
  });

  it('initials such as J.K. do not end the sentence', () => {
    const a = quotes(`${CAST}Last week, J.K. Fossum, editor of The Harbour Post, wrote, \u201cWe should think about the tides.\u201d`);
    assert.equal(a[0].speaker?.canonical, 'J.K. Fossum');
  });

  it('the outer cue past an object or `, however,` governs a that-clause (told X that he …, said, however, that he …)', () => {
    const a = quotes(`${CAST}Sandqvist declined to comment on the vote. But he told the \u201cMorning Tide\u201d programme that he agrees Ekberg is a \u201cshort-term thinker.\u201d`);
    const q = a.find((x) => x.content.startsWith('short'));
    assert.equal(q?.speaker?.name, 'he');
    assert.equal(q?.speaker?.canonical, 'Ivo Sandqvist');
    assert.equal(q?.cue?.text, 'told');
    const b = quotes(`${CAST}Ekberg said, however, that he hopes the pier will reopen \u201cwithin weeks.\u201d`);
    assert.equal(b[0].cue?.text, 'said');
    assert.equal(b[0].speaker?.canonical, 'Tomas Ekberg');
  });

  it('a participle cue inside a that-clause goes to the outer speaker mention (She said she was thinking, "…")', () => {
    const a = quotes(`${CAST}Tollefsen was pushed through the crowd. She said she was thinking, \u201cThis cannot be happening to us.\u201d`);
    assert.equal(a[0].speaker?.canonical, 'Maren Tollefsen');
    assert.equal(a[0].cue?.text, 'said');
  });

  it('a colon clause after an earlier quote takes its own subject mention (a pronoun stays the mention)', () => {
    const a = quotes(`${CAST}\u201cI back the new pier,\u201d Ekberg wrote. He then listed the qualities a harbour master needs: \u201cIt is cheap, it is safe and it is ready.\u201d`);
    assert.equal(a[1].speaker?.name, 'He');
    assert.equal(a[1].speaker?.canonical, 'Tomas Ekberg');
    assert.ok(a[1].confidence <= 0.75);
  });
});

describe('quotes: fourth-round continuation rules', () => {
  it('a quotation opening a sentence continues the reported speech of the sentence before it', () => {
    const a = quotes(`${CAST}The board may wait until spring before it votes, Sandqvist said. \u201cNobody wants to decide this in the middle of a storm.\u201d`);
    assert.equal(a[0].speaker?.canonical, 'Ivo Sandqvist');
    assert.ok(a[0].confidence < 0.6);
    // after a quote, a new clause with its own cue and subject takes over
    const b = quotes(`${CAST}\u201cWe had trouble with the old ferry,\u201d Ekberg said after meeting Lindqvist. He did not promise a new one. \u201cOur goal is to fix what we have.\u201d`);
    assert.equal(b[1].speaker?.canonical, 'Tomas Ekberg');
  });

  it('a second appositive between the speaker and a trailing cue', () => {
    const a = quotes(`${CAST}\u201cIt is a raid on our budget,\u201d Lena Vik, the harbour master of Bodo, one of the towns suing the ministry, said at a meeting.`);
    assert.equal(a[0].speaker?.canonical, 'Lena Vik');
  });

  it('a period inside a parenthetical after the speaker does not end the clause', () => {
    const a = quotes(`${CAST}\u201cIt is a signal to every skipper,\u201d Rep. Lena Vik (D-Nor.) said Friday.`);
    assert.equal(a[0].speaker?.canonical, 'Lena Vik');
    assert.equal(a[0].cue?.text, 'said');
  });
});

describe('quotes: fourth-round guards', () => {
  it('a relative clause opening the main clause is not a speaker (… event, which is on You Tube, Berg, …, says)', () => {
    const a = quotes(`${CAST}At the March event, which can be seen here on Video Hub, Tollefsen, speaking for the crew, clearly says, \u201cWe learned a lot since the storm.\u201d`);
    assert.equal(a[0].speaker?.canonical, 'Maren Tollefsen');
  });

  it('place initials before a capitalised word still end the sentence; elsewhere initials stay one token', () => {
    const a = quotes(`${CAST}The hearing was held in Albany, N.Y. Mr. Ekberg said the delay would \u201cprotect the witnesses.\u201d`);
    assert.equal(a[0].speaker?.canonical, 'Tomas Ekberg');
    const b = quotes(`${CAST}Ola Hamre, 30, of Albany, N.Y., who was among the crew, said the trip was \u201ca nightmare.\u201d`);
    assert.equal(b[0].speaker?.canonical, 'Ola Hamre');
  });
});

describe('quotes: sameSpeaker knows common short first names', () => {
  it('Mike = Michael, Bill = William, but different people stay different', () => {
    assert.equal(sameSpeaker('Mike Hamre', 'Michael Hamre'), true);
    assert.equal(sameSpeaker('Bill Norsk', 'William J. Norsk'), true);
    assert.equal(sameSpeaker('Mike Hamre', 'Maren Hamre'), false);
    assert.equal(sameSpeaker('Bill Norsk', 'Robert Norsk'), false);
  });
});
