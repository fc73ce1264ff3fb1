// How a finding's quote or claim relates to each other source that has it: same words, part of them, other words, another speaker, date or number.

import { sourceLabel } from '../analysis/crossref';
import { compareDates } from '../analysis/crossref/dateCompare';
import { sameSpeaker } from '../analysis/quotes';
import { words } from '../analysis/text/normalize';
import type { ArticleAnalysis, Claim, Finding, Quote, RelatedSpan } from '../analysis/types';
import type { ArticleWorkspace } from './workspace';

export type Relation = 'agrees' | 'in-part' | 'wording' | 'speaker' | 'date' | 'number';

export interface SourceRelation {
  file: string;
  label: string;
  span: RelatedSpan;
  relation: Relation;
  /** The other source's quote, when the finding is about a quote. */
  quote?: Quote;
  claim?: Claim;
}

export function relationsOf(workspace: ArticleWorkspace, analysis: ArticleAnalysis, f: Finding): SourceRelation[] {
  const out: SourceRelation[] = [];
  for (const r of f.related) {
    const theirs = workspace.xref.analysis(r.file);
    if (!theirs) continue;
    const base = { file: r.file, label: sourceLabel(r.file), span: r };
    if (f.kind === 'quote') {
      const ours = analysis.quotes[f.index];
      const quote = theirs.quotes.find((q) => q.start === r.start && q.end === r.end);
      if (!ours || !quote) continue;
      out.push({ ...base, quote, relation: quoteRelation(ours, quote) });
    } else {
      const ours = analysis.claims[f.index];
      const claim = theirs.claims.find((c) => c.start === r.start && c.end === r.end);
      if (!ours || !claim) continue;
      out.push({ ...base, claim, relation: claimRelation(f, analysis, ours, theirs, claim) });
    }
  }
  return out;
}

function quoteRelation(ours: Quote, theirs: Quote): Relation {
  if (ours.speaker && theirs.speaker && !sameSpeaker(ours.speaker.canonical, theirs.speaker.canonical)) return 'speaker';
  const a = words(ours.content).join(' ');
  const b = words(theirs.content).join(' ');
  if (a === b) return 'agrees';
  if (a && b && (a.includes(b) || b.includes(a))) return 'in-part';
  return 'wording';
}

/** Claim conflicts are the engine's call (it weighs how surely two claims are the same event): only echo them here. */
function claimRelation(f: Finding, analysis: ArticleAnalysis, ours: Claim, theirs: ArticleAnalysis, claim: Claim): Relation {
  if (f.verdict === 'date-conflict' && ours.date != null && claim.date != null) {
    const a = analysis.dates[ours.date];
    const b = theirs.dates[claim.date];
    if (a && b && compareDates(a, b) === 'different') return 'date';
  }
  if (f.verdict === 'number-conflict') {
    for (const n of ours.numbers) if (claim.numbers.some((m) => m.unit === n.unit && m.value !== n.value)) return 'number';
  }
  return 'agrees';
}

const DIFFERS: Record<Exclude<Relation, 'agrees' | 'in-part'>, string> = {
  wording: 'wording differs',
  speaker: 'speaker differs',
  date: 'date differs',
  number: 'number differs',
};

/** "2 of 3 sources agree · speaker differs in coastal-wire.txt" */
export function relationSummary(f: Finding, relations: SourceRelation[]): string {
  if (!relations.length) return f.verdict === 'unattributed' ? 'no speaker, no other source' : 'only this source';
  const files = new Set(relations.map((r) => r.file));
  const agreeing = new Set(relations.filter((r) => r.relation === 'agrees' || r.relation === 'in-part').map((r) => r.file));
  const parts = [`${agreeing.size + 1} of ${files.size + 1} sources agree`];
  for (const kind of Object.keys(DIFFERS) as Array<keyof typeof DIFFERS>) {
    const where = [...new Set(relations.filter((r) => r.relation === kind).map((r) => r.label))];
    if (where.length) parts.push(`${DIFFERS[kind]} in ${where.join(', ')}`);
  }
  if (f.wireOf?.length) parts.push(`${[...new Set(f.wireOf.map(sourceLabel))].join(', ')}: same wire text`);
  return parts.join(' · ');
}
