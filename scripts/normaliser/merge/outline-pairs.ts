/**
 * What the layout of one note says about its entries, whatever their wording: one note's outline
 * never asks the same thing twice in a row.
 *
 * Pairs that are different questions (`outlinePairs`):
 *  - a section and its own sub-section ("3.2 Docker网络插件" / "3.2.1 常用网络插件的原理和使用"):
 *    the sub-section is a part of the section;
 *  - two consecutive numbered entries of one note ("1、什么是Harbor" / "2、Harbor的特性",
 *    "4.2.2 存储卷的备份和恢复" / "4.3 存储卷示例"): points of one list or outline;
 *  - two sections of one numbered outline ("4.1.2 持久化存储卷" / "4.3 存储卷示例", "# 2. Docker
 *    容器管理" / "### 2.2 容器运行管理"): section numbers (`4.1.2`, `# 2.`) make a table of
 *    contents, and a table of contents lists each subject once;
 *  - two entries that share a line of the note: a question embedded in the middle of another
 *    one's answer ("… 8. 解释一下 Dockerfile 的 ONBUILD 指令? …") is a different question.
 *
 * Repeats further apart in a flat list ("6、本地的镜像文件都存放在哪里" … "11、本地的镜像文件都存放在
 * 哪里") stay mergeable: a list of interview questions may ask one twice, an outline does not.
 *
 * Also: which entries are sections with sub-sections of their own (`sectionParents`), and which
 * start inside another entry's lines (`embeddedEntries`).
 */
import type { Entry } from '../model.ts';

/** A list or outline number at the start of a title as written: `1、`, `3.2.1 `, `# 2. `. */
const LEADING_NUMBER = /^[#\s]*\d+(?:\.\d+)*\s*[、.．)]?\s*(?=\D)/u;

/** A section number of an outline: two levels or more (`4.1`, `3.2.1`), or a numbered heading (`# 1.`). */
const SECTION_NUMBER = /^\s*(?:#*\s*\d+(?:\.\d+)+|#+\s*\d+\s*[.．])(?=\D)/u;

/** The heading text of an entry as its sub-entries' `section` lists name it. */
function headingText(entry: Entry): string {
  return entry.source.originalTitle.replace(/^#+\s*/, '').replace(/\*+$/, '').trim();
}

/** Whether two entries of one note share a line (one starts inside the other's lines). */
function shareALine(a: Entry, b: Entry): boolean {
  return a.source.lines[0] <= b.source.lines[1] && b.source.lines[0] <= a.source.lines[1];
}

/** For each entry (index), the index of the entry of its note whose heading its section names, per level. */
function parentsOf(entries: readonly Entry[]): number[][] {
  const entryByHeading = new Map<string, number>();
  entries.forEach((entry, index) => {
    const key = `${entry.source.note}\u0000${headingText(entry)}`;
    if (!entryByHeading.has(key)) entryByHeading.set(key, index);
  });
  return entries.map((entry) =>
    entry.section.flatMap((heading) => {
      const parent = entryByHeading.get(`${entry.source.note}\u0000${heading}`);
      return parent === undefined ? [] : [parent];
    }),
  );
}

/**
 * Pairs of indexes into `entries` (ordered by note, then line, as `entriesInOrder` returns them)
 * that are parts of one outline, smaller index first, sorted. Linear in the number of entries
 * (times the depth of their sections), plus the pairs of section-numbered entries of each note.
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
  const parents = parentsOf(entries);
  const sectionsOfNote = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    const next = entries[index + 1];
    if (next && next.source.note === entry.source.note) {
      if (LEADING_NUMBER.test(entry.source.originalTitle) && LEADING_NUMBER.test(next.source.originalTitle)) add(index, index + 1);
      if (shareALine(entry, next)) add(index, index + 1);
    }
    for (const parent of parents[index]!) add(parent, index);
    if (SECTION_NUMBER.test(entry.source.originalTitle)) {
      const numbered = sectionsOfNote.get(entry.source.note) ?? [];
      for (const other of numbered) add(other, index);
      sectionsOfNote.set(entry.source.note, [...numbered, index]);
    }
  });
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/**
 * Indexes of the entries that are sections with sub-sections of their own in `entries`
 * ("3.2 Docker网络插件" above "3.2.1 …" and "3.2.2 …"): such a section introduces its parts,
 * so when a part and the section both look like another note's question, the part is the match.
 */
export function sectionParents(entries: readonly Entry[]): Set<number> {
  return new Set(parentsOf(entries).flat());
}

/**
 * Indexes of the entries that start inside the lines of the entry before them in the same note:
 * a question written in the middle of another one's answer. Its answer is a fragment of a line,
 * so it never leads a page that merges it with others.
 */
export function embeddedEntries(entries: readonly Entry[]): Set<number> {
  const embedded = new Set<number>();
  entries.forEach((entry, index) => {
    const before = entries[index - 1];
    if (before && before.source.note === entry.source.note && entry.source.lines[0] <= before.source.lines[1]) embedded.add(index);
  });
  return embedded;
}
