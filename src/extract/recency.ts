// Look-ups the speaker rules make in text order ("the last person before
// here", "the most recent minister", "the group"), kept as indexes that grow
// with the text instead of walks back over every speaker and mention: a page
// of thousands of people, each followed by "she said" or "the minister said",
// made those walks quadratic (and the recency sort cubic).

/**
 * Positions 0, 1, 2, … of a list that only grows, some of them struck out (never restored): the last one not struck
 * out at or before a position, in near-constant time (union-find with path compression).
 */
export class Survivors {
  private parent: number[] = [];

  push(alive: boolean): void {
    const i = this.parent.length;
    this.parent.push(alive ? i : i - 1);
  }

  strike(i: number): void {
    if (this.parent[i] === i) this.parent[i] = i - 1;
  }

  /** The last position at or before `i` not struck out, or -1. */
  at(i: number): number {
    let root = i;
    while (root >= 0 && this.parent[root] !== root) root = this.parent[root] as number;
    for (let k = i; k > root; ) {
      const next = this.parent[k] as number;
      this.parent[k] = root;
      k = next;
    }
    return root;
  }
}

/** The last index k < length with valueAt(k) ≤ target (values ascending), or -1. */
export function lastAtOrBefore(length: number, valueAt: (k: number) => number, target: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (valueAt(mid) <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Longest description word looked up by key; a longer one is matched by a scan (see `Keys.covers`). */
export const longestKey = 64;

/**
 * The substrings of words that a description word can be: a description "the X" matches an entity when X occurs in
 * one of its words (role words for people, name words for organizations), and X is always accepted by `suffix` (a
 * test of how it ends, so every longer string ending the same way passes too) or is one of `exact`. Listing, for each
 * word, the substrings that pass turns "which entities have a word containing X" into a look-up.
 */
export class Keys {
  private cache = new Map<string, string[]>();
  private exactLengths: number[];

  constructor(
    private suffix: (s: string) => boolean,
    private exact: Set<string>,
  ) {
    this.exactLengths = [...new Set([...exact].map((w) => w.length))];
  }

  /** Whether `word` is looked up by key (else the caller scans). */
  covers(word: string): boolean {
    return word.length <= longestKey;
  }

  of(word: string): string[] {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const keys = new Set<string>();
    for (let end = 1; end <= word.length; end++) {
      const floor = Math.max(0, end - longestKey);
      for (const length of this.exactLengths) {
        const piece = end - length >= 0 ? word.slice(end - length, end) : '';
        if (this.exact.has(piece)) keys.add(piece);
      }
      if (!this.suffix(word.slice(floor, end))) continue;
      // The shortest piece ending here that passes; every longer one passes too.
      let start = end - 1;
      while (start > floor && !this.suffix(word.slice(start, end))) start--;
      for (let s = start; s >= floor; s--) keys.add(word.slice(s, end));
    }
    const list = [...keys];
    this.cache.set(word, list);
    return list;
  }
}

/**
 * Events (positions in the text) of a growing set of entities, each entity known by its rank: the rank of the entity
 * with the latest event before a position, the earliest rank among ties.
 */
export class Latest {
  private mentionAt: number[] = [];
  private mentionRank: number[] = [];
  private spokeAt: number[] = [];
  private spokeRank: number[] = [];

  /** A mention at `at` counts for positions after it. */
  mention(at: number, rank: number): void {
    insert(this.mentionAt, this.mentionRank, at, rank);
  }

  /** A statement at `at` counts from `at` on. */
  spoke(at: number, rank: number): void {
    insert(this.spokeAt, this.spokeRank, at, rank);
  }

  /** The rank whose latest mention before `before`, or statement at or before it, is the latest; -1 if none. */
  before(before: number): number {
    const m = lastAtOrBefore(this.mentionAt.length, (k) => this.mentionAt[k] as number, before - 1);
    const s = lastAtOrBefore(this.spokeAt.length, (k) => this.spokeAt[k] as number, before);
    const at = Math.max(this.mentionAt[m] ?? -1, this.spokeAt[s] ?? -1);
    if (at < 0) return -1;
    let rank = Number.POSITIVE_INFINITY;
    for (let k = m; k >= 0 && this.mentionAt[k] === at; k--) rank = Math.min(rank, this.mentionRank[k] as number);
    for (let k = s; k >= 0 && this.spokeAt[k] === at; k--) rank = Math.min(rank, this.spokeRank[k] as number);
    return rank;
  }
}

/** Inserts (at, rank) after every entry at or before `at`: entries mostly come in text order, so near the end. */
function insert(ats: number[], ranks: number[], at: number, rank: number): void {
  const k = lastAtOrBefore(ats.length, (i) => ats[i] as number, at) + 1;
  if (k === ats.length) {
    ats.push(at);
    ranks.push(rank);
  } else {
    ats.splice(k, 0, at);
    ranks.splice(k, 0, rank);
  }
}
