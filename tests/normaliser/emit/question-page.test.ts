import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { renderQuestionPage, type PageQuestion } from '../../../scripts/normaliser/emit/question-page.ts';
import { TOPICS, type Topic } from '../../../scripts/normaliser/model.ts';
import { compileMdx, executableNodes, linkUrls } from './mdx-check.ts';

const markdown = (text: string): Root => unified().use(remarkParse).use(remarkGfm).parse(text);
const scores = Object.fromEntries(TOPICS.map((topic) => [topic, 0])) as Record<Topic, number>;

function pageQuestion(id: string, topic: Topic, question: string, answer: string, extra: Partial<PageQuestion> = {}): PageQuestion {
  return {
    id,
    question,
    answer: markdown(answer),
    members: [`notes/000_a.txt:1`],
    sources: [{ note: 'notes/000_a.txt', lines: [1, 12], originalTitle: question }],
    keywords: [],
    related: [],
    topic: { topic, margin: 2, scores, closeCall: false, pinned: false },
    order: 3,
    ...extra,
  };
}

const frontmatterOf = (content: string) => parseYaml(content.split('---\n')[1] ?? '') as Record<string, unknown>;

describe('renderQuestionPage', () => {
  const volume = pageQuestion('volume-vs-bind-mount', 'storage', 'Volume 和 Bind Mount 的区别是什么?', '数据卷由 Docker 管理。绑定挂载是宿主机路径。');
  const vm = pageQuestion(
    'container-vs-vm',
    'basics',
    'Docker 容器和虚拟机的主要区别是什么?',
    'Docker 容器和传统虚拟机在资源隔离和运行方式上存在显著差异:\n\n# 架构\n\n容器共享内核。\n\n### 细节\n\n```\ndocker run -it ubuntu\n```',
    {
      related: ['volume-vs-bind-mount', 'no-such-id'],
      titleEn: 'Container vs VM',
      sources: [
        { note: 'notes/000_a.txt', lines: [1, 12], originalTitle: 'x' },
        { note: 'notes/004_e.txt', noteTitle: 'Docker面试题', noteUrl: 'https://example.com/a', lines: [400, 420], originalTitle: 'y' },
        { note: 'notes/004_e.txt', noteUrl: 'not a url', lines: [900, 910], originalTitle: 'z' },
      ],
    },
  );
  const byId = new Map([vm, volume].map((question) => [question.id, question]));
  const page = renderQuestionPage(vm, byId, ['容器', 'container']);

  it('writes src/content/docs/<topic>/<id>.mdx', () => {
    expect(page.file.path).toBe('src/content/docs/basics/container-vs-vm.mdx');
  });

  it('writes the frontmatter of the page contract', () => {
    expect(frontmatterOf(page.file.content)).toEqual({
      title: 'Docker 容器和虚拟机的主要区别是什么?',
      description: 'Docker 容器和传统虚拟机在资源隔离和运行方式上存在显著差异',
      topic: 'basics',
      id: 'container-vs-vm',
      titleEn: 'Container vs VM',
      keywords: ['容器', 'container'],
      frequency: 2,
      sources: [
        { note: 'notes/000_a.txt', lines: [1, 12] },
        { note: 'notes/004_e.txt', title: 'Docker面试题', url: 'https://example.com/a', lines: [400, 420] },
        { note: 'notes/004_e.txt', lines: [900, 910] },
      ],
      sidebar: { order: 3 },
    });
  });

  it('titles a source by its readable name from notes/README.md, before the note\'s own title', () => {
    const named = pageQuestion('named', 'basics', '什么是 Docker？', '答案。', {
      sources: [
        { note: 'notes/000_a.txt', noteName: 'Docker 面试问答 (52 问)', lines: [1, 2], originalTitle: 'x' },
        { note: 'notes/003_d.txt', noteName: 'Docker 与 Kubernetes', noteTitle: 'Docker and Kubernets', lines: [3, 4], originalTitle: 'y' },
      ],
    });
    expect(frontmatterOf(renderQuestionPage(named, new Map(), []).file.content).sources).toEqual([
      { note: 'notes/000_a.txt', title: 'Docker 面试问答 (52 问)', lines: [1, 2] },
      { note: 'notes/003_d.txt', title: 'Docker 与 Kubernetes', lines: [3, 4] },
    ]);
  });

  it('demotes answer headings under the page title and keeps code fences with a language', () => {
    const body = page.file.content.split('---\n').slice(2).join('---\n');
    expect(body).toContain('\n## 架构\n');
    expect(body).toContain('\n#### 细节\n');
    expect(body).toContain('```text\ndocker run -it ubuntu\n```');
  });

  it('ends with 相关问题 links to existing pages only, as /<topic>/<id>/', () => {
    expect(page.file.content).toMatch(/## 相关问题\n\n- \[Volume 和 Bind Mount 的区别是什么\?\]\(\/storage\/volume-vs-bind-mount\/\)\n$/);
    expect(linkUrls(page.file.content)).toEqual(['/storage/volume-vs-bind-mount/']);
  });

  it('compiles as MDX with nothing executable', async () => {
    expect(executableNodes(page.file.content)).toEqual([]);
    await expect(compileMdx(page.file.content)).resolves.toContain('相关问题');
  });

  it('escapes a hostile title in the frontmatter and the related links', async () => {
    const hostile = pageQuestion('hostile', 'security', '<script>alert(1)</script> {x}?', '答案。');
    const linking = renderQuestionPage({ ...volume, related: ['hostile'] }, new Map([['hostile', hostile]]), []);
    expect(executableNodes(linking.file.content)).toEqual([]);
    expect(frontmatterOf(renderQuestionPage(hostile, new Map(), []).file.content).title).toBe('<script>alert(1)</script> {x}?');
    await compileMdx(linking.file.content);
  });
});
