/**
 * Rewording for benchmark corpus copies: swap synonyms and the width of punctuation, the way the
 * same answer reads in two different notes.
 */
import type { Random } from './prng.ts';

/** What the rewording may swap. */
export interface RewordTables {
  /** Groups of interchangeable words. */
  synonyms: readonly (readonly string[])[];
  /** [half-width, full-width] punctuation pairs. */
  punctuation: readonly (readonly [string, string])[];
}

/** A prepared rewording: one pass over a line. */
export type Reworder = (line: string, random: Random) => string;

const CJK = '\\u3400-\\u9fff';
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Build a reworder that, in one line, replaces each synonym occurrence with another word of its
 * group with probability `rate`, and (with probability `rate`, per line) turns the punctuation
 * after CJK characters to the other width. Longer words match first, so `镜像仓库` is not read
 * as `镜像` + `仓库`.
 */
export function createReworder(tables: RewordTables, rate: number): Reworder {
  const groupOf = new Map<string, readonly string[]>();
  for (const group of tables.synonyms) for (const word of group) groupOf.set(word, group);
  const words = [...groupOf.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const synonymPattern = words.length > 0 ? new RegExp(words.map(escape).join('|'), 'g') : null;
  const toFull = new Map(tables.punctuation.map(([half, full]) => [half, full]));
  const toHalf = new Map(tables.punctuation.map(([half, full]) => [full, half]));
  const punctuationPattern = (marks: Iterable<string>): RegExp => new RegExp(`(?<=[${CJK}])[${[...marks].map(escape).join('')}]`, 'g');
  const halfPattern = punctuationPattern(toFull.keys());
  const fullPattern = punctuationPattern(toHalf.keys());
  return (line, random) => {
    let result = synonymPattern
      ? line.replace(synonymPattern, (word) => {
          if (!random.chance(rate)) return word;
          const others = (groupOf.get(word) as readonly string[]).filter((other) => other !== word);
          return random.pick(others);
        })
      : line;
    if (random.chance(rate)) {
      result = random.chance(0.5)
        ? result.replace(halfPattern, (mark) => toFull.get(mark) as string)
        : result.replace(fullPattern, (mark) => toHalf.get(mark) as string);
    }
    return result;
  };
}
