// `corroborate eval timeml DIR`: TempEval-3 style span and value scores of the dates engine (and of plain chrono-node) on TimeML files.

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as chrono from 'chrono-node';
import { findDates } from '../../analysis/dates';
import type { TimexType } from '../../analysis/types';

export interface Timex {
  start: number;
  end: number;
  type: TimexType | string;
  value: string;
  text: string;
}

export interface TimemlDoc {
  file: string;
  /** Document creation time, YYYY-MM-DD. */
  dct: string | null;
  /** TEXT content, tags stripped, entities decoded. */
  text: string;
  gold: Timex[];
}

export interface Scores {
  spanP: number;
  spanR: number;
  spanF1: number;
  valueP: number;
  valueR: number;
  valueF1: number;
}

export interface TimemlResult {
  report: string;
  overall: Scores;
  dateTime: Scores;
  chrono: { overall: Scores; dateTime: Scores };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntity(name: string): string {
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  }
  return ENTITIES[name] ?? `&${name};`;
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) out[m[1]] = m[2].replace(/&(#?\w+);/g, (_, n: string) => decodeEntity(n));
  return out;
}

/** Parse one TimeML file: DCT, TEXT with tags stripped, and the TIMEX3 spans inside TEXT (offsets into that text). */
export function readTimeml(xml: string, file = ''): TimemlDoc {
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dctValue = dctTag ? attributes(dctTag[1]).value ?? '' : '';
  const dct = /^\d{4}-\d{2}-\d{2}/.test(dctValue) ? dctValue.slice(0, 10) : null;
  const open = xml.indexOf('<TEXT>');
  const close = xml.lastIndexOf('</TEXT>');
  const body = open >= 0 ? xml.slice(open + 6, close > open ? close : xml.length) : '';
  let text = '';
  const gold: Timex[] = [];
  const stack: { start: number; attrs: Record<string, string> }[] = [];
  const re = /<(\/?)([A-Za-z0-9_]+)([^>]*)>|&(#?\w+);|[^<&]+|[<&]/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[2]) {
      if (m[2] !== 'TIMEX3') continue;
      if (!m[1]) {
        const attrs = attributes(m[3]);
        if (m[3].trimEnd().endsWith('/')) continue;
        stack.push({ start: text.length, attrs });
      } else {
        const t = stack.pop();
        if (t) gold.push({ start: t.start, end: text.length, type: t.attrs.type ?? '', value: t.attrs.value ?? '', text: text.slice(t.start, text.length) });
      }
    } else if (m[4]) text += decodeEntity(m[4]);
    else text += m[0];
  }
  gold.sort((a, b) => a.start - b.start);
  return { file, dct, text, gold };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (name.endsWith('.tml')) out.push(p);
  }
  return out;
}

interface Counts {
  sys: number;
  gold: number;
  matched: number;
  correct: number;
}

export interface Pair {
  gold: Timex | null;
  sys: Timex | null;
}

/** One-to-one relaxed matching: each gold timex takes the first unmatched system timex that overlaps it. */
export function matchTimexes(gold: Timex[], sys: Timex[]): Pair[] {
  const used = new Set<number>();
  const pairs: Pair[] = [];
  for (const g of gold) {
    let hit = -1;
    for (let k = 0; k < sys.length; k++) {
      if (used.has(k)) continue;
      const s = sys[k];
      if (s.start < g.end && g.start < s.end) {
        hit = k;
        break;
      }
    }
    if (hit >= 0) used.add(hit);
    pairs.push({ gold: g, sys: hit >= 0 ? sys[hit] : null });
  }
  sys.forEach((s, k) => { if (!used.has(k)) pairs.push({ gold: null, sys: s }); });
  return pairs;
}

