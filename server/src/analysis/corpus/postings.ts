// An inverted index from keys to (article, item) postings that updates one article at a time.

import { intern } from './compact';

export interface Posting {
  article: string;
  item: number;
}

/**
 * Items of one article kept per key: an article that repeats a quote hundreds of times (a pasted dump) must not make
 * every lookup of that key, in every other article, cost hundreds of comparisons.
 */
export const MAX_ITEMS_PER_ARTICLE = 16;

export class Postings {
  /** Key → article → its items: a single item is stored as a number (most postings), several as an array. */
  private readonly byKey = new Map<string, Map<string, number | number[]>>();
  private readonly keysOf = new Map<string, string[]>();

  /** Replace every posting of an article with `items` (item index → its keys). */
  set(article: string, items: string[][]): void {
    this.remove(article);
    const all = new Set<string>();
    items.forEach((keys, item) => {
      for (const k of keys) {
        // Every article builds its own key strings: keep one copy of each in memory.
        const key = intern(k);
        all.add(key);
        let perArticle = this.byKey.get(key);
        if (!perArticle) this.byKey.set(key, (perArticle = new Map()));
        const list = perArticle.get(article);
        if (list === undefined) perArticle.set(article, item);
        else if (typeof list === 'number') {
          if (list !== item) perArticle.set(article, [list, item]);
        } else if (list[list.length - 1] !== item && list.length < MAX_ITEMS_PER_ARTICLE) list.push(item);
      }
    });
    this.keysOf.set(article, [...all]);
  }

  remove(article: string): void {
    for (const key of this.keysOf.get(article) ?? []) {
      const perArticle = this.byKey.get(key);
      perArticle?.delete(article);
      if (perArticle && perArticle.size === 0) this.byKey.delete(key);
    }
    this.keysOf.delete(article);
  }

  /** How many articles hold a key (its document frequency). */
  articleCount(key: string): number {
    return this.byKey.get(key)?.size ?? 0;
  }

  /** Postings of a key in articles other than `except`, skipping keys held by more than `maxArticles` articles. */
  lookup(key: string, except: string, maxArticles = Infinity): Posting[] {
    const perArticle = this.byKey.get(key);
    if (!perArticle || perArticle.size > maxArticles) return [];
    const out: Posting[] = [];
    for (const [article, items] of perArticle) {
      if (article === except) continue;
      if (typeof items === 'number') out.push({ article, item: items });
      else for (const item of items) out.push({ article, item });
    }
    return out;
  }

  /** Articles other than `article` that share at least one key with it. */
  neighbours(article: string, maxArticles = Infinity): Set<string> {
    const out = new Set<string>();
    for (const key of this.keysOf.get(article) ?? []) {
      const perArticle = this.byKey.get(key);
      if (!perArticle || perArticle.size > maxArticles) continue;
      for (const other of perArticle.keys()) if (other !== article) out.add(other);
    }
    return out;
  }
}
