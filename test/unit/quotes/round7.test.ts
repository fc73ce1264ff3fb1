import assert from 'node:assert/strict';
import { findQuotes } from '../../../server/src/analysis/quotes';

// Seventh round: clause structure around the quotation. Every sentence here is invented for the rule it checks.
const quotes = (text: string) => findQuotes(text).quotes;

describe('quotes: seventh-round clause rules', () => {
  it('a cue inside an opening subordinate clause does not govern a quotation in the main clause', () => {
    const text = 'When Mayor Ruth Okafor announced the harbour plan in May, she called the old docks \u201ca disgrace\u201d and promised new ones.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'she');
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
    assert.notEqual(q.cue?.text, 'announced');
  });

  it('a quotation inside the opening clause keeps that clause\u2019s cue', () => {
    const text = 'When Peter Lund called the budget \u201ca fantasy,\u201d the council voted it down.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('a coordinated clause with its own subject pronoun (`, and he accused \u2026`) is the source, not the first clause\u2019s subject', () => {
    const text = 'Ingrid Solberg met Tomas Berg on Friday. Mr. Berg said on Sunday that Ms. Solberg had misled the board, and she accused him of running a campaign \u201cof rumours and half-truths.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'she');
    assert.equal(q.speaker?.canonical, 'Ingrid Solberg');
    assert.equal(q.cue?.text, 'accused');
  });

  it('`and he` without a comma also opens a coordinated clause', () => {
    const text = 'Peter Lund is the only candidate to visit every village and he has long mocked his rivals for not campaigning \u201cthe valley way.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'he');
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('a pronoun after `and` that is an object or part of a phrase is no new clause', () => {
    const text = 'Mayor Ruth Okafor said that Lund and he \u201cnever spoke about the money.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
  });

  it('an opening `Late last month,` is an adverbial, not the subject', () => {
    const text = 'Late last month, the harbour company wrote a letter to the council, calling the audit \u201cunfair and careless.\u201d';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'the harbour company');
  });

  it('a parenthetical `, however,` between the subject and its cue is skipped', () => {
    const text = 'Supporters of the ferry plan, however, say it would keep the port authority as an \u201chonest broker.\u201d';
    const [q] = quotes(text);
    assert.ok(q.speaker, 'a speaker');
    assert.match(q.speaker.name, /ferry plan|Supporters/);
  });

  it('a capitalised plural source noun opening the sentence (`Critics`, `Supporters of …`) is a nominal, not a name', () => {
    const [q] = quotes('Residents of the valley, however, say the new road is “a gift to the truckers.”');
    assert.equal(q.speaker?.via, 'nominal');
    assert.match(q.speaker?.name ?? '', /^Residents/);
    const [r] = quotes('Protesters outside the hall shouted, “Not our harbour!”');
    assert.equal(r.speaker?.via, 'nominal');
    assert.match(r.speaker?.name ?? '', /^Protesters/);
  });

  it('a capitalised singular title or surname keeps its name reading', () => {
    const [q] = quotes('“We are ready,” said Peter Lund. Lund added, “The ferry comes first.”');
    assert.equal(q.speaker?.canonical, 'Peter Lund');
    assert.equal(quotes('Mayor Ruth Okafor said, “The ferry comes first.”')[0].speaker?.via, 'name');
  });

  it('`said Sen. Name, R-State.`: the party-state tag is no name after a role phrase', () => {
    const [q] = quotes('“We will not fund the ferry,” said Sen. Marta Lindqvist, R-Ore. “Not this year.”');
    assert.equal(q.speaker?.canonical, 'Marta Lindqvist');
    assert.equal(q.cue?.text, 'said');
  });

  it('a role phrase before the comma still yields the name after it (`said the port’s chief executive, Jonas Aalto`)', () => {
    const [q] = quotes('“We will build,” said the port’s chief executive, Jonas Aalto.');
    assert.equal(q.speaker?.canonical, 'Jonas Aalto');
  });

  it('a trailing subject coordinated with `and` or followed by a prepositional phrase speaks', () => {
    const [q] = quotes('Mayor Ruth Okafor toured the depot. “We have been warning about the docks for years,” the Lagos mayor and harbour board chair said in a statement.');
    assert.equal(q.speaker?.name, 'the Lagos mayor');
    assert.equal(q.cue?.text, 'said');
    const [r] = quotes('Peter Lund spoke first. “The ferry is late again,” Ann Berg and Tomas Brekke wrote.');
    assert.equal(r.speaker?.canonical, 'Ann Berg');
    const [t] = quotes('Peter Lund paid for it. “Vote for the ferry,” a narrator in the ad says.');
    assert.equal(t.speaker?.name, 'a narrator');
  });

  it('a long clause before the cue is not read as a speaker phrase', () => {
    const [q] = quotes('“We will see,” while Maine Sen. Susan Collins waited outside the room, the clerk said.');
    assert.notEqual(q.speaker?.name, 'while Maine Sen. Susan Collins');
  });

  it('`"…," Name, 67, a retired nurse in Town, St., said`: an age, a role and a place abbreviation before the cue', () => {
    const [q] = quotes('“I just do not trust the ferry company,” Ellen Marsh, 67, a retired nurse in Salem, Ore., said in an interview.');
    assert.equal(q.speaker?.canonical, 'Ellen Marsh');
    assert.equal(q.cue?.text, 'said');
  });

  it('an appositive ending in a place abbreviation does not reach a later verb (`the club, a course in Salem, Ore., charged`)', () => {
    const [q] = quotes('Under what Mr. Lund called “the old model,” the Harbour Club, a private course near Salem, Ore., charged a large fee.');
    assert.notEqual(q.speaker?.canonical, 'Harbour Club');
  });

  it('`said Will Doyle`: a capitalised modal before a capitalised word is a first name', () => {
    const [q] = quotes('“It is an expensive model,” said Will Doyle, a professor at the harbour college.');
    assert.equal(q.speaker?.canonical, 'Will Doyle');
  });

  it('`"…," the White House said`: a run of title words ending in an institution noun is a name', () => {
    const [q] = quotes('Peter Lund visited the port. “We stand with the port workers,” the White House said in a statement.');
    assert.equal(q.speaker?.name, 'the White House');
    assert.equal(q.cue?.text, 'said');
  });

  it('`"…," he went on.` / `she shot back`: a phrasal speech verb closes the attribution', () => {
    const [q] = quotes('Peter Lund spoke for an hour. “The ferry is a lot of nonsense,” he went on.');
    assert.equal(q.speaker?.name, 'he');
    assert.equal(q.speaker?.canonical, 'Peter Lund');
    assert.equal(q.cue?.text, 'went on');
    const [r] = quotes('Ruth Okafor did not wait. “That is false!” she shot back.');
    assert.equal(r.speaker?.canonical, 'Ruth Okafor');
  });

  it('a determiner-led phrase with a prepositional phrase before a trailing cue speaks (`the pitch on the site says`)', () => {
    const [q] = quotes('The harbour trust is raising money: “Save the old ferry,” the pitch on its website says.');
    assert.equal(q.speaker?.name, 'the pitch');
  });

  it('a reporting aside in the middle of a sentence that ends normally (`"…" income, he said, rather than …`)', () => {
    const text = 'The ferry plan, Mr. Lund argued, is a fantasy. Ruth Okafor disagreed. “Most of the cost comes from trying to measure” traffic, she said, rather than from the boats.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.name, 'she');
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
    assert.equal(q.cue?.text, 'said');
  });

  it('a participle after a `when`/`where` clause with a noun-phrase subject takes that subject', () => {
    const [q] = quotes('The trouble came during a speech at the Harbour College in Salem, when ferry protesters interrupted her, shouting “no more delays!”');
    assert.equal(q.speaker?.name, 'ferry protesters');
    const [r] = quotes('Mayor Okafor spoke near the docks, where about 50 workers had gathered on Monday, chanting “no contract, no peace.”');
    assert.match(r.speaker?.name ?? '', /workers$/);
  });

  it('an absolute `with NP -ing` phrase: the noun phrase after `with` chants, not the sentence subject', () => {
    const [q] = quotes('Mayor Ruth Okafor left the stage with many dockers and drivers chanting “finish the port.”');
    assert.equal(q.speaker?.name, 'many dockers and drivers');
    const [r] = quotes('Mayor Ruth Okafor left the stage with the crowd chanting “finish the port.”');
    assert.equal(r.speaker?.name, 'the crowd');
  });

  it('`S called X’s remarks "…"`: a possessor whose speech is the object of a cue verb is not the source', () => {
    const [q] = quotes('Mayor Ruth Okafor on Tuesday called Peter Lund’s remarks about the ferry “reckless,” a rare rebuke.');
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
    const [r] = quotes('Ruth Okafor rallied the dockers with her calls to end the “harbour tax.”');
    assert.equal(r.speaker?.name, 'her');
  });

  it('a fragment inside an opening adverbial goes to the main clause, or to the adverbial’s own subject', () => {
    const [q] = quotes('In declaring Peter Lund’s plan “not serious,” the harbour mayor Ruth Okafor again showed her temper.');
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
    const [r] = quotes('After he mocked the old ferry as too “slow and rusty,” Peter Lund turned to the budget.');
    assert.equal(r.speaker?.name, 'he');
  });

  it('`The email goes on to say: "…"`: a cue word after a determiner is the subject’s noun, and the phrase speaks', () => {
    const [q] = quotes('Ruth Okafor wrote to the dockers on Monday. The email goes on to say: “The ferry will not be sold.”');
    assert.equal(q.speaker?.name, 'The email');
    const [r] = quotes('Peter Lund paid for it. The ad targets a “harbour system that rewards the insiders.”');
    assert.equal(r.speaker?.name, 'The ad');
  });

  it('a full quotation after a comma that closes a cue-less clause goes to that clause’s subject', () => {
    const [q] = quotes('Earlier this week, Ruth Okafor shared her worries with the dockers at a dinner in Salem, “I do not know which ferry will show up.”');
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
    assert.ok(q.confidence <= 0.55);
  });

  it('a quoted fragment after a comma keeps no speaker from that rule', () => {
    const [q] = quotes('The harbour, the docks, “the old sheds” and the ferry were sold.');
    assert.equal(q.speaker, null);
  });

  it('quotations joined by `and` share the cue after the last one', () => {
    const [a, b] = quotes('Ferries are “the harbour’s lifeline” and “the town’s pride,” Ruth Okafor, the mayor of Salem, told a cheering crowd.');
    assert.equal(a.speaker?.canonical, 'Ruth Okafor');
    assert.equal(b.speaker?.canonical, 'Ruth Okafor');
  });

  it('a headline `… ‘…,’ Name Tells Audience.` names the speaker before the verb and its short object', () => {
    const text = 'Ferries Are ‘The Town’s Lifeline,’ Ruth Okafor Tells Harbour Board.\n\nMayor Ruth Okafor spoke on Monday.';
    const [q] = quotes(text);
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
    assert.ok(q.confidence <= 0.5);
  });

  it('a title-case subheading further down the article is read as a headline', () => {
    const text = 'Mayor Ruth Okafor spoke on Monday.\n\nShe talked about the port for an hour.\n\nThe dockers listened.\n\nThen the board voted.\n\n' +
      '9 Ruth Okafor Explained Why She Felt “Invisible” As A Child.\n\nOkafor grew up near the docks.';
    const q = quotes(text).find((x) => x.content.startsWith('Invisible'));
    assert.equal(q?.speaker?.canonical, 'Ruth Okafor');
  });

  it('`S said that according to X, … "…"`: the outer speaker reports the whole clause', () => {
    const [q] = quotes('Ann Berg, a member of the harbour board, said Tuesday that according to its count, the ferry carried 82 percent more cars, but “we are still counting the trucks.”');
    assert.equal(q.speaker?.canonical, 'Ann Berg');
    const [r] = quotes('“We are still counting,” according to the harbour board.');
    assert.equal(r.speaker?.name, 'the harbour board');
  });

  it('a bare article or possessive is never a speaker phrase; `one` and `another` are', () => {
    const [q] = quotes('Ruth Okafor said she expects the board to announce an “increase” in the ferry budget.');
    assert.notEqual(q.speaker?.name, 'an');
    const [, r] = quotes('“Save the ferry!” read one. “Sell the ferry,” read another.');
    assert.equal(r.speaker?.name, 'another');
  });

  it('a cue-less fragment in a `who` clause of a named person is sourced by `who`, resolved to the antecedent', () => {
    const [q] = quotes('The ferry vote was close, but it was Ruth Okafor who pushed for a “grand harbour bargain” during the budget fight.');
    assert.equal(q.speaker?.name, 'who');
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
  });

  it('a `who` clause of a common noun, or `who` as an object, gives no relative source', () => {
    const [q] = quotes('Ruth Okafor praised the dockers who built the “new pier” last year.');
    assert.notEqual(q.speaker?.name, 'who');
  });

  it('`S denounced what he called the "…"`: the subject of the verb governing the free relative is the source', () => {
    const [q] = quotes('Mayor Ruth Okafor spoke on Monday. The mayor denounced what she called the “deeply cynical” plan to sell the ferry.');
    assert.equal(q.speaker?.name, 'The mayor');
    const [r] = quotes('The board is weighing what Ruth Okafor calls a “reckless” sale.');
    assert.equal(r.speaker?.canonical, 'Ruth Okafor');
  });

  it('`More from the report:` (after a dash or opening the sentence) names the source after `from`', () => {
    const [q] = quotes('The harbour counts are in - More from Ann Berg: “The ferry carried more trucks than cars.”');
    assert.equal(q.speaker?.canonical, 'Ann Berg');
    const [r] = quotes('The harbour counts are in. More from the report: “The ferry carried more trucks than cars.”');
    assert.equal(r.speaker?.name, 'the report');
  });

  it('a comma inside an opening adverbial (a lowercase word follows it) does not end the adverbial', () => {
    const [q] = quotes('In a long, late-night interview with reporter Tomas Brekke last week, Peter Lund said he would resign and added, “I am done with the ferry.”');
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('the sentence subject does not run over a verb and its object into a later name', () => {
    const [q] = quotes('Ruth Okafor threw her support behind Sen. Peter Lund (R-Ore.) on Wednesday, saying it is time for “a real harbour man in the Senate.”');
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
    const [r] = quotes('Former Oregon governor Ann Berg (D), a Lund supporter, called it “an incredible feat.”');
    assert.equal(r.speaker?.canonical, 'Ann Berg');
  });

  it('a headline `Name Endorses Name: … ‘…’` goes to the subject before the verb', () => {
    const [q] = quotes('Ruth Okafor Endorses Peter Lund: I Am ‘Thrilled’ By The Ferry Plan.\n\nRuth Okafor spoke on Monday.');
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
  });

  it('the object of a motion preposition before the cue is not its subject (`Workers marching through the streets chanted`)', () => {
    const [q] = quotes('The port stayed closed on Friday. Workers marching through the streets chanted “Open the gates!” and kept going.');
    assert.equal(q.speaker?.name, 'Workers');
  });

  it('`But even if X fails …, she can …`: `even if` opens an adverbial clause before the main clause', () => {
    const [q] = quotes('Ruth Okafor leads the harbour group. But even if Peter Lund wins the vote on the board, she can still press for a “minority report.”');
    assert.equal(q.speaker?.name, 'she');
  });

  it('a determiner-led subject with a capitalised adjective (`The Republican candidate appeared to …, saying`) is found', () => {
    const [q] = quotes('Peter Lund spoke on Monday. The Republican candidate appeared to soften his plans by saying, “I am trying to save the ferry.”');
    assert.equal(q.speaker?.name, 'The Republican candidate');
  });

  it('`Another tweeted, "…"`: a sentence-opening `Another` or `One` speaks', () => {
    const [, q] = quotes('Ann Berg tweeted, “The ferry is late.” Another tweeted, “The ferry is always late.”');
    assert.equal(q.speaker?.name, 'Another');
  });

  it('`Immediately after the vote, Lund issued a statement, "…"`: an opening -ly adverbial is skipped', () => {
    const [q] = quotes('The board met on Friday. Immediately after the vote, Peter Lund issued a statement, “Last night, the harbour lost its ferry.”');
    assert.equal(q.speaker?.canonical, 'Peter Lund');
  });

  it('the first quotation of a paragraph after a narrative sentence led by a person’s name goes to that person (low confidence)', () => {
    const [q] = quotes('Ruth Okafor touted her record as the first sponsor of the ferry bill. “We need to keep the harbour open.”');
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
    assert.ok(q.confidence <= 0.45);
  });

  it('a quote-only paragraph after a quoted paragraph that closes with `Carter said that …` is Carter’s', () => {
    const text = '“The ferry is the main worry,” Mayor Ruth Okafor said. Peter Lund said that for years some critics had predicted a closure, but it would not happen.\n\n“That is because the harbour matters more than ever.”';
    const q = quotes(text)[1];
    assert.equal(q.speaker?.canonical, 'Peter Lund');
    assert.ok(q.confidence <= 0.55);
  });

  it('`… - More from the report:` closing a paragraph introduces the next paragraph’s quotation', () => {
    const [q] = quotes('The counts were weighted to look right - More from the report:\n\n“Today many vendors weight their samples.”');
    assert.equal(q.speaker?.name, 'the report');
  });

  it('`Although …, it referenced "…"`: `it` right after an opening adverbial is the subject; an expletive `it is` is not', () => {
    const [q] = quotes('The harbour board cut its forecast. Although the board did not name the mayor, it referenced “political tensions” in the port.');
    assert.equal(q.speaker?.name, 'it');
    const [r] = quotes('The harbour board met on Monday. When the vote came, it was clear that the “ferry tax” would pass.');
    assert.notEqual(r.speaker?.name, 'it');
  });

  it('`the sign — which read "…"`: a relative pronoun after a dash is the cue’s subject', () => {
    const [q] = quotes('Peter Lund held up a sign — which read “Save the ferry” — and waved it.');
    assert.equal(q.speaker?.name, 'which');
  });

  it('a closing `, he said.` or a `, he said,` aside covers the quoted phrases before it in the running sentence', () => {
    const [q, r] = quotes('Peter Lund runs the ferry fund. Giving was “flat for about a month” as donors waited to see how a “stormy season” played out, he said.');
    assert.equal(q.speaker?.name, 'he');
    assert.equal(r.speaker?.name, 'he');
    const [a] = quotes('Peter Lund spoke. Those who spend hours “listening to harbour radio” and reading rumours on “the fringes of the web,” he said, end up in a debate that is “divorced from the docks.”');
    assert.equal(a.speaker?.canonical, 'Peter Lund');
  });

  it('a fragment inside an opening `While X, …, laid out …` clause with its own subject goes to that subject', () => {
    const [q] = quotes('The night turned sour. While Ruth Okafor, speaking for the dockers, laid out a plan for “a harbour that works for everyone,” Peter Lund sat in silence.');
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
  });

  it('an inverted unlisted verb after a quotation takes only a name (`"Fantastic!" beamed Hartley`), not its object', () => {
    const [q] = quotes('Ruth Okafor called the ferry “terrible,” trashed the budget as too small, and left.');
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
    const [r] = quotes('“Fantastic!” beamed Hartley.');
    assert.equal(r.speaker?.canonical, 'Hartley');
  });

  it('an inverted aside `, said Name, an expert …,` in the middle of the sentence attributes the fragment before it', () => {
    const [q] = quotes('Any “clear-eyed” reading of the mayor’s plan, said Tomas Brekke, an expert on ports at the harbour college, would see it as a retreat.');
    assert.equal(q.speaker?.canonical, 'Tomas Brekke');
  });

  it('a `who` clause closed by a comma before the quotation is not its source (`praising Lund, who left on Monday, as "…"`)', () => {
    const [q] = quotes('Ruth Okafor spoke in Salem. Okafor is praising Peter Lund, who left the board on Monday, as “a man who never cut corners.”');
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
  });

  it('`"…?" Lund then writes back, "…"`: a cue with a particle that runs into the next quotation introduces that one', () => {
    const [q, r] = quotes('Ruth Okafor replies to Peter Lund with, “Why now? Was that on my way to the port?” Lund then writes back, “You look tired.”');
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
    assert.equal(r.speaker?.canonical, 'Peter Lund');
  });

  it('a bare plural noun opening the main clause after an adverbial is its subject (`In the debate, candidates referred to "…"`)', () => {
    const [q] = quotes('Ferry fears took center stage. In the debate last week, candidates referred to “harbour tax” 44 times.');
    assert.equal(q.speaker?.name, 'candidates');
  });

  it('a fragment in a mid-sentence `where she …` clause goes to that pronoun', () => {
    const [q] = quotes('Ruth Okafor has not taken a predictable route. She grew up in Salem in the 1980s, where she learned to work at “making the harbour possible” before law school.');
    assert.equal(q.speaker?.name, 'she');
    assert.equal(q.speaker?.canonical, 'Ruth Okafor');
  });
});
