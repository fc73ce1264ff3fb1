// An inverted index from keys to (article, item) postings that updates one article at a time.

export interface Posting {
  article: string;
  item: number;
}

/**
 * Items of one article kept per key: an article that repeats a quote hundreds of times (a pasted dump) must not make
 * every lookup of that key, in every other article, cost hundreds of comparisons.
 */
export const MAX_ITEMS_PER_ARTICLE = 16;

/** The postings of a key held by one article only (most keys). */
class Single {
  constructor(
    readonly key: string,
    readonly article: string,
    public items: Items,
  ) {}
}

/**
 * The postings of a key held by a few articles, in the order they took it: parallel arrays, smaller and faster to fill
 * than a Map (an article's keys are added together, so its postings of a key are always the last ones). Past
 * MULTI_MAX articles a key moves to a Map, where removing one article does not scan the others.
 */
class Multi {
  constructor(
    readonly key: string,
    readonly articles: string[],
    readonly items: Items[],
  ) {}
}

const MULTI_MAX = 32;

/** The postings of a key held by more than MULTI_MAX articles. */
class PerArticle extends Map<string, Items> {
  constructor(readonly key: string) {
    super();
  }
}

/**
 * A key held by so many articles that no lookup ever uses its postings (see Postings' `common`): only the count is
 * kept. Its postings are rebuilt from the articles' items when the count falls back to `common`.
 */
class Saturated {
  constructor(
    readonly key: string,
    public count: number,
  ) {}
}

type Entry = Single | Multi | PerArticle | Saturated;

export class Postings {
  /** Key → the articles holding it and each one's items: a single item is stored as a number (most postings), several as an array. */
  private readonly byKey = new Map<string, Entry>();
  private readonly keysOf = new Map<string, string[]>();

  /**
   * `common`: lookups never ask for the postings of a key held by more articles than this (their cap is at most it),
   * so past twice as many (hysteresis: a key moving across the line does not rebuild every time) only its count is
   * kept, and `itemsOf` (an article's items, as passed to `set`) rebuilds the postings when it falls back. Without
   * `itemsOf` every posting is kept.
   */
  constructor(
    private readonly common = Infinity,
    private readonly itemsOf?: (article: string) => string[][] | undefined,
  ) {}

  /** Replace every posting of an article with `items` (item index → its keys). */
  set(article: string, items: string[][]): void {
    this.remove(article);
    const all = new Set<string>();
    items.forEach((keys, item) => {
      for (const k of keys) {
        const entry = this.byKey.get(k);
        // Every article builds its own key strings: keep one copy of each in memory, the one its entry holds.
        const key = entry === undefined ? k : entry.key;
        const first = !all.has(key);
        all.add(key);
        if (entry === undefined) this.byKey.set(key, new Single(key, article, item));
        else if (entry instanceof Saturated) {
          if (first) entry.count++;
        }
        else if (entry instanceof Single) {
          if (entry.article === article) entry.items = addItem(entry.items, item);
          else this.byKey.set(key, new Multi(key, [entry.article, article], [entry.items, item]));
        } else if (entry instanceof Multi) {
          const last = entry.articles.length - 1;
          if (entry.articles[last] === article) entry.items[last] = addItem(entry.items[last], item);
          else if (last + 1 < MULTI_MAX) {
            entry.articles.push(article);
            entry.items.push(item);
          } else {
            const map = new PerArticle(key);
            entry.articles.forEach((a, i) => map.set(a, entry.items[i]));
            map.set(article, item);
            this.byKey.set(key, map);
          }
        } else {
          const list = entry.get(article);
          entry.set(article, list === undefined ? item : addItem(list, item));
          if (this.itemsOf && entry.size > 2 * this.common) this.byKey.set(key, new Saturated(key, entry.size));
        }
      }
    });
    this.keysOf.set(article, [...all]);
  }

  remove(article: string): void {
    const keys = this.keysOf.get(article) ?? [];
    // First, so a rebuild below no longer counts this article among the holders.
    this.keysOf.delete(article);
    for (const key of keys) {
      const entry = this.byKey.get(key);
      if (entry === undefined) continue;
      if (entry instanceof Saturated) {
        entry.count--;
        if (entry.count <= this.common) this.byKey.set(key, this.rebuild(key));
        continue;
      }
      if (entry instanceof Single) {
        if (entry.article === article) this.byKey.delete(key);
        continue;
      }
      if (!(entry instanceof Multi)) {
        entry.delete(article);
        if (entry.size === 0) this.byKey.delete(key);
        continue;
      }
      const i = entry.articles.indexOf(article);
      if (i < 0) continue;
      entry.articles.splice(i, 1);
      entry.items.splice(i, 1);
      if (entry.articles.length === 1) this.byKey.set(key, new Single(key, entry.articles[0], entry.items[0]));
    }
  }

