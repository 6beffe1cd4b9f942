import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { toMdx } from '../../../scripts/normaliser/emit/mdx-markdown.ts';
import { renderTopicIndex } from '../../../scripts/normaliser/emit/topic-index.ts';
import { TOPIC_QUESTION_IMPORT, topicQuestionImport, topicQuestionMeta } from '../../../scripts/normaliser/emit/topic-index-practice.ts';
import { pageQuestion } from './page-question-fixture.ts';
import { compileMdx } from './mdx-check.ts';

const mdxTree = (text: string): Root => unified().use(remarkParse).use(remarkMdx).parse(text);
const question = (id: string, title: string, answer: string) => pageQuestion('security', id, title, answer);

/** Every JSX element of the MDX text: name, attributes and the text inside. */
function jsxElements(mdx: string): { name: string | null; attributes: Record<string, unknown>; text: string; childTypes: string[] }[] {
  const found: ReturnType<typeof jsxElements> = [];
  visit(mdxTree(mdx), ['mdxJsxTextElement', 'mdxJsxFlowElement'], (node) => {
    const element = node as unknown as { name: string | null; attributes: { name: string; value: unknown }[]; children: { type: string; value?: string }[] };
    found.push({
      name: element.name,
      attributes: Object.fromEntries(element.attributes.map((attribute) => [attribute.name, attribute.value])),
      text: element.children.map((child) => child.value ?? '').join(''),
      childTypes: element.children.map((child) => child.type),
    });
  });
  return found;
}

describe('topicQuestionMeta', () => {
  it('prints the summary inside <TopicQuestion path>', () => {
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [topicQuestionMeta('/security/rootless/', '以普通用户运行守护进程。')] }] };
    expect(toMdx(tree)).toBe('<TopicQuestion path="/security/rootless/">：以普通用户运行守护进程。</TopicQuestion>\n');
  });

  it('keeps a hostile summary as text: no element, expression or attribute comes out of it', () => {
    const summary = '<script>alert(1)</script> {alert(2)} <img src=x onerror=alert(3)> "/>';
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [topicQuestionMeta('/security/x/', summary)] }] };
    const elements = jsxElements(toMdx(tree));
    expect(elements).toEqual([{ name: 'TopicQuestion', attributes: { path: '/security/x/' }, text: `：${summary}`, childTypes: ['text'] }]);
  });

  it('has no children when the question has no summary', () => {
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [topicQuestionMeta('/security/x/', '')] }] };
    expect(toMdx(tree)).toBe('<TopicQuestion path="/security/x/" />\n');
  });
});

describe('a topic index with the practice component', () => {
  const file = renderTopicIndex('security', [
    question('rootless', '什么是 rootless 模式？', '以普通用户运行守护进程。'),
    question('hostile', '<Foo/> 题目', '{alert(1)} 与 <b onclick=x>粗体</b> 的回答。'),
    question('empty', '没有回答的题目', ''),
  ]);

  it('imports the component first and wraps each question\'s summary, pointing at the question', () => {
    expect(file.content.split('---\n')[2]!.startsWith(`\n${TOPIC_QUESTION_IMPORT}\n`)).toBe(true);
    expect(jsxElements(file.content)).toEqual([
      { name: 'TopicQuestion', attributes: { path: '/security/rootless/' }, text: '：以普通用户运行守护进程。', childTypes: ['text'] },
      { name: 'TopicQuestion', attributes: { path: '/security/hostile/' }, text: '：{alert(1)} 与 <b onclick=x>粗体</b> 的回答。', childTypes: ['text'] },
      { name: 'TopicQuestion', attributes: { path: '/security/empty/' }, text: '', childTypes: [] },
    ]);
  });

  it('compiles as MDX', async () => {
    await compileMdx(file.content);
  });

  it('has no import on a topic without questions', () => {
    expect(renderTopicIndex('security', []).content).not.toContain('import');
    expect(topicQuestionImport()).toEqual({ type: 'mdxjsEsm', value: TOPIC_QUESTION_IMPORT });
  });
});
