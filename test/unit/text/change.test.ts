import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { diffText, shiftSpan } from '../../../server/src/analysis/text/change';
import { LineIndex } from '../../../server/src/analysis/text/lines';

describe('text changes (diffText)', () => {
  it('finds the one replaced region', () => {
    const c = diffText('The minister said on Friday.', 'The prime minister said on Friday.');
    assert.deepEqual([c.start, c.oldEnd, c.newEnd], [4, 4, 10]);
  });

  it('a change inside a line keeps the later lines stable, not the rest of its own line', () => {
    const before = 'First line here.\nSecond line, edited.\nThird line.\n';
    const after = before.replace('Second', 'The second');
    const c = diffText(before, after);
    assert.equal(c.stableFrom, before.indexOf('Third'));
    assert.deepEqual(shiftSpan(c, 0, 5), { start: 0, end: 5 }, 'before the edit');
    assert.equal(shiftSpan(c, before.indexOf('edited'), before.indexOf('edited') + 6), undefined, 'later on the edited line');
    const third = after.indexOf('Third');
    assert.deepEqual(shiftSpan(c, before.indexOf('Third'), before.indexOf('Third') + 5), { start: third, end: third + 5 }, 'a later line');
  });

  it('adding or removing a line break moves every later line', () => {
    const before = 'One.\nTwo.\nThree.';
    for (const after of ['One.\n\nTwo.\nThree.', 'One. Two.\nThree.']) {
      const c = diffText(before, after);
      assert.equal(c.stableFrom, Infinity);
      assert.equal(shiftSpan(c, before.indexOf('Three'), before.length), undefined);
    }
  });

  it('a carriage return before the change may pair with a line feed: no line is taken as stable', () => {
    const c = diffText('a\r\nb\nc', 'a\rX\nb\nc');
    assert.equal(c.stableFrom, Infinity);
  });

  it('identical texts change nothing', () => {
    const c = diffText('same text', 'same text');
    assert.deepEqual([c.start, c.oldEnd, c.newEnd], [9, 9, 9]);
    assert.deepEqual(shiftSpan(c, 0, 9), { start: 0, end: 9 });
  });

  it('randomised: a span it says keeps its position has the same line and character after the edit', () => {
    const alphabet = fc.constantFrom('a', 'b', ' ', '\n', '\r', '\u201c', '\ud83d\ude00', '.');
    const text = fc.array(alphabet, { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, text, fc.nat(), fc.nat(), fc.nat(), fc.nat(), (before, insert, at, cut, s0, len) => {
        const from = before.length ? at % (before.length + 1) : 0;
        const to = Math.min(before.length, from + (cut % 4));
        const after = before.slice(0, from) + insert + before.slice(to);
        const c = diffText(before, after);
        assert.equal(before.slice(0, c.start) + after.slice(c.start, c.newEnd) + before.slice(c.oldEnd), after);
        const start = before.length ? s0 % (before.length + 1) : 0;
        const end = Math.min(before.length, start + (len % 6));
        const moved = shiftSpan(c, start, end);
        if (!moved) return;
        const a = new LineIndex(before);
        const b = new LineIndex(after);
        assert.deepEqual(b.position(moved.start), a.position(start));
        assert.deepEqual(b.position(moved.end), a.position(end));
        assert.equal(after.slice(moved.start, moved.end), before.slice(start, end));
      }),
      { numRuns: 3000 },
    );
  });
});
