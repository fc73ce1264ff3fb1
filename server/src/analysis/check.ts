// Headless cross-checking of a set of articles: every finding of every article, as the CLI and tests need it.

import { Corpus } from './corpus';
import { CrossReferencer, DEFAULT_JUDGE_OPTIONS, type JudgeOptions } from './crossref';
import type { AnalysisOptions, Finding, PublicationDate } from './types';

export interface CheckInput {
  id: string;
  text: string;
  options?: AnalysisOptions;
}

export interface CheckedArticle {
  id: string;
  published: PublicationDate;
}

export function checkArticles(inputs: CheckInput[], judge: JudgeOptions = DEFAULT_JUDGE_OPTIONS): { articles: CheckedArticle[]; findings: Finding[]; xref: CrossReferencer } {
  const corpus = new Corpus();
  for (const a of inputs) corpus.set(a.id, a.text, a.options ?? {});
  const xref = new CrossReferencer(corpus, judge);
  const articles: CheckedArticle[] = [];
  const findings: Finding[] = [];
  for (const a of inputs) {
    const analysis = xref.analysis(a.id);
    if (!analysis) continue;
    articles.push({ id: a.id, published: analysis.published });
    findings.push(...xref.judge(a.id, false));
  }
  return { articles, findings, xref };
}