function count(pairs: Pair[], into: Counts): void {
  for (const p of pairs) {
    if (p.sys) into.sys++;
    if (p.gold) into.gold++;
    if (p.sys && p.gold) {
      into.matched++;
      if (p.sys.value.toLowerCase() === p.gold.value.toLowerCase()) into.correct++;
    }
  }
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/**
 * Span P/R/F1 with relaxed (overlap) matching, and value P/R/F1: a value is correct when a relaxed match has the gold value
 * (case-insensitive). valueP = correct/system, valueR = correct/gold, so valueF1 = value accuracy over matches × span F1
 * (the TempEval-3 attribute F1).
 */
export function scores(c: Counts): Scores {
  const spanP = c.sys ? c.matched / c.sys : 0;
  const spanR = c.gold ? c.matched / c.gold : 0;
  const valueP = c.sys ? c.correct / c.sys : 0;
  const valueR = c.gold ? c.correct / c.gold : 0;
  return { spanP, spanR, spanF1: f1(spanP, spanR), valueP, valueR, valueF1: f1(valueP, valueR) };
}

const DATE_TIME = (t: Timex): boolean => t.type === 'DATE' || t.type === 'TIME';

/** Plain chrono-node with the DCT as reference date; value from the components it knows. */
export function chronoTimexes(text: string, dct: string | null): Timex[] {
  const [y, m, d] = (dct ?? '2000-01-01').split('-').map(Number);
  const ref = new Date(y, m - 1, d, 12);
  const out: Timex[] = [];
  for (const r of chrono.parse(text, ref)) {
    const c = r.start;
    const p2 = (n: number | null) => String(n ?? 0).padStart(2, '0');
    const date = `${String(c.get('year')).padStart(4, '0')}-${p2(c.get('month'))}-${p2(c.get('day'))}`;
    let value: string;
    let type: TimexType = 'DATE';
    if (c.isCertain('hour')) {
      value = `${date}T${p2(c.get('hour'))}:${p2(c.get('minute'))}`;
      type = 'TIME';
    } else if (c.isCertain('day') || c.isCertain('weekday')) value = date;
    else if (c.isCertain('month')) value = date.slice(0, 7);
    else if (c.isCertain('year')) value = date.slice(0, 4);
    else value = date;
    out.push({ start: r.index, end: r.index + r.text.length, type, value, text: r.text });
  }
  return out;
}

/** The dates engine's expressions as timexes. */
export function engineTimexes(text: string, dct: string | null): Timex[] {
  return findDates(text, dct).map((e) => ({ start: e.start, end: e.end, type: e.type, value: e.value, text: e.text }));
}

export function loadTimeml(dir: string): TimemlDoc[] {
  return walk(dir).map((f) => readTimeml(readFileSync(f, 'utf8'), f));
}

function fmt(s: Scores): string {
  const n = (x: number) => x.toFixed(3);
  return `${n(s.spanP)}  ${n(s.spanR)}  ${n(s.spanF1)}   ${n(s.valueP)}  ${n(s.valueR)}  ${n(s.valueF1)}`;
}

/** One error line for the dump: file, kind (MISS, SPUR, VAL), gold and system type/value/text, and a window of text. */
function errorLines(doc: TimemlDoc, pairs: Pair[]): string[] {
  const lines: string[] = [];
  const clean = (s: string) => s.replace(/\s+/g, ' ');
  for (const p of pairs) {
    const kind = !p.sys ? 'MISS' : !p.gold ? 'SPUR' : p.sys.value.toLowerCase() === p.gold.value.toLowerCase() ? '' : 'VAL';
    if (!kind) continue;
    const at = (p.gold ?? p.sys) as Timex;
    const ctx = `${clean(doc.text.slice(Math.max(0, at.start - 90), at.start))}[${clean(doc.text.slice(at.start, at.end))}]${clean(doc.text.slice(at.end, at.end + 60))}`;
    const g = p.gold ? `${p.gold.type} ${p.gold.value} "${clean(p.gold.text)}"` : '-';
    const y = p.sys ? `${p.sys.type} ${p.sys.value} "${clean(p.sys.text)}"` : '-';
    lines.push([doc.file, doc.dct ?? '', kind, g, y, ctx].join('\t'));
  }
  return lines;
}

/** The first folder below dir a file sits in ("TimeBank", "AQUAINT"), or '' for files directly in dir. */
function subsetOf(dir: string, file: string): string {
  const parts = relative(dir, file).split(sep);
  return parts.length > 1 ? parts[0] : '';
}

const newCounts = () => ({ all: { sys: 0, gold: 0, matched: 0, correct: 0 }, dt: { sys: 0, gold: 0, matched: 0, correct: 0 } });

/**
 * Scores on every .tml file under dir, with one line per sub-folder when there are several. With
 * CORROBORATE_TIMEML_ERRORS=path, every engine error (MISS, SPUR, VAL) is written there as tab-separated lines.
 */
export function evalTimeml(dir: string, errorsTo: string | undefined = process.env.CORROBORATE_TIMEML_ERRORS): TimemlResult {
  const docs = loadTimeml(dir);
  const mine = newCounts();
  const base = newCounts();
  const subsets = new Map<string, ReturnType<typeof newCounts>>();
  const errors: string[] = [];
  let chars = 0;
  for (const doc of docs) {
    chars += doc.text.length;
    const subset = subsetOf(dir, doc.file);
    if (!subsets.has(subset)) subsets.set(subset, newCounts());
    const sys = engineTimexes(doc.text, doc.dct);
    const pairs = matchTimexes(doc.gold, sys);
    count(pairs, mine.all);
    count(matchTimexes(doc.gold.filter(DATE_TIME), sys.filter(DATE_TIME)), mine.dt);
    const sub = subsets.get(subset) as ReturnType<typeof newCounts>;
    count(pairs, sub.all);
    count(matchTimexes(doc.gold.filter(DATE_TIME), sys.filter(DATE_TIME)), sub.dt);
    if (errorsTo) errors.push(...errorLines(doc, pairs));
    const ch = chronoTimexes(doc.text, doc.dct);
    count(matchTimexes(doc.gold, ch), base.all);
    count(matchTimexes(doc.gold.filter(DATE_TIME), ch.filter(DATE_TIME)), base.dt);
  }
  if (errorsTo) writeFileSync(errorsTo, errors.length ? `${errors.join('\n')}\n` : '');
  const result = {
    overall: scores(mine.all),
    dateTime: scores(mine.dt),
    chrono: { overall: scores(base.all), dateTime: scores(base.dt) },
  };
  const perSubset = subsets.size > 1
    ? [...subsets].flatMap(([name, c]) => [
        `  ${name.slice(0, 10).padEnd(10)} overall     ${fmt(scores(c.all))}`,
        `  ${name.slice(0, 10).padEnd(10)} DATE+TIME   ${fmt(scores(c.dt))}`,
      ])
    : [];
  const report = [
    `TimeML: ${docs.length} files, ${mine.all.gold} gold TIMEX3 (${mine.dt.gold} DATE/TIME), ${chars} characters; DCT = publication date`,
    'Span: relaxed (overlap, one-to-one). Value: TempEval-3 attribute F1 (value accuracy over relaxed matches x span F1).',
    '                          span P  span R  span F1  value P value R value F1',
    `corroborate  overall     ${fmt(result.overall)}`,
    `corroborate  DATE+TIME   ${fmt(result.dateTime)}`,
    ...perSubset,
    `chrono-node  overall     ${fmt(result.chrono.overall)}`,
    `chrono-node  DATE+TIME   ${fmt(result.chrono.dateTime)}`,
    ...(errorsTo ? [`${errors.length} engine errors written to ${errorsTo}`] : []),
  ].join('\n');
  return { report, ...result };
}

export interface BenchResult {
  report: string;
  /** Megabytes (UTF-8) of TEXT per second, best of the rounds. */
  corroborateMBs: number;
  chronoMBs: number;
}

/** Throughput of findDates against plain chrono.parse on the same TimeML texts, rounds interleaved, best round kept. */
export function benchTimeml(dir: string, rounds = 5): BenchResult {
  const docs = loadTimeml(dir);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const best = { mine: Infinity, chrono: Infinity };
  const clock = (fn: () => void): number => {
    const t0 = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - t0) / 1e9;
  };
  for (let k = 0; k < rounds; k++) {
    best.mine = Math.min(best.mine, clock(() => docs.forEach((d) => findDates(d.text, d.dct))));
    best.chrono = Math.min(best.chrono, clock(() => docs.forEach((d) => chronoTimexes(d.text, d.dct))));
  }
  const corroborateMBs = bytes / 1e6 / best.mine;
  const chronoMBs = bytes / 1e6 / best.chrono;
  const report = `dates throughput on ${(bytes / 1e6).toFixed(2)} MB of TimeML text (best of ${rounds}): corroborate findDates ${corroborateMBs.toFixed(2)} MB/s, chrono-node parse ${chronoMBs.toFixed(2)} MB/s (${(corroborateMBs / chronoMBs).toFixed(2)}x)`;
  return { report, corroborateMBs, chronoMBs };
}
