import assert from 'node:assert/strict';
import { namedEntities } from '../../../server/src/analysis/claims/actors';
import { findNumbers } from '../../../server/src/analysis/claims/numbers';

const nums = (t: string) => findNumbers(t, { start: 0, end: t.length }).map((n) => `${n.value} ${n.unit}`.trim());

describe('numbers of a claim', () => {
  it('reads digits, thousands separators, words and their counted nouns', () => {
    assert.deepEqual(nums('The port will send 650 soldiers and 12,000 tonnes of grain.'), ['650 soldier', '12000 tonne']);
    assert.deepEqual(nums('The repairs will take six weeks.'), ['6 week']);
    assert.deepEqual(nums('after their 90-minute meeting'), ['90 minute']);
    assert.deepEqual(nums('costs rose 4.5 percent'), ['4.5 percent']);
    assert.deepEqual(nums('a $3 million grant'), ['3000000 dollar']);
  });
  it('leaves years to the dates engine', () => {
    assert.deepEqual(nums('In 2015 the bridge opened.'), []);
  });
  it('skips excluded spans', () => {
    const t = 'On March 12 the city hired 40 divers.';
    assert.deepEqual(findNumbers(t, { start: 0, end: t.length }, [{ start: 3, end: 11 }]).map((n) => n.value), ['40']);
  });
});

describe('actors of a claim', () => {
  it('keeps multi-word names with connectors and drops sentence-initial function words', () => {
    const t = 'In Berlin, Defence Minister Ursula von der Leyen met The Harbour Traders Association on Monday.';
    const names = namedEntities(t, { start: 0, end: t.length });
    assert.ok(names.includes('Berlin'));
    assert.ok(names.some((n) => n.includes('Ursula von der Leyen')));
    assert.ok(!names.includes('Monday'));
    assert.ok(!names.includes('In'));
  });
});
