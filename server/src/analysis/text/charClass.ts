// Unicode classes of the character at a string index (letter, upper case, mark, digit, space), cached per code point.

export const UPPER = 1;
export const LETTER = 2;
export const MARK = 4;
export const SPACE = 8;
export const DIGIT = 16;
/** The character is a surrogate pair: it takes two code units. */
export const PAIR = 32;
const KNOWN = 128;

const bmpClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

function classify(ch: string): number {
  return (
    (/^\p{Lu}$/u.test(ch) ? UPPER : 0) |
    (/^\p{L}$/u.test(ch) ? LETTER : 0) |
    (/^\p{M}$/u.test(ch) ? MARK : 0) |
    (/^\s$/u.test(ch) ? SPACE : 0) |
    (/^\p{N}$/u.test(ch) ? DIGIT : 0)
  );
}

/** Class bits of the code point at i; a lone surrogate has none. */
export function charClass(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let known = astralClasses.get(cp);
      if (known === undefined) {
        known = classify(String.fromCodePoint(cp)) | PAIR;
        if (astralClasses.size < 10_000) astralClasses.set(cp, known);
      }
      return known;
    }
  }
  let k = bmpClasses[c];
  if (!k) bmpClasses[c] = k = classify(String.fromCharCode(c)) | KNOWN;
  return k;
}

/** Length in code units of the character at i when it has any of the `wanted` classes, else 0. */
export function lengthIf(s: string, i: number, wanted: number): number {
  const k = charClass(s, i);
  return k & wanted ? (k & PAIR ? 2 : 1) : 0;
}
