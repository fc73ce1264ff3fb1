// Content words and a light, fast English lemmatiser for matching claims across articles.

import { boundedMemo } from './memo';
import { scanWords } from './normalize';

const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet for of to in on at by with from into onto over under about after before since until ' +
    'during through between among against without within upon than then as if that this these those there here which who ' +
    'whom whose what when where why how it its it\'s he him his she her hers they them their theirs we us our you your i me my ' +
    'is are was were be been being am do does did done has have had having will would shall should can could may might must ' +
    'not no also only just very more most much many some any all each every both either neither other such own same too ' +
    'said says say saying told tells according added adding one two three four five six seven eight nine ten ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week weeks month months year years day days ' +
    'january february march april may june july august september october november december last next early late earlier later ' +
    'mr mrs ms dr'
  ).split(' '),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

const IRREGULAR: Record<string, string> = {
  went: 'go', gone: 'go', came: 'come', took: 'take', taken: 'take', gave: 'give', given: 'give', made: 'make',
  sent: 'send', met: 'meet', held: 'hold', led: 'lead', left: 'leave', found: 'find', shot: 'shoot', flew: 'fly',
  flown: 'fly', struck: 'strike', began: 'begin', begun: 'begin', won: 'win', lost: 'lose', fell: 'fall', fallen: 'fall',
  rose: 'rise', risen: 'rise', spoke: 'speak', spoken: 'speak', wrote: 'write', written: 'write', set: 'set', shut: 'shut',
  killed: 'kill', men: 'man', women: 'woman', children: 'child', people: 'people', agreed: 'agree', closed: 'close',
  ordered: 'order', announced: 'announce', launched: 'launch', invoked: 'invoke', offered: 'offer',
};

/** A light lemma: irregular forms, then plural and verb suffixes; good enough to match "soldiers"/"soldier", "strikes"/"strike". */
export const lemma: (word: string) => string = boundedMemo(computeLemma, 50_000);


function computeLemma(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('ied') && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/(?:ches|shes|xes|sses|zes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) return undouble(w.slice(0, -3));
  if (w.endsWith('ed') && w.length > 4) return undouble(w.slice(0, -2));
  return w;
}

function undouble(stem: string): string {
  if (/([bdfgklmnprtz])\1$/.test(stem) && !/ll$/.test(stem)) return stem.slice(0, -1);
  if (/[^aeiou][aeiou][bcdfgkmnprstvz]$/.test(stem) && stem.length <= 4) return stem + 'e';
  if (/(?:at|iz|bl|ur|os|ag|iv|ac|uc)$/.test(stem)) return stem + 'e';
  return stem;
}

/** Lower-cased lemmas of the content words of a text (stopwords and numbers dropped), in order, without repeats. */
export function contentLemmas(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  // Words of the pattern \p{L}+(?:['’-]\p{L}+)*.
  scanWords(text, false, "'’-", (start, end) => {
    const lemmaOfWord = contentLemmaOf(text.slice(start, end));
    if (lemmaOfWord !== null && !seen.has(lemmaOfWord)) {
      seen.add(lemmaOfWord);
      out.push(lemmaOfWord);
    }
  });
  return out;
}

/** The lemma of a word as written, or null when it is not a content word; memoised like `lemma`. */
const contentLemmaOf = boundedMemo(computeContentLemma, 50_000);

function computeContentLemma(word: string): string | null {
  let w = word.toLowerCase();
  const last = w.length - 1;
  if (last >= 1 && w.charCodeAt(last) === 0x73 /* s */ && (w.charCodeAt(last - 1) === 0x27 || w.charCodeAt(last - 1) === 0x2019)) w = w.slice(0, -2);
  return w.length < 3 || STOPWORDS.has(w) ? null : lemma(w);
}

