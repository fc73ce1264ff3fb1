// Test helper: the first expression whose text contains a needle, from findDates on one sentence.

import assert from 'node:assert/strict';
import { findDates } from '../../../server/src/analysis/dates';
import type { DateExpression } from '../../../server/src/analysis/types';

export function dateIn(text: string, needle: string, published: string | null = '2015-11-26'): DateExpression {
  const all = findDates(text, published);
  const hit = all.find((d) => d.text.includes(needle) || needle.includes(d.text) && d.text.length > 2);
  assert.ok(hit, `no expression for "${needle}" in: ${JSON.stringify(all.map((d) => d.text))}`);
  return hit;
}

/** Value of the expression covering `needle` (2015-11-26 is a Thursday). */
export function valueOf(text: string, needle: string, published: string | null = '2015-11-26'): string {
  return dateIn(text, needle, published).value;
}
