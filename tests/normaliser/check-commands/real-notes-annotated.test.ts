/**
 * The command checker wired into the normaliser, on the five real notes: the known-bad commands
 * (found by reading the notes) end up in an aside on the page that shows them, nothing else is
 * flagged, the long valid commands raise nothing, and `--strict` has nothing left undecided.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { withoutCommandAsides } from '../../../scripts/normaliser/check-commands/command-aside.ts';
import { findCommandsInTree } from '../../../scripts/normaliser/check-commands/find-commands-in-tree.ts';
import type { Model, OutputFile } from '../../../scripts/normaliser/model.ts';
import { normaliseNotes } from '../../../scripts/normalise.ts';
import type { NormaliseReport } from '../../../scripts/normaliser/report/build-report.ts';
import { undecidedErrors } from '../../../scripts/normaliser/report/command-counts.ts';

const N001 = 'notes/001_1aa7ebef2a5e7611.txt';
const N002 = 'notes/002_aedd61c9581865ac.txt';
const N004 = 'notes/004_2bed2df9bb959d8e.txt';

/** Known-bad commands by note line (read in the notes), the subject the checker names, the aside kind. */
const KNOWN_BAD: [note: string, line: number, subject: string, aside: 'caution' | 'note', shown: string][] = [
  // The compose version key is only informational: annotated by the checker, no decision needed.
  [N001, 736, 'docker-compose', 'caution', 'docker-compose up'],
  [N001, 749, 'version', 'note', "version: '3'"],
  [N001, 944, 'scan', 'caution', 'docker scan my-image'],
  [N001, 1141, 'docker-compose', 'caution', 'docker-compose up'],
  [N002, 147, 'volume backup', 'caution', 'docker volume backup [卷名] [备份文件]'],
  [N002, 151, 'volume restore', 'caution', 'docker volume restore [备份文件] [卷名]'],
  [N002, 177, 'volume backup', 'caution', 'docker volume backup my-volume my-backup.tar'],
  [N002, 179, 'volume restore', 'caution', 'docker volume restore my-backup.tar my-restored-volume'],
  [N004, 214, 'docker-compose', 'caution', 'docker-compose ps'],
  [N004, 508, '-aCONTAINER', 'caution', 'docker ps -aCONTAINER ID'],
  [N004, 524, '-d', 'caution', 'docker -d'],
  [N004, 530, 'daemon', 'caution', 'docker daemon'],
  [N004, 624, 'daemon', 'caution', 'docker daemon --add-runtime custom=/usr/local/bin/my-runc-replacement'],
  [N004, 721, 'docker-compose', 'caution', 'docker-compose -versiondocker-compose version 1.25.1'],
];

/**
 * Long or nested commands from the notes that are valid, by line; each must be found and raise
 * nothing. A line the cleaning split into several keeps its number for the block, so the command
 * is looked for on the next few lines too.
 */
const VALID: [note: string, line: number, command: string][] = [
  [N001, 231, 'docker rm $(…)'],
  [N001, 231, 'docker ps -aq'],
  [N001, 252, 'docker ps -q'],
  [N004, 360, 'docker ps -a'],
  [N004, 885, 'docker images -q -f dangling=true'],
  [N004, 898, 'docker kill $(…)'],
  [N004, 901, 'docker ps -a -q'],
];

let report: NormaliseReport;
let files: OutputFile[];
let model: Model;

beforeAll(() => {
  ({ report, files, model } = normaliseNotes(process.cwd()));
}, 120_000);

/** The page (`<topic>/<id>`) showing the entry that holds a note line, from the report's outcomes. */
function pageOfLine(note: string, line: number): string {
  const entry = report.notes
    .find((candidate) => candidate.note === note)
    ?.entries.find((candidate) => candidate.lines[0] <= line && line <= candidate.lines[1]);
  if (!entry?.page) throw new Error(`no page shows ${note}:${line}`);
  return entry.page;
}

