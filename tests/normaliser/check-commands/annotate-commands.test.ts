import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { annotateCommands, fillTemplate } from '../../../scripts/normaliser/check-commands/annotate-commands.ts';
import { findCommandsInTree } from '../../../scripts/normaliser/check-commands/find-commands-in-tree.ts';
import { toMdx } from '../../../scripts/normaliser/emit/mdx-markdown.ts';
import { emptyIdRegistry, type IdRegistry } from '../../../scripts/normaliser/ids/id-registry.ts';
import type { CanonicalQuestion, Entry, Fix, Model } from '../../../scripts/normaliser/model.ts';
import { emptyOverrides, parseOverrides } from '../../../scripts/normaliser/overrides/parse.ts';

const NOTE = 'notes/a.md';
const parse = (text: string): Root => unified().use(remarkParse).use(remarkGfm).parse(text);

/** A model with one note whose entries each become a question with the given id. */
function modelOf(pages: { id: string; line: number; answer: string }[], fixes: Fix[] = []): Model {
  const entries: Entry[] = pages.map((page) => {
    // Blank lines before the answer put its nodes at the note's lines.
    const answer = parse(`${'\n'.repeat(page.line - 1)}${page.answer}`);
    const lines = page.answer.split('\n').length;
    return {
      key: `${NOTE}:${page.line}`,
      question: page.id,
      answer,
      source: { note: NOTE, lines: [page.line, page.line + lines], originalTitle: page.id },
      section: [],
    };
  });
  const questions: CanonicalQuestion[] = entries.map((entry, index) => ({
    members: [entry.key],
    question: entry.question,
    answer: entry.answer,
    sources: [entry.source],
    keywords: [],
    related: [],
    id: pages[index]!.id,
  }));
  const source = { path: NOTE, encoding: 'utf-8', text: '' };
  return { notes: [{ source, shape: 'heading-markdown', meta: {}, entries, dropped: [], fixes, messages: [] }], questions, files: [], messages: [] };
}

const overridesOf = (yaml: string) => {
  const { overrides, messages } = parseOverrides(yaml, 'editorial/overrides.yaml');
  expect(messages).toEqual([]);
  return overrides;
};
const page = (model: Model, id: string): string => toMdx(model.questions.find((question) => question.id === id)!.answer);

