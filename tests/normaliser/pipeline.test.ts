/**
 * The whole normaliser on the real notes, in temporary copies of the project: determinism,
 * stable ids when a note is added, --check, safe MDX on every generated page, entry accounting.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareWithDisk, normaliseNotes, syncOutputs } from '../../scripts/normalise.ts';
import { formatOutputDiff, isUpToDate } from '../../scripts/normaliser/emit/output-diff.ts';
import { parseIdRegistry } from '../../scripts/normaliser/ids/id-registry.ts';
import { compileMdx, executableNodes, untrustedExecutableNodes } from './emit/mdx-check.ts';

const roots: string[] = [];

/** A temporary project root with the notes, data and editorial files; no registry unless kept. */
function projectCopy(options: { notes?: string[]; keepRegistry?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'normalise-'));
  roots.push(root);
  cpSync('data', join(root, 'data'), { recursive: true });
  cpSync('editorial', join(root, 'editorial'), { recursive: true });
  if (!options.keepRegistry) {
    rmSync(join(root, 'data/id-registry.json'), { force: true });
    rmSync(join(root, 'data/redirects.json'), { force: true });
  }
  if (options.notes) {
    mkdirSync(join(root, 'notes'));
    for (const file of options.notes) cpSync(file, join(root, 'notes', file.split('/').pop()!));
  } else cpSync('notes', join(root, 'notes'), { recursive: true });
  return root;
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A new note that asks two questions of the five notes again, in other words, and one new question. */
const NEW_NOTE = `## CMD 和 ENTRYPOINT 指令的区别是什么？

CMD 提供容器启动时的默认命令，运行容器时可以被覆盖；ENTRYPOINT 总会执行，CMD 的内容作为它的参数。

## Docker 容器和虚拟机有什么区别？

容器共享宿主机内核，虚拟机有自己完整的操作系统，所以容器启动更快、占用更少。

## 如何给 Docker 容器设置时区？

挂载宿主机的 \`/etc/localtime\`，或设置环境变量 \`TZ=Asia/Shanghai\`。
`;

