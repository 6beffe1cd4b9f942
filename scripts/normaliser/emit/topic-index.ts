/**
 * A topic's index page, `src/content/docs/<topic>/index.mdx`: the topic's questions in
 * learning-path order, each a link with a one-line summary (in the site's TopicQuestion
 * component, which adds the Frequent badge: topic-index-practice.ts).
 */
import { readFileSync } from 'node:fs';
import type { List, Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { TOPIC_LABELS } from '../../../src/topics.ts';
import { typesetText } from '../clean/tree/typeset.ts';
import { TOPICS, type OutputFile, type Topic } from '../model.ts';
import { pagePath } from '../ids/update-registry.ts';
import { frontmatter } from './frontmatter.ts';
import { toMdx } from './mdx-markdown.ts';
import { firstSentence } from './page-tree.ts';
import { DOCS_DIR, type PageQuestion } from './question-page.ts';
import { topicQuestionImport, topicQuestionMeta } from './topic-index-practice.ts';

/** Longest one-line summary of a question on the index page. */
export const SUMMARY_LENGTH = 60;

/** Schema of `data/topic-intros.yaml`: one line per topic. */
export const topicIntrosSchema = z.object(Object.fromEntries(TOPICS.map((topic) => [topic, z.string().min(1)])) as Record<Topic, z.ZodString>).strict();

/** The topic introductions, read once when this module loads. */
export const topicIntros: Record<Topic, string> = topicIntrosSchema.parse(
  parseYaml(readFileSync(new URL('../../../data/topic-intros.yaml', import.meta.url), 'utf8')),
);

/** Render the index page of `topic` listing `questions` (already in learning-path order). */
export function renderTopicIndex(topic: Topic, questions: readonly PageQuestion[], intros: Record<Topic, string> = topicIntros): OutputFile {
  const intro = intros[topic];
  const list: List = {
    type: 'list',
    ordered: true,
    start: 1,
    spread: false,
    children: questions.map((question) => {
      // Typeset like the answers: joining inline code and text can leave `docker exec： 在运行中`.
      const summary = typesetText(firstSentence(question.answer, SUMMARY_LENGTH));
      return {
        type: 'listItem',
        spread: false,
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'link', url: pagePath(topic, question.id), children: [{ type: 'text', value: question.question }] },
              topicQuestionMeta(pagePath(topic, question.id), summary),
            ],
          },
        ],
      };
    }),
  };
  const tree: Root = {
    type: 'root',
    children: [
      ...(questions.length > 0 ? [topicQuestionImport()] : []),
      { type: 'paragraph', children: [{ type: 'text', value: intro }] },
      ...(questions.length > 0 ? [list] : []),
    ],
  };
  const data = { title: TOPIC_LABELS[topic]['zh-CN'], description: intro, sidebar: { order: 0, label: '概览' } };
  return { path: `${DOCS_DIR}/${topic}/index.mdx`, content: `${frontmatter(data)}\n${toMdx(tree)}` };
}
