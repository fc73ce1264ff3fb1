import assert from 'node:assert/strict';
import { canonicalSpeakerKey, findQuotes } from '../../../server/src/analysis/quotes';

// Sixth round: which cue governs the quotation. Every sentence here is invented for the rule it checks.
const quotes = (text: string) => findQuotes(text).quotes;

describe('quotes: sixth-round cue rules', () => {
  it('a quotation that closes its sentence is not attributed by the next sentence\u2019s `S noted that \u2026`', () => {
    const text = 'Mayor Ruth Okafor said the harbour plan was \u201cmoving faster than anyone expected.\u201d Councilman Tomas Berg noted that the budget had doubled.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
  });

  it('the next sentence\u2019s `He added that \u2026` does not take the quotation from the earlier cue', () => {
    const text = 'Mayor Ruth Okafor toured the depot with Peter Lund. Walking in, Lund said the drivers were \u201cready for the winter.\u201d She added that the trucks were old.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('a bare attribution after a closed quotation still attributes it (`"\u2026." Berg said as he left.`)', () => {
    const [q] = quotes('\u201cWe will vote on the harbour plan in May.\u201d Senator Tomas Berg said as he left the hall.');
    assert.equal(q.speaker?.canonical, 'Tomas Berg');
    const [r] = quotes('\u201cWe will vote in May.\u201d Senator Tomas Berg said on Tuesday.');
    assert.equal(r.speaker?.canonical, 'Tomas Berg');
  });

  it('a participle after a reporting clause shares that clause\u2019s speaker (`\u2026, Lund said, adding, "\u2026"`)', () => {
    const text = 'Mayor Ruth Okafor and the harbour board will meet next week, Peter Lund said, adding, \u201cThey need to settle the budget.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Peter Lund');
    const [r] = quotes('Mayor Ruth Okafor will sign the deal on Monday, said Peter Lund, adding \u201cthe money is already there.\u201d');
    assert.equal(r.speaker?.canonical, 'Peter Lund');
  });

  it('an opening `Of X,` is not the subject (`Of Okafor, Lund said, "\u2026"`)', () => {
    const [q] = quotes('Of Mayor Okafor, Peter Lund, who has backed her rivals, said, \u201cShe is the hardest worker in town.\u201d');
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('a passive `was asked` cue gives the asker after `by`, or no speaker, never the one asked', () => {
    const [q] = quotes('Senator Tomas Berg was asked by the moderator Ruth Okafor, \u201cWill you raise the harbour fees?\u201d');
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
    const [r] = quotes('In a radio interview, Senator Tomas Berg was asked, \u201cWill you raise the harbour fees?\u201d');
    assert.equal(r.speaker, null);
    assert.equal(r.cue?.text, 'asked');
  });

  it('a progressive `is telling` is still the subject\u2019s cue', () => {
    const [q] = quotes('Senator Tomas Berg is telling voters in Calderbay that \u201cthe harbour comes first.\u201d');
    assert.equal(q.speaker?.canonical, 'Tomas Berg');
  });

  it('NYT marks: a closing `\'\'` after an inner single quote (`\'old-school,\'\'\'`) still reaches the trailing cue', () => {
    const text = "Mayor Ruth Okafor spoke first. ''I would call it 'harbour-first,''' said Peter Lund, who chairs the port board.";
    const qs = quotes(text);
    assert.equal(qs[0].speaker?.canonical, 'Peter Lund');
  });

  it('`"\u2026" that \u2026, said S, appositive.`: a closing reporting clause with an appositive attributes the partial quote', () => {
    const text = 'Mayor Ruth Okafor is ahead. \u201cMany would call that a landslide\u201d if she won by ten points, said Peter Lund, an analyst at the Harbour Institute.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Peter Lund');
    const [r] = quotes('The board met on Monday. \u201cWe are extremely happy\u201d with the vote, said Ann Berg, executive director of the Harbour Union.');
    assert.equal(r.speaker?.canonical, 'Ann Berg');
  });

  it('`Eight years ago,` opens an adverbial: the subject after it speaks through a coordinated cue', () => {
    const text = 'Peter Lund ran the port for a decade. Eight years ago, he backed Ruth Okafor over Tomas Berg and said, \u201cThe harbour needs new blood.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'he');
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('a participle after a verb\u2019s object (`issued a statement calling for "\u2026"`) belongs to the verb\u2019s subject', () => {
    const [q] = quotes('Hours later, Mayor Ruth Okafor issued a statement calling for \u201ccalm on the harbour front.\u201d');
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
    const [r] = quotes('Peter Lund posted a message on the board reading \u201cThank you, Calderbay.\u201d');
    assert.equal(r.speaker?.canonical, 'Peter Lund');
  });

  it('`it` right before a cue is the subject (`what it calls "\u2026"`)', () => {
    const text = 'The Harbour Trust wants new rules. The group seeks the enactment of what it calls \u201csensible mooring laws.\u201d Several captains also joined.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'it');
  });

  it('a participle after a relative clause takes that clause\u2019s subject (`in which he \u2026, mocking "\u2026"`)', () => {
    const text = 'Ann Berg spoke in the morning. Peter Lund held a press event in which he continued his attack on the board, mocking its \u201cpaper harbour.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'he');
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('a capitalised title after `told` / `on` / a media possessive or next to a work noun is a title, not speech', () => {
    const qs = quotes('Mayor Ruth Okafor told \u201cHarbour Morning Live\u201d that the pier would open. Peter Lund said on CNN\u2019s \u201cState of the Port\u201d that it would not.');
    assert.equal(qs[0].speaker, null);
    assert.equal(qs[0].cue, null);
    assert.equal(qs[0].fragment, true);
    assert.equal(qs[1].speaker, null);
    const [r] = quotes('Peter Lund appeared on the show \u201cCalderbay Tonight\u201d last week.');
    assert.equal(r.speaker, null);
  });

  it('a title does not break the speech flow around it, and lower-case fragments after `told` keep their speaker', () => {
    const qs = quotes('\u201cWe will open the pier in May,\u201d Peter Lund told \u201cHarbour Morning Live\u201d on Tuesday. \u201cThe money is there.\u201d');
    assert.equal(qs[0].speaker?.canonical, 'Peter Lund');
    assert.equal(qs[1].speaker, null);
    assert.equal(qs[2].speaker?.canonical, 'Peter Lund');
    const [r] = quotes('Peter Lund said the plan was \u201ca harbour for everyone.\u201d');
    assert.equal(r.speaker?.canonical, 'Peter Lund');
  });

  it('a closed quotation is not attributed by the next sentence\u2019s `S called X a "\u2026"`', () => {
    const qs = quotes('Ann Berg called the harbour plan \u201cquite dangerous.\u201d Peter Lund, hoping to win the port vote, called Berg a \u201cprophet of doom\u201d on Tuesday.');
    assert.equal(qs[0].speaker?.canonical, 'Ann Berg');
    assert.equal(qs[1].speaker?.canonical, 'Peter Lund');
  });

  it('`S (party-state), also a \u2026, said`: the name before a parenthesis and an adverb-led appositive', () => {
    const [q] = quotes('Mayor Ruth Okafor left early. Sen. Peter Lund (D-Calder), also a harbour commissioner, called the plan \u201cabhorrent\u201d on Sunday.');
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('noun-like cue words after an adjective are nouns (`a separate email exchange`, `her recovered emails`)', () => {
    const [q] = quotes('In a separate email exchange, Peter Lund passed along a request for \u201ca favor\u201d from a donor.');
    assert.notEqual(q.speaker?.name, 'a separate');
    const [r] = quotes('Ruth Okafor tweeted on Monday. She later emailed \u201cwe are done\u201d to the board.');
    assert.equal(r.speaker?.canonical, 'Ruth Okafor');
  });

  it('`"\u2026," Mr. Lund of the Harbour Trust said`: an `of the` phrase after a name stays in the speaker phrase', () => {
    const [q] = quotes('Mayor Ruth Okafor spoke first.\n\n\u201cIt was the least bad outcome,\u201d Mr. Lund of the Harbour Trust said.');
    assert.equal(q.speaker?.canonical, 'Lund');
    assert.equal(q.cue?.text, 'said');
  });

  it('after an honorific a title-like surname is a name (`Mr. King, 82, told me`)', () => {
    const [q] = quotes('\u201cI have never been edited,\u201d Mr. King, 82, told me.');
    assert.equal(q.speaker?.via, 'name');
    assert.equal(q.speaker?.canonical, 'King');
  });

  it('a party-state tag\u2019s period before a comma does not end the sentence (`Ann Berg, R-Cal., said`)', () => {
    const [q] = quotes('\u201cThe veto will be overridden,\u201d Senate Majority Leader Ann Berg, R-Cal., said Tuesday.');
    assert.equal(q.speaker?.canonical, 'Ann Berg');
  });

  it('a signature paragraph (`- Ann Berg.`) under a quotation paragraph signs it', () => {
    const text = 'Peter Lund spoke about the port. \u201cWe will build it,\u201d Lund said.\n\n\u201cThe harbour belongs to everyone in Calderbay.\u201d\n\n- Ann Berg.\n\nThe vote is in May.';
    const qs = quotes(text);
    assert.equal(qs[0].speaker?.canonical, 'Peter Lund');
    assert.equal(qs[1].speaker?.canonical, 'Ann Berg');
  });

  it('a dash paragraph that is no name, or a quotation with its own cue, is left alone', () => {
    const qs = quotes('\u201cThe harbour belongs to everyone,\u201d Peter Lund said.\n\n- Ann Berg.');
    assert.equal(qs[0].speaker?.canonical, 'Peter Lund');
    const rs = quotes('Peter Lund spoke. \u201cWe will build it,\u201d Lund said.\n\n\u201cThe harbour belongs to everyone.\u201d\n\n- and then the vote came.');
    assert.equal(rs[1].speaker?.canonical, 'Peter Lund');
  });

  it('after `?` or `!` a following `S verb <object>` still attributes the quotation (`"How?" Lund asked the crowd.`)', () => {
    const [q] = quotes('Ann Berg left early. \u201cHow do you pay for a harbour like that?\u201d Peter Lund asked the crowd in Calderbay.');
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('a quotation opening a sentence after a subjectless cue takes that sentence\u2019s subject (`\u2026 by saying he would serve if asked. "\u2026"`)', () => {
    const text = 'Peter Lund distanced himself from the protest by saying he would serve on the board if asked. \u201cI am going to support the harbour plan.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('a demonstrative or possessive nominal before a trailing cue speaks (`"\u2026," my father often said`)', () => {
    const [q] = quotes('\u201cWe live in a harbour town,\u201d my father often said.');
    assert.equal(q.speaker?.name, 'my father');
  });

  it('an opening participle clause is skipped to find the subject of a cue-less fragment (`Reading from a text, S \u2026 "\u2026"`)', () => {
    const [q] = quotes('Mayor Ruth Okafor arrived late. Reading from a prepared text, Peter Lund repeatedly mangled the name of the group \u201cHarbour Furst\u201d as if it were a dish.');
    assert.equal(q.speaker?.canonical, 'Peter Lund');
    const [r] = quotes('Ann Berg spoke first. Reached by phone, Peter Lund brushed off the story because he was \u201ctaking a day off.\u201d');
    assert.equal(r.speaker?.canonical, 'Peter Lund');
  });

  it('a lone opening adverb (`Then he cut into Berg, calling her "\u2026"`) is not an adverbial clause up to the comma', () => {
    const [q] = quotes('Peter Lund attacked the board. Then he cut into Ann Berg, calling her a \u201charbour snob.\u201d');
    assert.equal(q.speaker?.name, 'he');
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('a possessor before a speech noun sources a cue-less fragment (`\u2026 with his calls to end the "\u2026"`)', () => {
    const text = 'Mayor Ruth Okafor spoke first. Peter Lund, who has led the port for years, won over the dockers with his calls to end the \u201crigged harbour.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'his');
    assert.equal(q.speaker?.canonical, 'Peter Lund');
    const [r] = quotes('The crowd winced at Ann Berg\u2019s mangling of \u201cCalderbay\u201d during the tour.');
    assert.equal(r.speaker?.canonical, 'Ann Berg');
  });

  it('a quotation that is the predicate after a possessed noun is not that possessor\u2019s (`Lund\u2019s comments "are wrong"`)', () => {
    const [q] = quotes('The town said Peter Lund\u2019s comments \u201care based on opinion\u201d and invited him.');
    assert.notEqual(q.speaker?.name, 'Peter Lund\u2019s');
  });

  it('noun forms of cue words after an adjective, `of` or a numeral are nouns (`at one point`, `secretary of state`, `phone call`)', () => {
    const [q] = quotes('Peter Lund kept interrupting. At one point, Ann Berg told him to \u201cbreathe, breathe.\u201d');
    assert.equal(q.speaker?.canonical, 'Ann Berg');
    const [r] = quotes('Ann Berg said that in her economically depressed state, \u201cthere is a lot of pessimism.\u201d');
    assert.equal(r.speaker?.canonical, 'Ann Berg');
    const [t] = quotes('Critics call the pier a \u201cwhite elephant.\u201d');
    assert.equal(t.speaker?.name, 'Critics');
  });

  it('`in the past`, `at the time`, `two weeks ago` between a subject and its cue are skipped', () => {
    const [q] = quotes('Ann Berg, who has in the past described the pier as \u201ca white elephant,\u201d voted for it.');
    assert.notEqual(q.speaker?.name, 'the past');
    const [r] = quotes('Ann Berg two weeks ago said for the first time that \u201cnew money\u201d had arrived.');
    assert.equal(r.speaker?.name, 'Ann Berg');
  });

  it('a title-case headline quote goes to its opening subject when the article names that person', () => {
    const text = 'Lund Begs Harbour Board Not To \u2018Panic\u2019.\n\nPeter Lund spoke to the harbour board on Monday about the pier.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Peter Lund');
    assert.ok(q.confidence <= 0.5);
  });

  it('a title-case headline ending in `, NAME Says` goes to that name', () => {
    const text = 'Pier Plan Is \u2018A White Elephant,\u2019 Ann Berg Says.\n\nThe harbour board met on Monday.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Ann Berg');
  });

  it('a short opening paragraph in sentence case is not read as a title-case headline', () => {
    const text = 'Ann Berg said Peter Lund was \u201ca builder.\u201d Tomas Brekke called Berg a \u201cdreamer.\u201d\n\nPeter Lund spoke later.';
    const qs = quotes(text);
    assert.equal(qs[1].speaker?.canonical, 'Tomas Brekke');
  });

  it('a coordinator before an opening adverbial clause (`And although he \u2026, he \u2026, saying "\u2026"`) still reaches the main clause', () => {
    const text = 'Peter Lund spoke last. Ann Berg was there too. And although Berg thanked the dockers for their support, Lund sounded a rare note of doubt, saying, \u201cI am not sure I deserve it.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('an unlisted speech verb after an open quotation may take a time or place adjunct (`"\u2026," Lund fumed on Tuesday.`)', () => {
    const [q] = quotes('Ann Berg voted no. \u201cIf they were serious, they would talk to us,\u201d Peter Lund fumed on Tuesday.');
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('`said the 46-year-old`: an age nominal after an inverted cue speaks', () => {
    const [q] = quotes('Ann Berg spoke last. \u201cThe harbour is my home,\u201d said the 46-year-old.');
    assert.equal(q.speaker?.name, 'the 46-year-old');
  });

  it('`"\u2026," the Trust\u2019s chief executive, Ann Berg, told reporters`: the name after a role phrase', () => {
    const [q] = quotes('Peter Lund left. \u201cWe looked at every pier in the bay,\u201d Harbour Trust\u2019s chief executive, Ann Berg, told reporters in May.');
    assert.equal(q.speaker?.canonical, 'Ann Berg');
  });

  it('`\u2026 "\u2026." She adds, "\u2026"`: a cue that opens the next sentence and runs into a quotation introduces that one', () => {
    const text = 'Peter Lund spoke first. Ann Berg says the pier is \u201ca promise nobody kept.\u201d Lund adds, \u201cWe will build it anyway.\u201d';
    const qs = quotes(text);
    assert.equal(qs[0].speaker?.canonical, 'Ann Berg');
    assert.equal(qs[1].speaker?.canonical, 'Peter Lund');
  });

  it('`As S puts it, \u2026 "\u2026"`: an opening as-clause attributes the quotation in the main clause', () => {
    const [q] = quotes('The vote is close. As the Herald\u2019s Ann Berg puts it, Peter Lund is trying to make the board \u201can offer it cannot refuse.\u201d');
    assert.equal(q.speaker?.canonical, 'Ann Berg');
  });

  it('an opening as-clause yields to a cue between it and the quotation', () => {
    const [q] = quotes('As Ann Berg reported, Peter Lund said the pier was \u201cnearly done.\u201d');
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('`role, Name, called "\u2026"` inside a relative clause: the name set off by commas speaks', () => {
    const [q] = quotes('The board fined the port, which Harbour Trust\u2019s chief executive, Ann Berg, called \u201ctotal political theatre\u201d on Monday.');
    assert.equal(q.speaker?.canonical, 'Ann Berg');
  });

  it('a reporting clause set off by commas later in the sentence (`\u2026, she said, referencing "\u2026"`) attributes the quotation', () => {
    const text = '\u201cThis is wrong,\u201d Peter Lund said. \u201cYou squeezed the dockers\u201d to raise the fees, she said, referencing the \u201charbour tax.\u201d';
    const qs = quotes(text);
    assert.equal(qs[1].speaker?.name, 'she');
  });

  it('a capitalised cue word inside a name (`Ohio State University professor Paul Beck`) does not cut the speaker phrase', () => {
    const [q] = quotes('Ann Berg \u201cdid well with dockers\u201d in the last vote, said Calder State University professor Peter Lund.');
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('`Secretary of State Ann Berg`: an `of` office inside a title is stripped from the name and its key', () => {
    const [q] = quotes('\u201cThe harbour is open,\u201d said Former Secretary of State Ann Berg.');
    assert.equal(q.speaker?.canonical, 'Ann Berg');
    assert.equal(canonicalSpeakerKey('Minister of Defence Ana Ruiz'), 'ana ruiz');
    assert.equal(canonicalSpeakerKey('Angela Merkel of Germany'), 'angela merkel of germany');
  });

  it('a paragraph ending `S then listed \u2026:` introduces the next paragraph\u2019s quotation with its subject', () => {
    const text = '\u201cI back the pier,\u201d Ann Berg wrote.\n\nPeter Lund then listed the qualities a harbour master needs:\n\n\u201cHonesty, patience and a boat.\u201d';
    const qs = quotes(text);
    assert.equal(qs[1].speaker?.canonical, 'Peter Lund');
    assert.ok(qs[1].confidence <= 0.55);
  });

  it('a cue-less fragment in a new sentence takes that sentence\u2019s own subject, not the previous quotation\u2019s mention', () => {
    const text = 'Peter Lund called the attack \u201ca crime against the town,\u201d he said. He offered \u201cmy thoughts to the families.\u201d';
    const qs = quotes(text);
    assert.equal(qs[1].speaker?.name, 'He');
    assert.equal(qs[1].speaker?.canonical, 'Peter Lund');
  });

  it('a quote-only paragraph after a narrative paragraph takes the subject of its last sentence (no earlier speaker)', () => {
    const text = 'The harbour vote is on Monday.\n\nPeter Lund, a presidential hopeful, wants fewer rules for the port.\n\n\u201cIt might surprise you, but the rules drive every price up.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Peter Lund');
    assert.ok(q.confidence <= 0.55);
  });

  it('the sentence subject is found past a parenthesis and a second aside (`Lund (D-Cal.), in particular, has been \u2026 "\u2026"`)', () => {
    const [q] = quotes('Harbour leader Peter Lund (D-Cal.), in particular, has been steadily pounding Ann Berg as a \u201cpier profiteer\u201d since May.');
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('a paragraph that is only a colon or a dash before a quotation does not throw and gives no invented speaker', () => {
    for (const text of ['Peter Lund spoke.\n\n:\n\n\u201cWe will build it.\u201d', ':\n\u201cWe will build it.\u201d', '\u201cWe will build it.\u201d\n\n-\n\n:', 'He then listed:\n:\n\u201cA.\u201d']) {
      const qs = quotes(text);
      assert.ok(qs.length >= 1);
      for (const q of qs) assert.ok(q.start >= 0 && q.end <= text.length);
    }
  });

  it('a quote-only paragraph after `S said that \u2026.` (indirect speech) continues S, not the previous quotation\u2019s speaker', () => {
    const text = '\u201cThe port is safe,\u201d Ann Berg said.\n\nPeter Lund said that critics had predicted the pier would fail for years.\n\n\u201cThat is because the harbour matters to all of us.\u201d';
    const qs = quotes(text);
    assert.equal(qs[0].speaker?.canonical, 'Ann Berg');
    assert.equal(qs[1].speaker?.canonical, 'Peter Lund');
  });
});
