// Article texts held outside the JS heap: as UTF-8 bytes here, or wherever a store puts them (the server: a spill file), decoded on demand, the last few decoded kept.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const native = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;
/** Whether a text survives a UTF-8 round trip exactly (no lone surrogate, which an editor buffer may hold). */
export const isWellFormed = (s: string): boolean => (native ? native.call(s) : !LONE_SURROGATE.test(s));

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

export function fromUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** An article text as the corpus holds it: read `text` once per use (it may be decoded each time). */
export interface HeldText {
  readonly text: string;
}

/** Decoded texts, most recently used last: hovers, edits and a checking pass ask for the same few texts again. */
const recent = new Map<OffHeapText, string>();
const RECENT = 32;

/** A text kept outside the JS heap; subclasses say how to get it back (`load`), exactly. */
export abstract class OffHeapText implements HeldText {
  /** `text`: the text itself, just stored (whoever stores a text is about to use it: signature, line index). */
  constructor(text: string) {
    this.remember(text);
  }

  get text(): string {
    let text = recent.get(this);
    if (text === undefined) text = this.load();
    this.remember(text);
    return text;
  }

  protected abstract load(): string;

  private remember(text: string): void {
    recent.delete(this);
    recent.set(this, text);
    if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  }
}

/** UTF-8 bytes in memory, outside the JS heap: about half the size of the two-byte string curly quotes make of a text. */
export class Utf8Text extends OffHeapText {
  private readonly bytes: Uint8Array;

  constructor(text: string) {
    super(text);
    this.bytes = utf8(text);
  }

  protected load(): string {
    return fromUtf8(this.bytes);
  }
}

/** The text itself, on the heap: for an editor's buffer, or a text that is not well-formed UTF-16. */
export class HeapText implements HeldText {
  constructor(readonly text: string) {}
}

/** The corpus's default: UTF-8 bytes in memory, unless the text would not survive the round trip. */
export function holdInMemory(text: string): HeldText {
  return isWellFormed(text) ? new Utf8Text(text) : new HeapText(text);
}

/**
 * A copy of a string that shares no memory with the text it was cut from (V8 keeps a slice or a concatenation of 13 or
 * more characters as a reference to its parent, which would keep a whole article text alive for one quote). One-byte
 * when its characters allow, whatever the parent was; exact for any string (lone surrogates included).
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
