// `corroborate eval basil DIR`: cross-source linking over BASIL events (one event, three outlets): recall of shared quotes, cross-event links.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../../analysis/corpus';
import { CrossReferencer } from '../../analysis/crossref';
import { normalizeForMatch } from '../../analysis/text/normalize';
import type { Finding } from '../../analysis/types';

export interface BasilArticle {
  id: string;
  event: string;
  source: string;
  date: string | null;
  text: string;
}

/** An article's text as a reader sees it: the title, then one paragraph per line pair. */
export function basilText(json: { title?: string; 'body-paragraphs'?: string[][] }): string {
  const paras = (json['body-paragraphs'] ?? []).map((p) => p.join(' ').trim()).filter(Boolean);
  return [json.title?.trim() ?? '', ...paras].filter(Boolean).join('\n\n') + '\n';
}

export function readBasil(dir: string): BasilArticle[] {
  const root = fs.existsSync(path.join(dir, 'articles')) ? path.join(dir, 'articles') : dir;
  const out: BasilArticle[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.json') && !e.name.endsWith('_ann.json')) {
        const json = JSON.parse(fs.readFileSync(p, 'utf8'));
        const event = json['triplet-uuid'] ?? e.name.replace(/_\d+\.json$/, '');
        out.push({ id: path.relative(root, p), event, source: json.source ?? '?', date: /^\d{4}-\d{2}-\d{2}$/.test(json.date ?? '') ? json.date : null, text: basilText(json) });
      }
    }
  };
  walk(root);
  return out;
}

/** Quotations of at least five words between double quote marks: the gold side, independent of the quote engine. */
export function verbatimQuotes(text: string): Array<{ start: number; end: number; words: string }> {
  const out: Array<{ start: number; end: number; words: string }> = [];
  for (const m of text.matchAll(/["\u201c]([^"\u201c\u201d\n]{10,600})["\u201d]/g)) {
    const words = normalizeForMatch(m[1]);
    if (words.split(' ').length >= 5) out.push({ start: m.index!, end: m.index! + m[0].length, words });
  }
  return out;
}

export function evalBasil(dir: string): { report: string; sharedRecall: number; crossEventRate: number; links: number } {
  const articles = readBasil(dir);
  const corpus = new Corpus();
  for (const a of articles) corpus.set(a.id, a.text, a.date ? { published: a.date } : {});
  const xref = new CrossReferencer(corpus);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const findings = new Map<string, Finding[]>();
  for (const a of articles) findings.set(a.id, xref.judge(a.id, false));

  const events = new Map<string, BasilArticle[]>();
  for (const a of articles) events.set(a.event, [...(events.get(a.event) ?? []), a]);
  let goldShared = 0;
  let linkedShared = 0;
  let links = 0;
  let crossLinks = 0;
  const verdictTotals = new Map<string, number>();
  const rows: string[] = [];
  for (const [event, members] of events) {
    let eventGold = 0;
    let eventLinked = 0;
    let multiOutletQuotes = 0;
    const verdicts = new Map<string, number>();
    for (const a of members) {
      const fs_ = findings.get(a.id)!;
      for (const f of fs_) {
        verdicts.set(f.verdict, (verdicts.get(f.verdict) ?? 0) + 1);
        verdictTotals.set(f.verdict, (verdictTotals.get(f.verdict) ?? 0) + 1);
        const others = new Set(f.related.map((r) => r.file));
        if (f.kind === 'quote' && [...others].some((o) => byId.get(o)?.event === event)) multiOutletQuotes++;
        for (const o of others) {
          links++;
          if (byId.get(o)?.event !== event) crossLinks++;
        }
      }
      const normOthers = members.filter((b) => b !== a).map((b) => ({ b, norm: normalizeForMatch(b.text) }));
      for (const q of verbatimQuotes(a.text)) {
        for (const { b, norm } of normOthers) {
          if (!norm.includes(q.words)) continue;
          eventGold++;
          const hit = fs_.some((f) => f.kind === 'quote' && f.start < q.end && f.end > q.start && f.related.some((r) => r.file === b.id));
          if (hit) eventLinked++;
        }
      }
    }
    goldShared += eventGold;
    linkedShared += eventLinked;
    const sources = members.map((m) => m.source).join('/');
    rows.push(
      `${event.slice(0, 8)}  ${sources.padEnd(16)} quotes in 2+ outlets ${String(multiOutletQuotes).padStart(3)}  shared verbatim ${eventLinked}/${eventGold}  ${[...verdicts].sort().map(([v, n]) => `${v} ${n}`).join(', ')}`,
    );
  }
  const sharedRecall = goldShared ? linkedShared / goldShared : 1;
  const crossEventRate = links ? crossLinks / links : 0;
  const report = [
    `BASIL cross-source evaluation: ${articles.length} articles, ${events.size} events`,
    '',
    ...rows,
    '',
    `verdicts: ${[...verdictTotals].sort().map(([v, n]) => `${v} ${n}`).join(', ')}`,
    `verbatim-shared quotes linked: ${linkedShared}/${goldShared} = ${(sharedRecall * 100).toFixed(1)}%`,
    `links joining different events: ${crossLinks}/${links} = ${(crossEventRate * 100).toFixed(2)}%`,
  ].join('\n');
  return { report, sharedRecall, crossEventRate, links };
}
