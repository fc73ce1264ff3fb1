import assert from 'node:assert/strict';
import { findQuotes } from '../../../server/src/analysis/quotes';

// Third round: every sentence here is invented for the rule it checks.
const quotes = (text: string) => findQuotes(text).quotes;
const CAST = 'Greta Lindqvist met Tomas Ekberg, Ivo Sandqvist and Maren Tollefsen at the harbour. ';

describe('quotes: third-round speaker rules', () => {
  it('a participle after a comma takes the main clause subject, past an opening adverbial', () => {
    const a = quotes(`${CAST}Hours later, Ekberg returned the favour to Lindqvist, telling reporters, \u201cWe have been friends for years.\u201d`);
    assert.equal(a[0].speaker?.canonical, 'Tomas Ekberg');
    const b = quotes(`${CAST}Lindqvist seemed ready to joke about the delay, telling the crowd, \u201cSome boats are just slow, have you noticed?\u201d`);
    assert.equal(b[0].speaker?.canonical, 'Greta Lindqvist');
    const c = quotes(`${CAST}In reply to Ekberg\u2019s plan to close the pier to tourists from the north, Sandqvist rallied the crew, saying: \u201cWe have to stop this.\u201d`);
    assert.equal(c[0].speaker?.canonical, 'Ivo Sandqvist');
  });

  it('a quote ending in a comma, ! or ? followed by a name and an unlisted past-tense verb', () => {
    const a = quotes(`${CAST}\u201cGo back to your office,\u201d Ekberg barked, and a guard walked Sandqvist out.`);
    assert.equal(a[0].speaker?.canonical, 'Tomas Ekberg');
    assert.equal(a[0].cue?.text, 'barked');
    const b = quotes(`${CAST}\u201cThis is wonderful!\u201d beamed Maren Tollefsen of Bergen, who had sneaked onto the quay.`);
    assert.equal(b[0].speaker?.canonical, 'Maren Tollefsen');
    // a full stop inside the quote: no speech tag is read from an ordinary verb
    const c = quotes(`${CAST}\u201cThe pier is closed.\u201d Ekberg walked away.`);
    assert.notEqual(c[0].cue?.text, 'walked');
  });

  it('a capitalised inverted cue opening the sentence (Said X, "\u2026" / Continued X: "\u2026")', () => {
    const a = quotes(`${CAST}Said Ivo Sandqvist, who grew up near the quay, \u201cWe were all so proud of the crew.\u201d`);
    assert.equal(a[0].speaker?.canonical, 'Ivo Sandqvist');
    const b = quotes(`${CAST}Continued Tollefsen: \u201cThe single best thing we can do is register more boats.\u201d`);
    assert.equal(b[0].speaker?.canonical, 'Maren Tollefsen');
  });

  it('a name alone before a colon speaks (headline or after a dash), with confidence below 0.6', () => {
    const a = quotes(`${CAST}FERRY TRAFFIC UP AGAIN - Maren Tollefsen: \u201cAt long last the numbers have turned.\u201d`);
    assert.equal(a[0].speaker?.canonical, 'Maren Tollefsen');
    assert.ok(a[0].confidence < 0.6);
  });

  it('`"\u2026." He added: "\u2026"` introduces the next quotation; the middle one continues the earlier cue', () => {
    const text = `${CAST}\u201cLet me be clear,\u201d Ekberg wrote. \u201cIf the timetable upsets you, that is on you.\u201d He added: \u201cI never posted that map.\u201d`;
    const r = quotes(text);
    assert.equal(r.length, 3);
    assert.equal(r[1].speaker?.name, 'Ekberg'); // not "He", which introduces the third quote
    assert.equal(r[2].speaker?.name, 'He');
    assert.equal(r[2].speaker?.canonical, 'Tomas Ekberg');
  });

  it('after a quote continued over paragraphs, the next quote takes the nearer cue mention of the same speaker', () => {
    const text = `${CAST}\n\u201cThe timetable is a mess,\u201d Lindqvist said. \u201cNobody reads it.\n\n` +
      `\u201cAnd they still think we row the boats,\u201d she said with a grin. \u201cI had never seen an oar before I came here.\u201d`;
    const r = quotes(text);
    const last = r[r.length - 1];
    const she = text.lastIndexOf('she said');
    assert.equal(last.speaker?.start, she);
    assert.equal(last.speaker?.canonical, 'Greta Lindqvist');
  });

  it('segments exclude the quotation marks, also when a stray mark ends an unbalanced quote', () => {
    for (const text of ['Ekberg said, \u201cWe see that. \u201c', 'He said: "Nothing more.', '\u201cWe are ready,\u201d she said, \u201cto sail.\u201d', "She called it ''a pier too far.''"]) {
      for (const q of quotes(text)) {
        for (const s of q.segments) {
          const words = text.slice(s.start, s.end);
          assert.ok(!/^["\u201c\u201d\u201e\u00ab\u00bb]|["\u201c\u201d\u201e\u00ab\u00bb]$/.test(words), `${JSON.stringify(words)} keeps a mark`);
          assert.ok(!/^''|''$/.test(words), `${JSON.stringify(words)} keeps a mark`);
          assert.ok(s.start >= q.start && s.end <= q.end);
        }
      }
    }
    const [q] = quotes('Ekberg said, \u201cWe see that. \u201c');
    assert.equal(q.content, 'We see that.');
  });
});
