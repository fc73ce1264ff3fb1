import { generateCorpus, longArticle } from './articles';
import { Corpus } from '../server/src/analysis/corpus';
import { CrossReferencer } from '../server/src/analysis/crossref';
const n = Number(process.argv[2] ?? 1000);
const c = generateCorpus(n);
const corpus = new Corpus();
let t = performance.now();
for (const a of c) corpus.set(a.name, a.text);
console.log('analyse', n, (performance.now()-t).toFixed(0));
const xref = new CrossReferencer(corpus);
t = performance.now();
let f = 0, rel = 0;
for (const id of corpus.ids()) { const fs = xref.judge(id); f += fs.length; for (const x of fs) rel += x.related.length; }
console.log('judge all', (performance.now()-t).toFixed(0), 'findings', f, 'related', rel);
const target = longArticle();
t = performance.now();
for (let i=0;i<10;i++){ corpus.set('target', target + ' x'+i); xref.judge('target'); }
console.log('edit+judge target x10', (performance.now()-t).toFixed(0), 'neighbours', corpus.neighbours('target').size);
