// The quote engine's entry point: quotations of an article with their speakers, and the speaker-name helpers.

import { parseFrontMatter } from '../text/frontMatter';
import type { Quote, TextProblem } from '../types';
import { attributeParagraph, signatureParagraph, type Attribution, type ParagraphContext } from './attribute';
import { Cast } from './entities';
import { bodyLines, pairQuotes, type RawQuote } from './pairing';
import { tokenize, type Token } from './tokens';

export { canonicalSpeakerKey, sameSpeaker } from './names';

const NO_TOKENS: Token[] = [];
const SIGNATURE_DASH = /^[-\u2013\u2014\u2015]$/;

/** Every quotation of the article with its speaker, cue and confidence; problems for unbalanced marks. */
export function findQuotes(text: string): { quotes: Quote[]; problems: TextProblem[] } {
  if (typeof text !== 'string' || !text) return { quotes: [], problems: [] };
  const bodyStart = parseFrontMatter(text)?.end ?? 0;
  const lines = bodyLines(text, bodyStart);
  const { quotes: raw, problems } = pairQuotes(text, bodyStart, lines);
  const paragraphs: Token[][] = [];
  const narrative: (Token[] | null)[] = []; // a paragraph with no quotation right before a quotation (its last sentence may introduce it)
  let prevTokens: Token[] | null = null;
  const cast = new Cast();
  let qi = 0;
  for (const line of lines) {
    while (qi < raw.length && raw[qi].end <= line.start) qi++;
    const tokens = tokenize(text, line, raw, qi);
    cast.addParagraph(tokens);
    // a paragraph without quotations only matters for attribution when it introduces the next one ("Smith said:")
    const quoted = qi < raw.length && raw[qi].start < line.end;
    const signs = tokens.length > 1 && tokens[0].kind === 'punct' && SIGNATURE_DASH.test(tokens[0].text);
    paragraphs.push(quoted || signs || tokens[tokens.length - 1]?.text === ':' ? tokens : NO_TOKENS);
    // keep a narrative paragraph's tokens only when a quoted paragraph follows it
    if (quoted && narrative.length && prevTokens && narrative[narrative.length - 1] === null) narrative[narrative.length - 1] = prevTokens;
    narrative.push(null);
    prevTokens = quoted ? null : tokens;
  }
  const found = new Map<number, Attribution>();
  const ctx: ParagraphContext = { last: null, introducer: null, paragraphs: 0 };
  for (let p = 0; p < paragraphs.length; p++) {
    const tokens = paragraphs[p];
    ctx.prevTokens = p > 0 ? narrative[p - 1] ?? undefined : undefined;
    // a quoted paragraph just before (its tokens are kept): its closing `Carter said that …` may introduce this one
    ctx.prevQuoted = p > 0 && paragraphs[p - 1] !== NO_TOKENS && !ctx.prevTokens ? paragraphs[p - 1] : undefined;
    attributeParagraph(text, tokens, raw, cast, ctx, found);
    if (p > 0 && tokens.length > 1 && SIGNATURE_DASH.test(tokens[0].text)) signatureParagraph(paragraphs[p - 1], tokens, cast, found);
  }
  return { quotes: assemble(text, raw, found), problems };
}

function assemble(text: string, raw: readonly RawQuote[], found: Map<number, Attribution>): Quote[] {
  const out: Quote[] = [];
  const absorbed = new Set<number>();
  for (let i = 0; i < raw.length; i++) {
    if (absorbed.has(i)) continue;
    const a = found.get(i) ?? { speaker: null, cue: null, confidence: 0.3, entity: null, fragment: false };
    const parts = [raw[i]];
    if (a.mergeWith !== undefined && a.mergeWith > i) {
      parts.push(raw[a.mergeWith]);
      absorbed.add(a.mergeWith);
    }
    const start = parts[0].start;
    const end = parts[parts.length - 1].end;
    const segments: { start: number; end: number }[] = [];
    let content = '';
    for (const p of parts) {
      for (const s of p.segments) {
        content += (segments.length ? ' ' : '') + text.slice(s.start, s.end);
        segments.push({ start: s.start, end: s.end });
      }
    }
    out.push({
      start,
      end,
      text: text.slice(start, end),
      content,
      segments,
      speaker: a.speaker,
      cue: a.cue,
      confidence: Math.round(Math.max(0, Math.min(1, a.confidence)) * 100) / 100,
      fragment: parts.length === 1 && a.fragment,
      ...(parts.some((p) => p.unbalanced) ? { unbalanced: true } : {}),
    });
  }
  return out;
}
