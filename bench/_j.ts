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
const target = longArticle();
corpus.set('target', target);
t = performance.now();
for (let i=0;i<5;i++){ corpus.set('target', target + ' x'+i); xref.judge('target'); }
console.log('edit+judge target x5', (performance.now()-t).toFixed(0));
t = performance.now();
console.log('neighbours', corpus.neighbours('target').size);
let k=0; for (const id of corpus.ids()) { xref.judge(id); if (++k>=200) break; }
console.log('judge 200 others', (performance.now()-t).toFixed(0));
