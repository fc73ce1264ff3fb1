// The plain data the analysis core speaks: spans are UTF-16 offsets into the article text, end exclusive.

export interface Span {
  start: number;
  end: number;
}

/** How a speaker mention was tied to a person: a name, a pronoun, or a nominal like "the French leader". */
export type SpeakerVia = 'name' | 'pronoun' | 'nominal';

export interface Speaker extends Span {
  /** The mention as written next to the quote ("he", "the French leader", "Hollande"). */
  name: string;
  /** The article-wide canonical name, titles stripped ("Francois Hollande"). */
  canonical: string;
  via: SpeakerVia;
}

export interface Cue extends Span {
  text: string;
}

export interface Quote extends Span {
  /** Text of the whole span, quotation marks included. */
  text: string;
  /** The quoted words only, without the marks; split quotes joined with a space. */
  content: string;
  /** One segment per quoted stretch (split quotes have two or more); spans of the content, marks excluded. */
  segments: Span[];
  speaker: Speaker | null;
  cue: Cue | null;
  /** 0..1: how sure the attribution is. */
  confidence: number;
  /** A partial or scare quote (a few words inside reported speech), not a full quotation. */
  fragment: boolean;
  /** The closing mark was missing; the quote was recovered at the paragraph end. */
  unbalanced?: boolean;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateExpression extends Span {
  text: string;
  type: TimexType;
  /** TimeML TIMEX3 value: 2015-11-26, 2015-W48, P1M, PRESENT_REF, XXXX-XX-XX… */
  value: string;
  /** TimeML mod where one applies (START, END, MID, APPROX, BEFORE, AFTER…). */
  mod?: string;
  /** True when the value depends on the publication date (weekday, "yesterday", "last week"…). */
  relative?: boolean;
  /** Weekday named in the expression (0 = Sunday … 6 = Saturday), kept so unresolved dates can still be compared. */
  weekday?: number;
}

export type PublishedFrom = 'option' | 'front-matter' | 'dateline' | 'inferred';

export interface PublicationDate {
  /** YYYY-MM-DD, or null when unknown. */
  date: string | null;
  from: PublishedFrom | null;
  /** Where in the text the date was read (front matter or dateline line). */
  span?: Span;
  /** Set when the text had a date whose day/month order cannot be told (27/11 vs 11/27 both valid). */
  ambiguous?: string;
  /** For inferred dates: the source the date came from. */
  note?: string;
}

export interface NumberMention extends Span {
  /** The number as normalised digits ("650", "90", "1.5"). */
  value: string;
  /** Unit or counted noun, lemmatised ("soldier", "minute"), or "" when none. */
  unit: string;
  text: string;
}

export interface Claim extends Span {
  text: string;
  /** Index into ArticleAnalysis.dates, or null for a numeric claim without a date. */
  date: number | null;
  actors: string[];
  /** Content words, lower-cased and lemmatised. */
  eventWords: string[];
  numbers: NumberMention[];
}

export type ProblemKind = 'unbalanced-quote' | 'no-publication-date' | 'ambiguous-date' | 'skipped';

/** Something about the text itself an editor should be told (not a cross-source verdict). */
export interface TextProblem extends Span {
  kind: ProblemKind;
  message: string;
}

export interface AnalysisOptions {
  /** YYYY-MM-DD: overrides the date found in the text (CLI option or setting). */
  published?: string;
}

export interface ArticleAnalysis {
  published: PublicationDate;
  quotes: Quote[];
  dates: DateExpression[];
  claims: Claim[];
  problems: TextProblem[];
}

export type Verdict =
  | 'corroborated'
  | 'wording-differs'
  | 'speaker-conflict'
  | 'date-conflict'
  | 'number-conflict'
  | 'single-source'
  | 'unattributed';

export const VERDICTS: readonly Verdict[] = [
  'corroborated',
  'wording-differs',
  'speaker-conflict',
  'date-conflict',
  'number-conflict',
  'single-source',
  'unattributed',
];

export interface RelatedSpan extends Span {
  /** Article id (path or URI) of the other source. */
  file: string;
  text: string;
}

export interface Finding extends Span {
  file: string;
  kind: 'quote' | 'claim';
  /** Index into the article's quotes or claims. */
  index: number;
  verdict: Verdict;
  confidence: number;
  message: string;
  related: RelatedSpan[];
  /** Word diff against the closest other wording, when the wording differs. */
  diff?: WordDiffPart[];
  /** Set when a related source is the same wire text (counted once, not as independent corroboration). */
  wireOf?: string[];
}

export interface WordDiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}
