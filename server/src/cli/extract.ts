// `corroborate extract FILE`: one article's quotes, dates and claims, as JSON or readable text.

import { analyzeArticle } from '../analysis/article';
import { readArticle } from '../workspace/files';
import { isoDay, UsageError, type ParsedArgs } from './args';

export function extractCommand(args: ParsedArgs, out: (s: string) => void): number {
  const [file, ...rest] = args.positionals;
  if (!file) throw new UsageError('extract needs a FILE');
  if (rest.length) throw new UsageError(`extract takes one FILE (got ${args.positionals.length})`);
  const published = args.flags.get('published')?.at(-1);
  const read = readArticle(file);
  if (!read.ok) throw new UsageError(`${file}: ${read.reason}`);
  const analysis = analyzeArticle(read.text, published ? { published: isoDay(published, 'published') } : {});
  const json = {
    file,
    published: analysis.published.date,
    publishedFrom: analysis.published.from,
    ...(analysis.published.ambiguous ? { publishedAmbiguous: analysis.published.ambiguous } : {}),
    quotes: analysis.quotes,
    dates: analysis.dates,
    // The contract lists a claim's numbers as strings; the spans and units go in `numberMentions`.
    claims: analysis.claims.map(({ numbers, ...claim }) => ({ ...claim, numbers: numbers.map((n) => n.value), numberMentions: numbers })),
    problems: analysis.problems,
  };
  if (args.flags.has('json')) {
    out(JSON.stringify(json, null, 2));
    return 0;
  }
  out(`${file}: published ${analysis.published.date ?? 'unknown'}${analysis.published.from ? ` (from ${analysis.published.from})` : ''}`);
  out(`\nQuotes (${analysis.quotes.length})`);
  for (const q of analysis.quotes) {
    const who = q.speaker ? `${q.speaker.canonical} [${q.speaker.via}: "${q.speaker.name}"]` : 'unattributed';
    out(`  ${q.start}-${q.end} ${who}${q.fragment ? ' (fragment)' : ''}: ${q.text.replace(/\s+/g, ' ')}`);
  }
  out(`\nDates (${analysis.dates.length})`);
  for (const d of analysis.dates) out(`  ${d.start}-${d.end} ${d.type} ${d.value}${d.mod ? ` ${d.mod}` : ''}: ${d.text}`);
  out(`\nClaims (${analysis.claims.length})`);
  for (const c of analysis.claims) {
    const date = c.date != null ? analysis.dates[c.date].value : 'undated';
    out(`  ${c.start}-${c.end} [${date}] actors: ${c.actors.join(', ') || '-'}; numbers: ${c.numbers.map((n) => `${n.value} ${n.unit}`.trim()).join(', ') || '-'}`);
  }
  for (const p of analysis.problems) out(`\n${p.kind}: ${p.message}`);
  return 0;
}