  /** The postings of a key, from every holder's items (in the order the holders were added; a Map past MULTI_MAX). */
  private rebuild(key: string): Single | Multi | PerArticle {
    const map = new PerArticle(key);
    for (const [article, keys] of this.keysOf) {
      if (!keys.includes(key)) continue;
      let list: Items | undefined;
      (this.itemsOf?.(article) ?? []).forEach((itemKeys, item) => {
        if (itemKeys.includes(key)) list = list === undefined ? item : addItem(list, item);
      });
      if (list !== undefined) map.set(article, list);
    }
    if (map.size > MULTI_MAX) return map;
    if (map.size === 1) {
      const [[article, items]] = map;
      return new Single(key, article, items);
    }
    return new Multi(key, [...map.keys()], [...map.values()]);
  }

  /** The entry of a key with its postings (a saturated key's rebuilt, not kept: only callers without a cap need them). */
  private entryOf(key: string): Single | Multi | PerArticle | undefined {
    const entry = this.byKey.get(key);
    return entry instanceof Saturated ? this.rebuild(key) : entry;
  }

  /** How many articles hold a key (its document frequency). */
  articleCount(key: string): number {
    const entry = this.byKey.get(key);
    return entry === undefined ? 0 : entry instanceof Single ? 1 : entry instanceof Multi ? entry.articles.length : entry instanceof Saturated ? entry.count : entry.size;
  }

  /** The articles holding a key. */
  holders(key: string): Iterable<string> {
    const entry = this.entryOf(key);
    if (entry === undefined) return [];
    return entry instanceof Single ? [entry.article] : entry instanceof Multi ? entry.articles : entry.keys();
  }

  /** Postings of a key in articles other than `except`, skipping keys held by more than `maxArticles` articles. */
  lookup(key: string, except: string, maxArticles = Infinity): Posting[] {
    const out: Posting[] = [];
    if (this.articleCount(key) > maxArticles) return out;
    const entry = this.entryOf(key);
    if (!entry) return out;
    if (entry instanceof Single) {
      if (1 <= maxArticles && entry.article !== except) pushPostings(out, entry.article, entry.items);
      return out;
    }
    if (!(entry instanceof Multi)) {
      if (entry.size > maxArticles) return out;
      for (const [a, items] of entry) if (a !== except) pushPostings(out, a, items);
      return out;
    }
    if (entry.articles.length > maxArticles) return out;
    entry.articles.forEach((a, i) => {
      if (a !== except) pushPostings(out, a, entry.items[i]);
    });
    return out;
  }

  /** Articles other than `article` that share at least one key with it. */
  neighbours(article: string, maxArticles = Infinity): Set<string> {
    const out = new Set<string>();
    for (const key of this.keysOf.get(article) ?? []) {
      if (this.articleCount(key) > maxArticles) continue;
      const entry = this.entryOf(key);
      if (!entry) continue;
      if (entry instanceof Single) {
        if (1 <= maxArticles && entry.article !== article) out.add(entry.article);
        continue;
      }
      const others = entry instanceof Multi ? entry.articles : entry.keys();
      if ((entry instanceof Multi ? entry.articles.length : entry.size) > maxArticles) continue;
      for (const other of others) if (other !== article) out.add(other);
    }
    return out;
  }
}

/**
 * An article's items of a key: one item as itself (most postings); several, in the order they were added, as a
 * negated bit set when they rose and are all below MASK_BITS (claims of one article), else as an array.
 */
type Items = number | number[];

/** Items below this fit a bit set that stays a small integer. */
const MASK_BITS = 29;

/** Add an item to an article's items, as a list that never repeats its last item nor grows past MAX_ITEMS_PER_ARTICLE. */
function addItem(items: Items, item: number): Items {
  if (typeof items === 'number') {
    if (items >= 0) {
      if (items === item) return items;
      return items < item && item < MASK_BITS ? -((1 << items) | (1 << item)) : [items, item];
    }
    const mask = -items;
    const highest = 31 - Math.clz32(mask);
    if (highest === item || bitCount(mask) >= MAX_ITEMS_PER_ARTICLE) return items;
    if (item > highest && item < MASK_BITS) return -(mask | (1 << item));
    const list = maskItems(mask);
    list.push(item);
    return list;
  }
  if (items[items.length - 1] !== item && items.length < MAX_ITEMS_PER_ARTICLE) items.push(item);
  return items;
}

function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

function maskItems(mask: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < MASK_BITS; i++) if (mask & (1 << i)) out.push(i);
  return out;
}

function pushPostings(out: Posting[], article: string, items: Items): void {
  if (typeof items !== 'number') for (const item of items) out.push({ article, item });
  else if (items >= 0) out.push({ article, item: items });
  else for (const item of maskItems(-items)) out.push({ article, item });
}
