import assert from 'node:assert/strict';
import { checkArticles } from '../../../server/src/analysis/check';
import type { Finding } from '../../../server/src/analysis/types';

const dated = (date: string, body: string) => `---\ndate: ${date}\n---\n\n${body}\n`;

function findingAt(findings: Finding[], file: string, text: string, inputs: Record<string, string>): Finding {
  const t = inputs[file];
  const at = t.indexOf(text);
  assert.ok(at >= 0, `fixture text not found: ${text}`);
  const f = findings.find((x) => x.file === file && x.start <= at && x.end >= at + Math.min(text.length, 5));
  assert.ok(f, `no finding at "${text}" in ${file}: ${JSON.stringify(findings.filter((x) => x.file === file).map((x) => [x.verdict, inputs[file].slice(x.start, x.end)]))}`);
  return f;
}

function run(inputs: Record<string, string>) {
  const { findings } = checkArticles(Object.entries(inputs).map(([id, text]) => ({ id, text })));
  return { findings, at: (file: string, text: string) => findingAt(findings, file, text, inputs) };
}

describe('cross-source verdicts', () => {
  const gazette = dated(
    '2026-03-12',
    [
      'Lindholm Mayor Elena Vasquez on Wednesday ordered the Old Harbour Bridge closed after engineers found cracks.',
      '“We will not gamble with the lives of people who cross that bridge every day,” Vasquez told reporters.',
      '“The repairs will take at least six weeks,” she said.',
      'Transport Minister Tomas Brekke said the state would help. “Lindholm will not be left to pay for this alone,” Brekke said.',
      'About 12,000 vehicles cross the bridge every day, the city said.',
      'Ferry operator Nordline said it would add extra crossings starting Monday.',
      '“The quay has never been this quiet,” said harbour master Pia Holm.',
    ].join('\n\n'),
  );
  const wire = dated(
    '2026-03-12',
    [
      'The city of Lindholm shut the Old Harbour Bridge on Wednesday after inspectors found cracks, Mayor Elena Vasquez said.',
      '"We will not gamble with the lives of people who cross that bridge every day," Vasquez said.',
      '"The repairs will last at least six weeks," the mayor added.',
      '"Lindholm will not be left to pay for this alone," said Finance Minister Ingrid Solberg.',
      'Roughly 15,000 vehicles cross the bridge every day, the city said.',
      'Ferry operator Nordline said it would add extra crossings starting Tuesday.',
    ].join('\n\n'),
  );
  const inputs = { 'gazette.md': gazette, 'wire.md': wire };
  const { at } = run(inputs);

  it('corroborates a quote shared word for word, in both articles, with the other span related', () => {
    const a = at('gazette.md', 'We will not gamble');
    const b = at('wire.md', 'We will not gamble');
    assert.equal(a.verdict, 'corroborated');
    assert.equal(b.verdict, 'corroborated');
    assert.equal(a.related[0].file, 'wire.md');
    assert.equal(wire.slice(a.related[0].start, a.related[0].end), b.related.length ? wire.slice(b.start, b.end) : '');
  });
  it('reports a changed word as wording-differs with a word diff', () => {
    const a = at('gazette.md', 'The repairs will take');
    assert.equal(a.verdict, 'wording-differs');
    assert.ok(a.diff?.some((p) => p.removed && /take/.test(p.value)));
    assert.ok(a.diff?.some((p) => p.added && /last/.test(p.value)));
    assert.match(a.message, /"take" → "last"/);
    assert.equal(at('wire.md', 'The repairs will last').verdict, 'wording-differs');
  });
  it('reports a quote given to different speakers on both sides', () => {
    const a = at('gazette.md', 'Lindholm will not be left');
    const b = at('wire.md', 'Lindholm will not be left');
    assert.equal(a.verdict, 'speaker-conflict');
    assert.equal(b.verdict, 'speaker-conflict');
    assert.match(a.message, /Tomas Brekke/);
    assert.match(a.message, /Ingrid Solberg/);
  });
  it('reports a claim put on different days', () => {
    const a = at('gazette.md', 'Ferry operator Nordline');
    assert.equal(a.verdict, 'date-conflict');
    assert.match(a.message, /2026-03-16/);
    assert.match(a.message, /2026-03-17/);
    assert.equal(at('wire.md', 'Ferry operator Nordline').verdict, 'date-conflict');
  });
  it('reports a number that differs', () => {
    const a = at('gazette.md', 'About 12,000 vehicles');
    assert.equal(a.verdict, 'number-conflict');
    assert.match(a.message, /12,000/);
    assert.match(a.message, /15,000/);
  });
  it('corroborates a dated claim reported on the same day', () => {
    assert.equal(at('gazette.md', 'Lindholm Mayor Elena Vasquez on Wednesday').verdict, 'corroborated');
  });
  it('calls an unshared quote single-source', () => {
    const a = at('gazette.md', 'The quay has never');
    assert.equal(a.verdict, 'single-source');
    assert.deepEqual(a.related, []);
  });
  it('calls a quote with no speaker and no match unattributed', () => {
    const { at: at2 } = run({ 'x.md': dated('2026-03-12', 'Some residents were angry.\n\n"Nobody warned us about the cracks in time."') });
    assert.equal(at2('x.md', 'Nobody warned').verdict, 'unattributed');
  });
});

