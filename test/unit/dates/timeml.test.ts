import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evalTimeml, matchTimexes, readTimeml, scores, type Timex } from '../../../server/src/cli/eval/timeml';

const MINI = join(__dirname, '../../fixtures/timeml-mini');

describe('eval timeml', () => {
  it('reads the DCT, strips tags, decodes entities and keeps gold offsets into the text', () => {
    const doc = readTimeml('<DCT><TIMEX3 tid="t0" value="2015-11-26T08:00">x</TIMEX3></DCT><TEXT>A &amp; B <EVENT>met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2015-11-23">Monday</TIMEX3>.</TEXT>');
    assert.equal(doc.dct, '2015-11-26');
    assert.equal(doc.text, 'A & B met on Monday.');
    assert.deepEqual(doc.gold.map((g) => [doc.text.slice(g.start, g.end), g.type, g.value]), [['Monday', 'DATE', '2015-11-23']]);
  });

  it('matches spans one-to-one by overlap and scores values', () => {
    const t = (start: number, end: number, value: string): Timex => ({ start, end, type: 'DATE', value, text: '' });
    const gold = [t(0, 5, 'a'), t(10, 15, 'b'), t(20, 25, 'c')];
    const sys = [t(3, 8, 'A'), t(12, 13, 'x'), t(30, 35, 'z')];
    const pairs = matchTimexes(gold, sys);
    assert.equal(pairs.filter((p) => p.gold && p.sys).length, 2);
    const s = scores({ sys: 3, gold: 3, matched: 2, correct: 1 });
    assert.equal(s.spanP, 2 / 3);
    assert.equal(s.valueF1, 1 / 3);
    // value F1 = value accuracy over matches x span F1
    assert.ok(Math.abs(s.valueF1 - (1 / 2) * s.spanF1) < 1e-12);
  });

  it('scores the engine and chrono-node on a folder of TimeML files, recursively', () => {
    const r = evalTimeml(MINI);
    assert.match(r.report, /2 files, 8 gold TIMEX3 \(6 DATE\/TIME\)/);
    assert.equal(r.overall.spanR, 1);
    assert.equal(r.overall.valueR, 1);
    assert.equal(r.dateTime.valueF1, 1);
    assert.ok(r.chrono.overall.valueF1 < r.overall.valueF1);
    assert.ok(r.chrono.dateTime.spanR > 0);
  });

  it('writes every engine error as a tab-separated line when asked, and prints one line per sub-folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'timeml-errors-'));
    try {
      const file = join(dir, 'errors.tsv');
      const r = evalTimeml(MINI, file);
      const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
      assert.match(r.report, new RegExp(`${lines.length} engine errors written to`));
      for (const line of lines) {
        const cols = line.split('\t');
        assert.equal(cols.length, 6);
        assert.ok(['MISS', 'SPUR', 'VAL'].includes(cols[2]));
      }
      // All 8 gold timexes are matched, so the system ones beyond them are the spurious lines.
      const systemCount = Math.round(8 / r.overall.spanP);
      assert.equal(lines.filter((l) => l.split('\t')[2] === 'SPUR').length, systemCount - 8);
      assert.match(r.report, /\n {2}sub {8}overall/);
      assert.doesNotMatch(evalTimeml(MINI, undefined).report, /engine errors/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
