/**
 * The figures behind "在 N 份笔记中出现 / Asked in N of M notes", on the real notes: the generated
 * question pages' `frequency` against the hand-made duplicate groups (tests/fixtures/labels), and
 * M (the notes the site counts) against the notes folder and reports/normalise.json.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { countNotes, questionFrequency } from '../../src/utils/practice.ts';
import { DOCS_DIR, questionPages, readContentPages } from './site-content.ts';

interface Source {
  note: string;
  lines: [number, number];
}
interface Member {
  note: string;
  line: number;
}
interface Group {
  name: string;
  members: Member[];
}

/** Each question page's frontmatter `frequency` and `sources`, by file. */
const pages = questionPages(readContentPages()).map((page) => {
  const text = readFileSync(page.file, 'utf8');
  const data = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as { frequency?: number; sources: Source[] };
  return { file: page.file, frequency: data.frequency, sources: data.sources };
});
const groups = (parseYaml(readFileSync('tests/fixtures/labels/duplicate-groups.yaml', 'utf8')) as { groups: Group[] }).groups;

/** The pages whose sources hold a member: same note, and the member's line inside the source's lines. */
function pagesHolding(member: Member): string[] {
  return pages
    .filter((page) => page.sources.some((source) => source.note === member.note && source.lines[0] <= member.line && member.line <= source.lines[1]))
    .map((page) => page.file);
}

/** The page holding every member of the group, when the site shows the group as one page. */
function groupPage(group: Group): (typeof pages)[number] | undefined {
  const holders = new Set(group.members.flatMap(pagesHolding));
  const [file] = holders;
  return holders.size === 1 ? pages.find((page) => page.file === file) : undefined;
}

/** Notes asking the group's question, as labelled by hand: a note asking twice counts once. */
function labelledNotes(group: Group): number {
  return new Set(group.members.map((member) => member.note)).size;
}

function group(name: string): Group {
  const found = groups.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no duplicate group ${name} in the labels`);
  return found;
}

describe('frequency on the real notes', () => {
  it('has question pages with a frequency to check', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.filter((page) => page.frequency === undefined)).toEqual([]);
  });

  it('shows 3 for "container vs VM": asked in 000, 001 and twice in 004', () => {
    const containerVsVm = group('container-vs-vm');
    expect(containerVsVm.members.map((member) => member.note.slice(6, 9))).toEqual(['000', '001', '004', '004']);
    const page = groupPage(containerVsVm);
    expect(page?.file).toBe(join(DOCS_DIR, 'basics/container-vs-vm.mdx'));
    expect(page?.frequency).toBe(3);
  });

  it('counts a note that asks a question twice once ("how Docker works", twice in 004)', () => {
    const howItWorks = group('how-docker-works');
    expect(howItWorks.members).toHaveLength(2);
    const page = groupPage(howItWorks);
    expect(page?.frequency).toBe(1);
    expect(page?.sources.length).toBe(2);
  });

  it('shows the labelled note count on every page that holds a whole duplicate group', () => {
    const whole = groups.flatMap((candidate) => {
      const page = groupPage(candidate);
      return page ? [{ name: candidate.name, shown: page.frequency, labelled: labelledNotes(candidate) }] : [];
    });
    // The merge keeps most groups together; the ones it splits are the merge stage's to fix.
    expect(whole.length).toBeGreaterThanOrEqual(10);
    expect(whole.filter((entry) => entry.shown !== entry.labelled)).toEqual([]);
    // Groups with a note asking twice are among them: repeats must not inflate the figure.
    expect(whole.some((entry) => group(entry.name).members.length > entry.labelled)).toBe(true);
  });

  it('never shows more notes than the page has distinct source notes (frequency = distinct notes)', () => {
    for (const page of pages) expect(page.frequency, page.file).toBe(questionFrequency({ sources: page.sources }));
  });
});

describe('the number of notes (M)', () => {
  const notesOnDisk = readdirSync('notes').filter((file) => /\.(txt|md|markdown|mdx)$/.test(file) && file !== 'README.md');
  const report = JSON.parse(readFileSync('reports/normalise.json', 'utf8')) as { totals: { notes: number } };

  it('is the number of notes in notes/ (five), as the normaliser report counts them', () => {
    expect(notesOnDisk).toHaveLength(5);
    expect(countNotes(pages)).toBe(notesOnDisk.length);
    expect(report.totals.notes).toBe(notesOnDisk.length);
  });
});
