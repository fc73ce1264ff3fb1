// findPublicationDate: the option, YAML front matter, or a dateline / "Published:" line in EN, FR, DE, ES or TR.

import type { AnalysisOptions, PublicationDate, Span } from '../types';
import { parseFrontMatter, type FrontMatter } from '../text/frontMatter';
import { formatDay, parseIsoDay, pad } from './calendar';
import { parseTokens } from './grammar';
import type { Parsed } from './sem';
import { tokenize } from './tokens';

interface Found {
  date: string | null;
  span: Span;
  ambiguous?: string;
}

/** Labels of publication and update lines; `dayFirst` when the language writes 05/11 as 5 November. */
const LABELS: { re: RegExp; published: boolean; dayFirst: boolean }[] = [
  { re: /^(?:first\s+)?(?:published|posted|date|dated|released)(?:\s+(?:on|at))?\s*[:\-–—]?\s*/i, published: true, dayFirst: false },
  { re: /^(?:last\s+)?(?:updated|modified)(?:\s+(?:on|at))?\s*[:\-–—]?\s*/i, published: false, dayFirst: false },
  { re: /^(?:publié|publie|date de publication)(?:\s+le)?\s*[:\-–—]?\s*/i, published: true, dayFirst: true },
  { re: /^(?:mis à jour|mis a jour|modifié|modifie)(?:\s+le)?\s*[:\-–—]?\s*/i, published: false, dayFirst: true },
  { re: /^(?:veröffentlicht|veroeffentlicht|erstellt|datum)(?:\s+am)?\s*[:\-–—]?\s*/i, published: true, dayFirst: true },
  { re: /^(?:aktualisiert|stand|zuletzt aktualisiert)(?:\s+am)?\s*[:\-–—]?\s*/i, published: false, dayFirst: true },
  { re: /^(?:publicado|fecha de publicación|fecha de publicacion|fecha)(?:\s+el)?\s*[:\-–—]?\s*/i, published: true, dayFirst: true },
  { re: /^(?:actualizado|modificado)(?:\s+el)?\s*[:\-–—]?\s*/i, published: false, dayFirst: true },
  { re: /^(?:yayınlanma tarihi|yayinlanma tarihi|yayın tarihi|yayin tarihi|oluşturulma tarihi|tarih)\s*[:\-–—]?\s*/i, published: true, dayFirst: true },
  { re: /^(?:güncelleme tarihi|guncelleme tarihi|güncellenme tarihi|son güncelleme)\s*[:\-–—]?\s*/i, published: false, dayFirst: true },
];

/** A wire-story dateline: "WASHINGTON, Nov. 26, 2015 (AP) —", "PARIS, France, 26 November 2015 -". */
const WIRE_DATELINE = /^[\s*_]*[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de .'-]{1,40}(?:,\s*[A-Z][A-Za-z.' -]{1,30})?,\s*/u;

function isFullDate(p: Parsed): boolean {
  return p.sem.k === 'date' && p.sem.y !== undefined && p.sem.d !== undefined;
}

/** The first full date in text[from, to): its YYYY-MM-DD, or null with an ambiguity note. */
function readDate(text: string, from: number, to: number, dayFirst: boolean, whole: boolean): Found | null {
  const tokens = tokenize(text, from, to);
  const parsed = parseTokens(tokens);
  const p = parsed.find(isFullDate);
  if (!p || p.sem.k !== 'date' || p.sem.y === undefined || p.sem.d === undefined) return null;
  const span = { start: tokens.start[p.first], end: tokens.end[p.last - 1] };
  // A bare date line must be little more than the date (a weekday, a time, a zone).
  if (whole && tokens.count - (p.last - p.first) > 8) return null;
  const y = p.sem.y;
  let { m, d } = p.sem;
  if (p.sem.ambiguousOrder) {
    if (!dayFirst) {
      const written = text.slice(span.start, span.end);
      return { date: null, span, ambiguous: `${written}: the day/month order cannot be told (${pad(d)}-${pad(m)} or ${pad(m)}-${pad(d)}); add a date: to the front matter` };
    }
    [m, d] = [d, m];
  }
  return { date: `${pad(y, 4)}-${pad(m)}-${pad(d)}`, span };
}

