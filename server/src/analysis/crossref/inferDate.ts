// A publication date for an undated article, inferred from the dated claims it shares with dated sources.

import { analyzeWithDate } from '../article';
import type { Corpus } from '../corpus';
import type { ArticleAnalysis } from '../types';
import { matchClaim } from './claimMatch';
import { weekdayOfDay } from './dateCompare';
import { sourceLabel } from './label';

/**
 * Each undated weekday claim matched to a resolved day elsewhere pins an event date; the article was published on or
 * after the latest of them, so the earliest date consistent with every match is that latest event day.
 */
export function inferPublication(corpus: Corpus, id: string): ArticleAnalysis | null {
  const article = corpus.get(id);
  if (!article || article.analysis.published.date) return null;
  const { claims, dates } = article.analysis;
  let latest: string | null = null;
  let from = '';
  for (let i = 0; i < claims.length; i++) {
    const ours = claims[i].date != null ? dates[claims[i].date!] : undefined;
    if (!ours || ours.weekday == null || /^\d{4}/.test(ours.value)) continue;
    for (const m of matchClaim(corpus, id, i)) {
      if (m.date !== 'same' || m.strength < 0.6) continue;
      const other = corpus.get(m.article)!;
      const theirs = other.analysis.claims[m.item];
      const day = theirs.date != null ? other.analysis.dates[theirs.date].value.slice(0, 10) : '';
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || weekdayOfDay(day) !== ours.weekday) continue;
      if (!latest || day > latest) {
        latest = day;
        from = m.article;
      }
      break;
    }
  }
  if (!latest) return null;
  // The re-dated analysis depends on the text and the date found only: every edit elsewhere asks again, so keep the
  // last one per article version (it goes with the version).
  const note = `dated from ${sourceLabel(from)}`;
  const known = redated.get(article);
  if (known && known.date === latest && known.note === note) return known.analysis;
  const analysis = analyzeWithDate(article.text, { date: latest, from: 'inferred', note });
  redated.set(article, { date: latest, note, analysis });
  return analysis;
}

const redated = new WeakMap<object, { date: string; note: string; analysis: ArticleAnalysis }>();