describe('annotateCommands: where asides go', () => {
  it('puts one aside right after the code block holding a wrong command, with the table text', () => {
    const model = annotateCommands(modelOf([{ id: 'stats', line: 10, answer: '查看资源：\n\n```bash\ndocker status web\n```\n\n完。' }]), emptyOverrides());
    expect(page(model, 'stats')).toBe(
      [
        '查看资源：',
        '',
        '```bash',
        'docker status web',
        '```',
        '',
        ':::caution[命令有误]',
        'docker status web'.replace(/^/, '`').concat('`：Docker 没有 `docker status` 命令：查看资源占用用 `docker stats`，查看容器状态用 `docker ps` 或 `docker inspect`。'),
        '',
        '应改为：`docker stats`',
        ':::',
        '',
        '完。',
        '',
      ].join('\n'),
    );
  });

  it('puts the aside inside the list item, after the paragraph, not after the whole list', () => {
    const model = annotateCommands(modelOf([{ id: 'list', line: 1, answer: '- 第一步 `docker ps -a`\n- 扫描镜像 `docker scan nginx`\n- 完' }]), emptyOverrides());
    const mdx = page(model, 'list');
    // A tight list stays tight: a container directive may interrupt the item's paragraph.
    expect(mdx).toContain('- 扫描镜像 `docker scan nginx`\n  :::caution[命令已移除]\n  `docker scan nginx`：');
    expect(mdx.indexOf(':::caution')).toBeLessThan(mdx.indexOf('- 完'));
  });

  it('lists several findings of one block in one aside, once each, titled by what they are', () => {
    const model = annotateCommands(
      modelOf([{ id: 'many', line: 1, answer: '```sh\ndocker scan a\ndocker scan a\ndocker volume backup v b.tar\n```' }]),
      emptyOverrides(),
    );
    const mdx = page(model, 'many');
    expect(mdx.match(/:::caution\[/g)).toHaveLength(1);
    expect(mdx).toContain(':::caution[命令有误或已过时]\n- `docker scan a`：');
    expect(mdx.match(/- `docker scan a`/g)).toHaveLength(1);
    expect(mdx).toContain('- `docker volume backup v b.tar`：');
    // Both occurrences are counted even though the aside names the command once.
    expect(model.questions[0]!.commands).toMatchObject({ invalid: 1, outdated: 2, annotated: 3 });
  });

  it('notes an obsolete compose version key in a note aside, not a caution', () => {
    const model = annotateCommands(modelOf([{ id: 'compose', line: 1, answer: '```yaml\nversion: "3"\nservices:\n  web:\n    image: nginx\n```' }]), emptyOverrides());
    expect(page(model, 'compose')).toContain(':::note[过时的写法]\n`version: "3"`：Compose 规范里顶层的 `version` 已经过时');
  });

  it('catches Dockerfile mistakes in dockerfile blocks (unknown instruction, deprecated MAINTAINER)', () => {
    const model = annotateCommands(modelOf([{ id: 'df', line: 1, answer: '```dockerfile\nFORM alpine\nMAINTAINER me\nRUM echo hi\n```' }]), emptyOverrides());
    const mdx = page(model, 'df');
    expect(mdx).toContain(':::caution[命令有误或已过时]');
    expect(mdx).toContain('- `FORM alpine`：`FORM` 不是 Dockerfile 指令。\n\n  应改为：`FROM`');
    expect(mdx).toContain('- `RUM echo hi`：`RUM` 不是 Dockerfile 指令。\n\n  应改为：`RUN`');
    expect(mdx).toContain('- `MAINTAINER me`：`MAINTAINER` 从 Docker 1.13 起已弃用');
  });

  it('leaves valid commands, long pipelines included, alone', () => {
    const answer = '```bash\ndocker rm -f $(docker ps -aq --filter status=exited) && docker images -q | xargs -r docker rmi\n```\n\n用 `docker run -d -p 80:80 --name web nginx` 启动。';
    const model = annotateCommands(modelOf([{ id: 'ok', line: 1, answer }]), emptyOverrides());
    expect(page(model, 'ok')).not.toContain(':::');
    expect(model.questions[0]!.commands).toEqual({ checked: 5, invalid: 0, outdated: 0, fixed: 0, annotated: 0, ignored: 0, findings: [] });
  });

  it('does not annotate twice when run again (asides quote the wrong command on purpose)', () => {
    const once = annotateCommands(modelOf([{ id: 'twice', line: 1, answer: '```bash\ndocker scan x\n```' }]), emptyOverrides());
    const twice = annotateCommands(once, emptyOverrides());
    expect(page(twice, 'twice')).toBe(page(once, 'twice'));
    expect(findCommandsInTree(twice.questions[0]!.answer).map((found) => found.invocation.text)).toEqual(['docker scan x']);
  });
});

describe('annotateCommands: editorial decisions', () => {
  const answer = '```bash\ndocker volume backup my-volume my-backup.tar\n```\n\n```bash\ndocker status web\n```\n\n用 `docker -d` 启动（1.8 之前）。';
  const sample = () => modelOf([{ id: 'vol', line: 5, answer }]);

  it('annotate: the decision explanation and replacement replace the checker text', () => {
    const model = annotateCommands(
      sample(),
      overridesOf(
        'commands:\n  - id: vol\n    subject: volume backup\n    decision: annotate\n    explanation: 用临时容器打包：\n    replacement: |-\n      docker run --rm -v my-volume:/data -v "$PWD":/backup alpine tar cf /backup/my-backup.tar -C /data .\n',
      ),
    );
    expect(page(model, 'vol')).toContain(
      ':::caution[命令有误]\n`docker volume backup my-volume my-backup.tar`：用临时容器打包：\n\n```shell\ndocker run --rm -v my-volume:/data',
    );
    expect(model.questions[0]!.commands!.findings.map((finding) => [finding.line, finding.subject, finding.decision])).toEqual([
      [6, 'volume backup', 'annotate'],
      [10, 'status', 'auto'],
      [13, '-d', 'auto'],
    ]);
    expect(model.messages).toEqual([]);
  });

  it('ignore: no aside, counted as ignored', () => {
    const model = annotateCommands(sample(), overridesOf('commands:\n  - { id: vol, subject: "-d", decision: ignore, reason: history }\n'));
    expect(page(model, 'vol')).not.toContain('`docker -d`：');
    expect(model.questions[0]!.commands).toMatchObject({ invalid: 2, outdated: 1, annotated: 2, ignored: 1, fixed: 0 });
  });

  it('fix: the replacement is substituted on the page, no aside, counted as fixed', () => {
    const model = annotateCommands(sample(), overridesOf('commands:\n  - { id: vol, subject: status, line: 10, decision: fix, replacement: docker stats web }\n'));
    const mdx = page(model, 'vol');
    expect(mdx).toContain('```bash\ndocker stats web\n```');
    expect(mdx).not.toContain('docker status');
    expect(model.questions[0]!.commands).toMatchObject({ fixed: 1, annotated: 2 });
  });

  it('names ids no page ever had and flagged replacements as errors, decisions the page no longer matches as stale warnings, with their line', () => {
    const model = annotateCommands(
      sample(),
      overridesOf(
        [
          'commands:',
          '  - { id: vol, subject: volume restore, decision: annotate }',
          '  - { id: nowhere, subject: status, decision: annotate }',
          '  - { id: vol, subject: status, decision: fix, replacement: docker stats, match: docker statsu }',
          '  - { id: vol, subject: "-d", decision: annotate, replacement: docker daemon }',
          '',
        ].join('\n'),
      ),
    );
    expect(model.messages.map((message) => `${message.line} ${message.severity} ${message.reason}`)).toEqual([
      '3 error commands: no question has the id nowhere',
      '4 warning commands: no longer matches: fix: the page vol does not show "docker statsu" now',
      '2 warning commands: no longer matches: no finding with subject "volume restore" on the page vol (its findings now: "volume backup", "status", "-d")',
      '5 error commands: the replacement for "-d" on vol is itself flagged: The daemon is its own binary, dockerd; docker daemon was deprecated in 1.13 and removed in 17.12.',
    ]);
    expect(model.messages.map((message) => message.stale === true)).toEqual([false, true, true, false]);
  });

  it('calls a decision about a page that was merged away and took its commands with it stale, naming where its question went', () => {
    const registry: IdRegistry = {
      ...emptyIdRegistry(),
      ids: { 'gone-page': { status: 'published', topic: 'storage', formerTopics: [], questions: ['旧的问题'], members: ['notes/removed.md:3'] } },
    };
    const model = annotateCommands(sample(), overridesOf('commands:\n  - { id: gone-page, subject: status, decision: annotate }\n'), { registry });
    expect(model.messages).toEqual([
      {
        note: 'editorial/overrides.yaml',
        line: 2,
        severity: 'warning',
        source: 'overrides',
        reason: 'commands: no longer matches: id gone-page is no page any more: no note asks its question any more (last seen: "旧的问题")',
        stale: true,
      },
    ]);
  });

  it('follows an id merged into another page through the registry members', () => {
    const registry: IdRegistry = {
      ...emptyIdRegistry(),
      ids: { 'old-page': { status: 'merged', topic: 'storage', formerTopics: [], mergedInto: 'vol', questions: ['x'], members: [`${NOTE}:5`] } },
    };
    const model = annotateCommands(sample(), overridesOf('commands:\n  - { id: old-page, subject: "-d", decision: ignore, reason: history }\n'), { registry });
    expect(model.messages).toEqual([]);
    expect(model.questions[0]!.commands!.ignored).toBe(1);
  });
});

describe('annotateCommands: counts', () => {
  it('counts typo fixes of the cleaning that corrected a command, and not other typo fixes', () => {
    const fixes: Fix[] = [
      { note: NOTE, line: 2, kind: 'typo', detail: 'status -> stats' },
      { note: NOTE, line: 4, kind: 'typo', detail: 'Volumn -> Volume' },
      { note: NOTE, line: 2, kind: 'typeset', detail: 'x -> y' },
      { note: 'notes/other.md', line: 2, kind: 'typo', detail: 'status -> stats' },
    ];
    const model = annotateCommands(modelOf([{ id: 'fixed', line: 1, answer: '```bash\ndocker stats web\n```\n\nVolume 是卷。' }], fixes), emptyOverrides());
    expect(model.questions[0]!.commands).toMatchObject({ checked: 1, fixed: 1, annotated: 0 });
  });
});

describe('fillTemplate', () => {
  it('puts the subject in a code span that survives backticks', () => {
    expect(fillTemplate('`{subject}` 已弃用。', '--link')).toBe('`--link` 已弃用。');
    expect(fillTemplate('`{subject}` 已弃用。', 'a`b')).toBe('``a`b`` 已弃用。');
  });
});
