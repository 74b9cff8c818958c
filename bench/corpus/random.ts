// A seeded PRNG and the distributions the corpus draws from. Deterministic:
// the same seed gives the same corpus, byte for byte.

/** sfc32, seeded through splitmix32 so that nearby seeds give unrelated streams. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.uint32() / 4_294_967_296;
  }

  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)] as T;
  }

  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.float() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return (entries.at(-1) as readonly [T, number])[0];
  }

  /**
   * An index in [0, n) with P(k) roughly proportional to 1/(k+1) (Zipf, s = 1):
   * index 0 is drawn thousands of times, most indexes once or twice.
   */
  zipf(n: number): number {
    return Math.min(n - 1, Math.floor((n + 1) ** this.float()) - 1);
  }

  /** A UUID v7 whose timestamp part is `ms`, the rest from this stream. */
  uuid7(ms: number): string {
    const hex = (value: number, digits: number) => value.toString(16).padStart(digits, '0');
    const time = hex(Math.floor(ms / 0x10000), 8) + hex(ms % 0x10000, 4);
    const r1 = this.uint32();
    const r2 = this.uint32();
    const r3 = this.uint32();
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${hex(r1 & 0xfff, 3)}-${hex(0x8000 | ((r1 >>> 12) & 0x3fff), 4)}-${hex(r2 & 0xffff, 4)}${hex(r3, 8)}`;
  }
}

/**
 * A Random whose pick() draws by popularity (zipf(), rank = the list's order)
 * instead of uniformly, the way reads of a real archive crowd onto a few events
 * and people: the bench's `--mix zipf`.
 */
export class ZipfRandom extends Random {
  override pick<T>(items: readonly T[]): T {
    return items[this.zipf(items.length)] as T;
  }
}
