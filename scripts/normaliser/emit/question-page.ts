/**
 * One question page, `src/content/docs/<topic>/<id>.mdx`: frontmatter per the page contract
 * (docs/ARCHITECTURE.md), the answer made safe and printed as MDX, and a 相关问题 section.
 */
import type { List, Root, RootContent } from 'mdast';
import type { CanonicalQuestion, EntrySource, Message, OutputFile, Topic } from '../model.ts';
import { pagePath } from '../ids/update-registry.ts';
import { noteCreditTitle } from '../read/note-catalogue.ts';
import { frontmatter } from './frontmatter.ts';
import { toMdx } from './mdx-markdown.ts';
import { demoteHeadings, firstSentence } from './page-tree.ts';
import { safeTree } from './safe-tree.ts';

/** Where generated pages live, relative to the project root. */
export const DOCS_DIR = 'src/content/docs';

/** Heading of the related-questions section. */
export const RELATED_HEADING = '相关问题';

/** A published question: it has an id and a topic. */
export type PageQuestion = CanonicalQuestion & { id: string; topic: NonNullable<CanonicalQuestion['topic']> };

/** The page file and what making the answer safe reported. */
export interface RenderedPage {
  file: OutputFile;
  messages: Message[];
}

/** Path of a question page: `src/content/docs/<topic>/<id>.mdx`. */
export function questionPageFile(topic: Topic, id: string): string {
  return `${DOCS_DIR}/${topic}/${id}.mdx`;
}

/**
 * Render one question page. `questionsById` resolves related ids to titles and topics;
 * `keywords` are the page's search aliases.
 */
export function renderQuestionPage(
  question: PageQuestion,
  questionsById: ReadonlyMap<string, PageQuestion>,
  keywords: string[],
): RenderedPage {
  const { tree, messages } = safeTree(question.answer, question.sources[0]?.note ?? question.id);
  demoteHeadings(tree);
  const related = question.related
    .map((id) => questionsById.get(id))
    .filter((other): other is PageQuestion => other !== undefined);
  if (related.length > 0) tree.children.push(...relatedSection(related));

  const data = {
    title: question.question,
    description: firstSentence(question.answer) || question.question,
    topic: question.topic.topic,
    id: question.id,
    titleEn: question.titleEn,
    keywords,
    frequency: new Set(question.sources.map((source) => source.note)).size,
    sources: question.sources.map(pageSource),
    sidebar: { order: question.order ?? 1 },
  };
  const body = tree.children.length > 0 ? `\n${toMdx(tree)}` : '';
  return { file: { path: questionPageFile(question.topic.topic, question.id), content: `${frontmatter(data)}${body}` }, messages };
}

/** The `## 相关问题` heading and its list of links. */
function relatedSection(related: PageQuestion[]): RootContent[] {
  const list: List = {
    type: 'list',
    ordered: false,
    spread: false,
    children: related.map((other) => ({
      type: 'listItem',
      spread: false,
      children: [
        {
          type: 'paragraph',
          children: [{ type: 'link', url: pagePath(other.topic.topic, other.id), children: [{ type: 'text', value: other.question }] }],
        },
      ],
    })),
  };
  return [{ type: 'heading', depth: 2, children: [{ type: 'text', value: RELATED_HEADING }] }, list];
}

/**
 * A source as the frontmatter lists it: `title` is the note's readable name or own title
 * (`noteCreditTitle`); a note URL is kept only when it is a web address.
 */
function pageSource(source: EntrySource): { note: string; title?: string; url?: string; lines: [number, number] } {
  const url = source.noteUrl && /^https?:\/\//i.test(source.noteUrl) && URL.canParse(source.noteUrl) ? source.noteUrl : undefined;
  const title = noteCreditTitle(source);
  return {
    note: source.note,
    ...(title ? { title } : {}),
    ...(url ? { url } : {}),
    lines: source.lines,
  };
}

/** An empty answer tree, for tests and questions without an answer. */
export function emptyAnswer(): Root {
  return { type: 'root', children: [] };
}
