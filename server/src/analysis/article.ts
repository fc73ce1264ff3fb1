// One article's analysis: publication date, quotes, dates and claims, from its text and options alone.

import { findClaims } from './claims';
import { findDates, findPublicationDate } from './dates';
import { findQuotes } from './quotes';
import type { AnalysisOptions, ArticleAnalysis, PublicationDate, TextProblem } from './types';

/**
 * Articles larger than this are analysed only up to here (a clear problem says so). About 50,000 words, ten times a
 * long feature: analysis stays under a second or so, so the editor is never stuck behind one pasted dump.
 */
export const MAX_ANALYSED_CHARS = 300_000;

export function analyzeArticle(fullText: string, options: AnalysisOptions = {}): ArticleAnalysis {
  const problems: TextProblem[] = [];
  let text = fullText;
  if (text.length > MAX_ANALYSED_CHARS) {
    let cut = MAX_ANALYSED_CHARS;
    if (/[\udc00-\udfff]/.test(text[cut])) cut--;
    text = text.slice(0, cut);
    problems.push({
      kind: 'skipped',
      start: cut,
      end: cut,
      message: `Only the first ${MAX_ANALYSED_CHARS.toLocaleString('en')} characters of this ${fullText.length.toLocaleString('en')}-character article were analysed.`,
    });
  }
  const published = findPublicationDate(text, options);
  return analyzeWithDate(text, published, problems);
}

/** Re-run the date-dependent part with a publication date found elsewhere (inferred from other sources). */
export function analyzeWithDate(text: string, published: PublicationDate, problems: TextProblem[] = []): ArticleAnalysis {
  const found = findQuotes(text);
  const dates = findDates(text, published.date);
  const claims = findClaims(text, dates, found.quotes, published.span && published.from === 'dateline' ? [published.span] : []);
  problems.push(...found.problems);
  if (!published.date || published.from === 'inferred') problems.push(publicationDateProblem(text, published));
  return { published, quotes: found.quotes, dates, claims, problems };
}

function publicationDateProblem(text: string, published: PublicationDate): TextProblem {
  const at = published.span ?? { start: 0, end: Math.min(text.search(/\r?\n|$/), 200) };
  if (published.ambiguous) return { kind: 'ambiguous-date', ...at, message: published.ambiguous };
  if (published.from === 'inferred') {
    return {
      kind: 'no-publication-date',
      ...at,
      message: `No publication date in the text: relative dates were resolved with ${published.date}, ${published.note ?? 'inferred from other sources'}. Add \`date:\` front matter to confirm it.`,
    };
  }
  return {
    kind: 'no-publication-date',
    start: at.start,
    end: Math.max(at.start, at.end),
    message: 'No publication date found: relative dates ("on Thursday", "last week") stay unresolved. Add `date:` front matter or a dateline.',
  };
}
