import { generateCorpus } from './articles';
import { Corpus } from '../server/src/analysis/corpus';
import { quoteKeys } from '../server/src/analysis/corpus/keys';
const c = generateCorpus(1000);
const corpus = new Corpus();
for (const a of c) corpus.set(a.name, a.text);
const cap = corpus.commonCap();
let total = 0, quotes = 0; const big: Array<[number, string]> = [];
for (const id of corpus.ids()) { const art = corpus.get(id)!; art.quoteWords.forEach((w, i) => { const hits = new Set<string>(); for (const k of quoteKeys(w)) for (const p of corpus.quotes.lookup(k, id, cap)) hits.add(p.article+'#'+p.item); total += hits.size; quotes++; if (hits.size > 40) big.push([hits.size, w.join(' ')]); }); }
console.log('cap', cap, 'quotes', quotes, 'avg candidates', total / quotes);
const counts = new Map<string, number>(); for (const [n, q] of big) counts.set(q, n);
console.log([...counts].sort((a, b) => b[1] - a[1]).slice(0, 10));
