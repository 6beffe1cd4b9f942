/**
 * A small seeded pseudo-random number generator for the benchmark corpus. The corpus must be the
 * same bytes on every machine and every run, so nothing here touches `Math.random`.
 */

/** Draws from one seeded sequence: floats, integers, picks and shuffles. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, max). */
  int(max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy of `items` (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
}

/**
 * Hash a string to a 32-bit seed (FNV-1a), so corpora can be seeded by names like `copy-12`.
 * @example seedOf('docker') === seedOf('docker')
 */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * A Random over the mulberry32 sequence started at `seed` (any integer; a string is hashed with
 * {@link seedOf}). Same seed, same sequence.
 */
export function createRandom(seed: number | string): Random {
  let state = (typeof seed === 'string' ? seedOf(seed) : seed) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number): number => Math.floor(next() * max);
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(items.length)] as (typeof items)[number];
    },
    shuffle: (items) => {
      const shuffled = [...items];
      for (let index = shuffled.length - 1; index > 0; index--) {
        const other = int(index + 1);
        [shuffled[index], shuffled[other]] = [shuffled[other] as (typeof items)[number], shuffled[index] as (typeof items)[number]];
      }
      return shuffled;
    },
  };
}
