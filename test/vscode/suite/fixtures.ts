// What the VS Code suite expects of examples/: the passages are found by their text, never by line number,
// so the articles can be edited around them.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { exampleUri } from './util';

export const WIRE = 'coastal-wire.txt';
export const GAZETTE = 'harbour-gazette.md';
export const LEDGER = 'evening-ledger.md';

/** Quoted word for word by the wire and the gazette (and in part by the ledger). */
export const SHARED_QUOTE = 'We will not gamble with the lives of people who cross that bridge every day';
/** The wire says "last", the gazette "take". */
export const CHANGED_WORD_QUOTE = { wire: 'The repairs will last at least six weeks', gazette: 'The repairs will take at least six weeks' };
/** Given to Ingrid Solberg by the wire, to Tomas Brekke by the gazette. */
export const OTHER_SPEAKER_QUOTE = 'Lindholm will not be left to pay for this alone';
/** 15,000 vehicles in the wire, 12,000 in the gazette. */
export const NUMBER_CLAIM = { wire: '15,000 vehicles', gazette: '12,000 vehicles' };

export async function openExample(name: string, show = true): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(exampleUri(name));
  if (show) await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** The range of `text` in `doc` (its first occurrence); fails clearly when the example no longer has it. */
export function rangeOf(doc: vscode.TextDocument, text: string): vscode.Range {
  const at = doc.getText().indexOf(text);
  assert.ok(at >= 0, `examples/${doc.uri.path.split('/').pop()} no longer contains "${text}"`);
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + text.length));
}

/** A position a few characters into `text`, safely inside the quote or claim. */
export function inside(doc: vscode.TextDocument, text: string): vscode.Position {
  const r = rangeOf(doc, text);
  return doc.positionAt(doc.offsetAt(r.start) + Math.min(5, text.length - 1));
}