function fromFrontMatter(text: string, fm: FrontMatter | null): Found | null {
  if (!fm) return null;
  for (const key of ['date', 'published', 'updated']) {
    const value = fm.fields.get(key);
    const span = fm.valueSpans.get(key);
    if (!value || !span) continue;
    const iso = parseIsoDay(value);
    if (iso !== null) return { date: formatDay(iso), span: { start: span.start, end: span.start + 10 } };
    const found = readDate(text, span.start, span.end, false, false);
    if (found) return found;
  }
  return null;
}

/** Labelled lines anywhere ("Published: …", "Güncelleme Tarihi: …"), then bare date lines near the top or bottom. */
function fromDateline(text: string, from: number): Found | null {
  const lines: Span[] = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) lines.push({ start: m.index, end: m.index + m[0].length });
  let published: Found | null = null;
  let updated: Found | null = null;
  let ambiguous: Found | null = null;
  for (const line of lines) {
    if (line.end - line.start > 200) continue;
    const raw = text.slice(line.start, line.end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.slice(lead).replace(/^[*_#>\s]+/, '');
    const offset = line.start + (raw.length - body.length);
    for (const label of LABELS) {
      const m = label.re.exec(body);
      if (!m || m[0].length === 0 || !/[:\-–—]|\s(?:on|at|le|am|el)\s*$/i.test(m[0]) && !/\d/.test(body.slice(m[0].length, m[0].length + 1))) continue;
      const found = readDate(text, offset + m[0].length, line.end, label.dayFirst, false);
      if (!found) continue;
      if (found.date === null) ambiguous ??= found;
      else if (label.published) published ??= found;
      else updated ??= found;
      break;
    }
  }
  if (published) return published;
  if (updated) return updated;
  for (const line of lines.slice(0, 5)) {
    const wire = WIRE_DATELINE.exec(text.slice(line.start, Math.min(line.end, line.start + 120)));
    if (!wire) continue;
    const found = readDate(text, line.start + wire[0].length, Math.min(line.end, line.start + wire[0].length + 40), false, false);
    if (found?.date && found.span.start === line.start + wire[0].length) return found;
  }
  const near = [...lines.slice(0, 10), ...lines.slice(Math.max(10, lines.length - 5))];
  for (const line of near) {
    if (line.end - line.start > 80) continue;
    const found = readDate(text, line.start, line.end, false, true);
    if (found?.date) return found;
    if (found) ambiguous ??= found;
  }
  return ambiguous;
}

/** The article's publication date: options.published > front matter > dateline. */
export function findPublicationDate(text: string, options?: AnalysisOptions): PublicationDate {
  try {
    const option = options?.published ? parseIsoDay(options.published.trim()) : null;
    if (option !== null) return { date: formatDay(option), from: 'option' };
    if (typeof text !== 'string') return { date: null, from: null };
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const body = bom ? text.slice(1) : text;
    const front = parseFrontMatter(body);
    const fm = fromFrontMatter(body, front);
    const shift = (f: Found): Span => ({ start: f.span.start + bom, end: f.span.end + bom });
    if (fm?.date) return { date: fm.date, from: 'front-matter', span: shift(fm) };
    const fmEnd = front?.end ?? 0;
    const line = fromDateline(body, fmEnd);
    if (line?.date) return { date: line.date, from: 'dateline', span: shift(line) };
    const amb = fm ?? line;
    if (amb?.ambiguous) return { date: null, from: null, span: shift(amb), ambiguous: amb.ambiguous };
    return { date: null, from: null };
  } catch {
    return { date: null, from: null };
  }
}