describe('fragments and possible matches', () => {
  it('corroborates a partial quote found inside the full one', () => {
    const { at } = run({
      'a.md': dated('2026-03-12', '"We will not gamble with the lives of people who cross that bridge every day," Mayor Elena Vasquez said.'),
      'b.md': dated('2026-03-13', 'Mayor Elena Vasquez said the city would "not gamble with the lives" of commuters.'),
    });
    const f = at('b.md', 'not gamble with the lives');
    assert.equal(f.verdict, 'corroborated');
    assert.match(f.message, /in part/);
  });
  it('never corroborates on shared content words alone', () => {
    const { at } = run({
      'a.md': dated('2026-03-12', '"The bridge must reopen before the summer season starts," Mayor Elena Vasquez said.'),
      'b.md': dated('2026-03-12', '"Summer will start without our bridge, and the season is lost," said trader Marta Lind.'),
    });
    assert.equal(at('a.md', 'The bridge must').verdict, 'single-source');
  });
  it('mentions a looser possible match without counting it', () => {
    const { at } = run({
      'a.md': dated('2026-03-12', '"We will reopen the old bridge before the summer season," Mayor Elena Vasquez said.'),
      'b.md': dated('2026-03-12', '"The old bridge will not reopen before the summer, we fear," said trader Marta Lind.'),
    });
    const f = at('a.md', 'We will reopen');
    assert.equal(f.verdict, 'single-source');
    assert.match(f.message, /possible match in b\.md/);
    assert.deepEqual(f.related, []);
  });
  it('links one-word quotes only when both sides name the same speaker', () => {
    const { at } = run({
      'a.md': dated('2026-03-12', 'Vasquez dismissed the report as "rubbish", the mayor said on Monday in Lindholm.'),
      'b.md': dated('2026-03-12', 'A critic of the plan called it "rubbish" at a meeting of the Oslo rowing club, Tor Lie said.'),
    });
    assert.equal(at('b.md', 'rubbish').related.length, 0);
  });
  it('does not link a stock phrase between articles published years apart, but does within the same year', () => {
    const campaign = '"I am running for mayor of this city because the harbour deserves better," Rune Dahl said.';
    const later = (date: string) => dated(date, 'Announcing her bid, Kari Moen said: "I am running for mayor of this city."');
    const apart = run({ 'a.md': dated('2022-05-02', campaign), 'b.md': later('2025-04-20') });
    assert.equal(apart.at('b.md', 'I am running').verdict, 'single-source');
    assert.equal(apart.at('a.md', 'I am running').related.length, 0);
    const close = run({ 'a.md': dated('2025-03-02', campaign), 'b.md': later('2025-04-20') });
    assert.equal(close.at('b.md', 'I am running').verdict, 'speaker-conflict');
  });
  it('still links the same full quotation repeated years later', () => {
    const quote = '"The harbour will never close while I am mayor," Rune Dahl said.';
    const { at } = run({ 'a.md': dated('2019-06-01', quote), 'b.md': dated('2024-06-01', `The campaign video opens with the line.\n\n${quote}`) });
    assert.equal(at('b.md', 'The harbour will').verdict, 'corroborated');
  });
});

describe('publication date inferred from other sources', () => {
  it('dates an undated article from the dated claims it shares', () => {
    const { findings, xref } = checkArticles([
      { id: 'dated.md', text: dated('2026-03-13', 'Ferry operator Nordline on Thursday added three extra crossings between Lindholm and Stavik for commuters.') },
      { id: 'undated.txt', text: 'Ferry operator Nordline on Thursday added three extra crossings between Lindholm and Stavik for commuters.\n' },
    ]);
    const f = findings.find((x) => x.file === 'undated.txt' && x.kind === 'claim')!;
    assert.equal(f.verdict, 'corroborated');
    assert.match(f.message, /dated from dated\.md/);
    assert.match(f.message, /2026-03-12/);
    const analysis = xref.analysis('undated.txt')!;
    assert.deepEqual([analysis.published.date, analysis.published.from], ['2026-03-12', 'inferred']);
    const problem = analysis.problems.find((p) => p.kind === 'no-publication-date');
    assert.match(problem!.message, /resolved with 2026-03-12, dated from dated\.md/);
  });
});

describe('wire copies', () => {
  it('says "same wire text" instead of independent corroboration', () => {
    const body = [
      'The city of Lindholm shut the Old Harbour Bridge on Wednesday after inspectors found cracks in two steel supports, officials said.',
      '"We will not gamble with the lives of people who cross that bridge every day," Mayor Elena Vasquez said at City Hall.',
      'Ferry operator Nordline said it would add extra crossings, and the port authority promised more buses for commuters during the closure.',
    ].join('\n\n');
    const { findings } = checkArticles([
      { id: 'agency.md', text: dated('2026-03-12', body) },
      { id: 'reprint.md', text: dated('2026-03-12', body + '\n\nThis story was provided by an agency.') },
    ]);
    const q = findings.find((x) => x.file === 'reprint.md' && x.kind === 'quote')!;
    assert.equal(q.verdict, 'corroborated');
    assert.match(q.message, /Same wire text as agency\.md/);
    assert.deepEqual(q.wireOf, ['agency.md']);
  });
});