describe('normalise on the five notes', () => {
  let root: string;
  let first: ReturnType<typeof normaliseNotes>;

  beforeAll(() => {
    root = projectCopy();
    first = normaliseNotes(root);
    syncOutputs(root, first.files);
  });

  it('accounts for every entry: entries in = published + merged + dropped', () => {
    const { outcomes, totals } = first.report;
    expect(outcomes).toBeDefined();
    expect(outcomes!.entriesIn).toBe(totals.entries);
    expect(outcomes!.published + outcomes!.merged + outcomes!.dropped).toBe(outcomes!.entriesIn);
    const entries = first.report.notes.flatMap((note) => note.entries);
    expect(entries.filter((entry) => entry.outcome === undefined)).toEqual([]);
    for (const entry of entries.filter((entry) => entry.outcome !== 'dropped')) expect(entry.page).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
  });

  it('lists every question with id, topic, margin, close call and members', () => {
    const questions = first.report.questions ?? [];
    expect(questions.length).toBe(first.model.questions.length);
    for (const question of questions) {
      expect(question.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(question.id.length).toBeLessThanOrEqual(40);
      expect(typeof question.margin).toBe('number');
      expect(question.members.length).toBeGreaterThan(0);
    }
    expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
  });

  it('writes one page per published question plus seven topic indexes, each valid, safe MDX', async () => {
    const pages = first.files.filter((file) => file.path.endsWith('.mdx'));
    const published = first.model.questions.filter((question) => !question.hidden);
    expect(pages).toHaveLength(published.length + 7);
    for (const page of pages) {
      const executable = isTopicIndex(page.path) ? untrustedExecutableNodes(page.content) : executableNodes(page.content);
      expect(executable, page.path).toEqual([]);
      await compileMdx(page.content);
    }
  });

  it('gives the same output byte for byte on a second run, and the registry reaches a fixpoint', () => {
    const second = normaliseNotes(root);
    expect(second.files.map((file) => file.path)).toEqual(first.files.map((file) => file.path));
    for (const [index, file] of second.files.entries()) expect(file.content, file.path).toBe(first.files[index]!.content);
  });

  it('--check finds nothing to do right after a run, then names hand edits and stale pages', () => {
    expect(formatOutputDiff(compareWithDisk(root, first.files))).toEqual([]);
    const page = first.files.find((file) => file.path.startsWith('src/content/docs/storage/') && !file.path.endsWith('index.mdx'))!;
    writeFileSync(join(root, page.path), `${page.content}\n手改的一行\n`);
    writeFileSync(join(root, 'src/content/docs/storage/old-page.mdx'), '---\ntitle: old\n---\n');
    rmSync(join(root, 'data/redirects.json'));
    expect(formatOutputDiff(compareWithDisk(root, first.files))).toEqual([
      `changed: ${page.path}`,
      'missing: data/redirects.json',
      'stale: src/content/docs/storage/old-page.mdx',
    ]);
    const fixed = syncOutputs(root, first.files);
    expect(fixed.stale).toEqual(['src/content/docs/storage/old-page.mdx']);
    expect(isUpToDate(compareWithDisk(root, first.files))).toBe(true);
  });

  it('keeps every id when a note that repeats questions in new words is added, and merges its entries', () => {
    const grown = projectCopy();
    const before = normaliseNotes(grown);
    syncOutputs(grown, before.files);
    writeFileSync(join(grown, 'notes/005_new.md'), NEW_NOTE);
    const after = normaliseNotes(grown);

    // Every entry of the five notes is on the page with the same id as before.
    const idOf = (run: typeof before, key: string) => run.model.questions.find((question) => question.members.includes(key))?.id;
    for (const question of before.model.questions) {
      for (const key of question.members) expect(idOf(after, key), key).toBe(question.id);
    }
    // The repeated questions joined existing pages; the new one got its own.
    const newEntries = after.report.notes.find((note) => note.note === 'notes/005_new.md')!.entries;
    expect(newEntries.map((entry) => entry.outcome)).toEqual(['merged', 'merged', 'published']);
    const cmdPage = idOf(before, before.model.questions.find((question) => /CMD.*ENTRYPOINT/i.test(question.question))!.members[0]!);
    expect(newEntries[0]!.page).toMatch(new RegExp(`/${cmdPage}$`));
    // Ids already published are never reused for the new question; the registry keeps them all.
    const registry = parseIdRegistry(after.files.find((file) => file.path === 'data/id-registry.json')!.content);
    for (const question of before.model.questions) expect(registry.ids[question.id!]?.status).toBe('published');
    expect(newEntries[2]!.page!.split('/')[1]).toBe('container-set-up-time-zone');
  });
});

describe('an editorial decision the notes no longer match', () => {
  /** The project with note 001 edited so the `docker scan` command a `commands` decision is about is gone. */
  function editedProject(): string {
    const root = projectCopy({ keepRegistry: true });
    const note = join(root, 'notes/001_1aa7ebef2a5e7611.txt');
    const text = readFileSync(note, 'utf8');
    expect(text).toContain('docker scan my-image');
    writeFileSync(note, text.replace('docker scan my-image', 'docker scout cves my-image'));
    return root;
  }

  /** The line of the `commands` decision about `docker scan` in the real overrides file. */
  function scanDecisionLine(): number {
    const lines = readFileSync('editorial/overrides.yaml', 'utf8').split('\n');
    const index = lines.findIndex((line, at) => line.trim() === 'subject: scan' && lines[at - 1]?.includes('id: secure-container-security'));
    expect(index).toBeGreaterThan(0);
    return index; // the decision starts on the line before `subject:` (1-based: index)
  }

  it('is a warning naming the file, the line and what the page holds now, and the pages are still written', () => {
    const run = normaliseNotes(editedProject());
    expect(run.report.totals.errors).toBe(0);
    const stale = run.report.messages.filter((message) => message.stale);
    expect(stale).toEqual([
      expect.objectContaining({ note: 'editorial/overrides.yaml', line: scanDecisionLine(), severity: 'warning', source: 'overrides' }),
    ]);
    expect(stale[0]!.reason).toMatch(/^commands: no longer matches: no finding with subject "scan" on the page secure-container-security \(/);
    expect(run.files.some((file) => file.path === 'src/content/docs/security/secure-container-security.mdx')).toBe(true);
  });

  it('lets the CLI write the pages and exit 0, and fails it under --strict', async () => {
    const root = editedProject();
    const cli = (args: string[]) =>
      promisify(execFile)(resolve('node_modules/.bin/tsx'), [resolve('scripts/normalise.ts'), ...args], { cwd: root, maxBuffer: 32 * 1024 * 1024 }).then(
        ({ stdout }) => ({ code: 0, stdout }),
        (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
      );
    rmSync(join(root, 'src'), { recursive: true, force: true });
    const plain = await cli([]);
    expect(plain.stdout).toMatch(new RegExp(`editorial/overrides\\.yaml:${scanDecisionLine()}: warning \\[overrides\\] commands: no longer matches: `));
    expect(plain.code).toBe(0);
    expect(existsSync(join(root, 'src/content/docs/security/secure-container-security.mdx'))).toBe(true);
    const strict = await cli(['--check', '--strict']);
    expect(strict.stdout).toContain('--strict: 1 editorial decisions no longer match');
    expect(strict.code).toBe(1);
  }, 120_000);
});

describe('normalise on hostile notes', () => {
  it('publishes their questions with nothing executable on any page', async () => {
    const root = projectCopy({ notes: ['tests/fixtures/hostile-notes/900_hostile.md', 'tests/fixtures/hostile-notes/901_hostile.txt'] });
    const run = normaliseNotes(root);
    const pages = run.files.filter((file) => file.path.endsWith('.mdx'));
    expect(pages.length).toBeGreaterThan(7);
    for (const page of pages) {
      const executable = isTopicIndex(page.path) ? untrustedExecutableNodes(page.content) : executableNodes(page.content);
      expect(executable, page.path).toEqual([]);
      const js = await compileMdx(page.content);
      expect(js, page.path).not.toMatch(/_jsx\w*\("(?:script|img)"|href: "javascript:|_missingMdxReference|_components\.Foo/);
    }
    expect(readFileSync('tests/fixtures/hostile-notes/900_hostile.md', 'utf8')).toContain('<script>');
  });
});

/** Topic index pages carry the normaliser's own TopicQuestion component; question pages carry nothing executable. */
function isTopicIndex(path: string): boolean {
  return path.endsWith('/index.mdx');
}
