/**
 * Pairs of entries that the layout of their note shows to be different questions, whatever their
 * wording: one note's outline never asks the same thing twice in a row.
 *
 *  - a section and its own sub-section ("3.2 Docker网络插件" / "3.2.1 常用网络插件的原理和使用"):
 *    the sub-section is a part of the section;
 *  - two consecutive numbered entries of one note ("1、什么是Harbor" / "2、Harbor的特性",
 *    "4.2.2 存储卷的备份和恢复" / "4.3 存储卷示例"): points of one list or outline.
 *
 * Repeats further apart in a note ("6、本地的镜像文件都存放在哪里" … "11、本地的镜像文件都存放在哪里")
 * stay mergeable.
 */
import type { Entry } from '../model.ts';

/** A list or outline number at the start of a title as written: `1、`, `3.2.1 `, `# 2. `. */
const LEADING_NUMBER = /^[#\s]*\d+(?:\.\d+)*\s*[、.．)]?\s*(?=\D)/u;

/** The heading text of an entry as its sub-entries' `section` lists name it. */
function headingText(entry: Entry): string {
  return entry.source.originalTitle.replace(/^#+\s*/, '').replace(/\*+$/, '').trim();
}

/**
 * Pairs of indexes into `entries` (ordered by note, then line, as `entriesInOrder` returns them)
 * that are parts of one outline, smaller index first, sorted. Linear in the number of entries
 * (times the depth of their sections).
 */
export function outlinePairs(entries: readonly Entry[]): [number, number][] {
  const keys = new Set<string>();
  const pairs: [number, number][] = [];
  const add = (a: number, b: number) => {
    const [low, high] = a < b ? [a, b] : [b, a];
    if (low === high || keys.has(`${low} ${high}`)) return;
    keys.add(`${low} ${high}`);
    pairs.push([low, high]);
  };
  const entryByHeading = new Map<string, number>();
  entries.forEach((entry, index) => {
    const key = `${entry.source.note}\u0000${headingText(entry)}`;
    if (!entryByHeading.has(key)) entryByHeading.set(key, index);
  });
  entries.forEach((entry, index) => {
    const next = entries[index + 1];
    if (
      next &&
      next.source.note === entry.source.note &&
      LEADING_NUMBER.test(entry.source.originalTitle) &&
      LEADING_NUMBER.test(next.source.originalTitle)
    ) {
      add(index, index + 1);
    }
    for (const heading of entry.section) {
      const parent = entryByHeading.get(`${entry.source.note}\u0000${heading}`);
      if (parent !== undefined) add(parent, index);
    }
  });
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