/** `name: text` of every directive Starlight finds on a generated page. */
function asidesOn(page: string): string[] {
  const file = files.find((candidate) => candidate.path === `src/content/docs/${page}.mdx`);
  if (!file) throw new Error(`no file for ${page}`);
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkMdx).use(remarkDirective).parse(file.content) as Root;
  const asides: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective') asides.push(`${node.name}: ${toString(node)}`);
  });
  return asides;
}

describe('command asides on the real notes', () => {
  it.each(KNOWN_BAD)('%s:%i (%s) is annotated in a %s aside on its page', (note, line, subject, aside, shown) => {
    const page = pageOfLine(note, line);
    const question = report.questions?.find((candidate) => `${candidate.topic}/${candidate.id}` === page);
    expect(question?.commands?.findings).toContainEqual(expect.objectContaining({ note, line, subject, decision: aside === 'note' ? 'auto' : 'annotate' }));
    expect(asidesOn(page).some((text) => text.startsWith(`${aside}: `) && text.includes(shown))).toBe(true);
  });

  it('flags nothing else: every finding on the site is one of the known-bad commands', () => {
    const found = (report.questions ?? []).flatMap((question) => question.commands?.findings ?? []).map((finding) => `${finding.note}:${finding.line} ${finding.subject}`);
    expect([...new Set(found)].sort()).toEqual(KNOWN_BAD.map(([note, line, subject]) => `${note}:${line} ${subject}`).sort());
  });

  it('shows the human-written tar recipe for docker volume backup', () => {
    const texts = asidesOn(pageOfLine(N002, 147));
    expect(texts.some((text) => text.includes('docker run --rm -v 卷名:/data -v "$PWD":/backup alpine tar czf /backup/备份文件.tar.gz -C /data .'))).toBe(true);
  });

  it('puts no directive on a page but the asides (hostile `:::` from notes stays text)', () => {
    const pages = files.filter((file) => /^src\/content\/docs\/[a-z]+\/[^/]+\.mdx$/.test(file.path)).map((file) => file.path.slice('src/content/docs/'.length, -'.mdx'.length));
    const asides = pages.flatMap(asidesOn);
    expect(asides.every((text) => /^(caution|note): /.test(text))).toBe(true);
    expect(asides.length).toBeGreaterThanOrEqual(new Set(KNOWN_BAD.map(([note, line]) => pageOfLine(note, line))).size);
  });

  it.each(VALID)('%s:%i: the valid command %s is checked and raises nothing', (note, line, command) => {
    const page = pageOfLine(note, line);
    const question = model.questions.find((candidate) => `${candidate.topic?.topic}/${candidate.id}` === page);
    const near = (at: number): boolean => at >= line && at <= line + 3;
    const commands = findCommandsInTree(withoutCommandAsides(question!.answer)).filter((found) => near(found.line));
    expect(commands.map((found) => found.invocation.text)).toContain(command);
    const findings = report.questions?.find((candidate) => candidate.id === question!.id)?.commands?.findings ?? [];
    expect(findings.filter((finding) => near(finding.line))).toEqual([]);
  });

  it('counts the typos the cleaning fixed in commands (docker status, danging, –rm, ENTRYOINT) as fixed on their pages', () => {
    for (const [note, line] of [[N001, 209], [N004, 882], [N004, 885], [N004, 918]] as const) {
      const page = pageOfLine(note, line);
      expect(report.questions?.find((question) => `${question.topic}/${question.id}` === page)?.commands?.fixed, `${note}:${line}`).toBeGreaterThan(0);
    }
  });

  it('passes --strict: every error finding has an editorial decision, and the totals add up', () => {
    expect(undecidedErrors(report.questions ?? [])).toEqual([]);
    const totals = report.commands!;
    expect(totals.invalid + totals.outdated).toBe(totals.annotated + totals.ignored);
    expect(totals.checked).toBeGreaterThan(200);
  });
});
