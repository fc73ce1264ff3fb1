// YAML front matter at the top of a Markdown article: where it ends and its simple key: value pairs.

import type { Span } from '../types';

export interface FrontMatter extends Span {
  /** Simple scalar fields, keys lower-cased; values unquoted. Offsets of each value are in `valueSpans`. */
  fields: Map<string, string>;
  valueSpans: Map<string, Span>;
}

/** Parse `---\n…\n---` at the very start of the text (after a BOM is already removed). */
export function parseFrontMatter(text: string): FrontMatter | null {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return null;
  const closeRe = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;
  closeRe.lastIndex = open[0].length;
  const close = closeRe.exec(text);
  if (!close) return null;
  const fields = new Map<string, string>();
  const valueSpans = new Map<string, Span>();
  const lineRe = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/gm;
  const body = text.slice(0, close.index);
  lineRe.lastIndex = open[0].length;
  for (let m = lineRe.exec(body); m; m = lineRe.exec(body)) {
    let value = m[2];
    let offset = m.index + m[0].indexOf(m[2], m[1].length + 1);
    const quoted = /^(["'])(.*)\1$/.exec(value);
    if (quoted) {
      value = quoted[2];
      offset += 1;
    }
    const key = m[1].toLowerCase();
    if (!fields.has(key)) {
      fields.set(key, value);
      valueSpans.set(key, { start: offset, end: offset + value.length });
    }
  }
  return { start: 0, end: close.index + close[0].length, fields, valueSpans };
}
