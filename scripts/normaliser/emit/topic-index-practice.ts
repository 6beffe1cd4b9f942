/**
 * The interview-practice parts of a topic index page: each question's summary is wrapped in the
 * site's `TopicQuestion` component (src/components/TopicQuestion.astro), which adds the
 * 高频 / Frequent badge in the reader's language and the note count the frequency sort reads,
 * and lets self-test mode hide the summary. Only this trusted import and element are executable;
 * the summary inside stays text.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';

/** The component's name in the page, and where the page (src/content/docs/<topic>/index.mdx) imports it from. */
export const TOPIC_QUESTION_COMPONENT = 'TopicQuestion';
export const TOPIC_QUESTION_IMPORT = `import ${TOPIC_QUESTION_COMPONENT} from '../../../components/TopicQuestion.astro';`;

/** The import statement that opens the page. */
export function topicQuestionImport(): RootContent {
  const esm: MdxjsEsm = { type: 'mdxjsEsm', value: TOPIC_QUESTION_IMPORT };
  return esm;
}

/**
 * `<TopicQuestion path="/<topic>/<id>/">：summary</TopicQuestion>`, placed after the question's
 * link; `summary` is plain text (empty for a question without an answer).
 */
export function topicQuestionMeta(path: string, summary: string): PhrasingContent {
  const element: MdxJsxTextElement = {
    type: 'mdxJsxTextElement',
    name: TOPIC_QUESTION_COMPONENT,
    attributes: [{ type: 'mdxJsxAttribute', name: 'path', value: path }],
    children: summary ? [{ type: 'text', value: `：${summary}` }] : [],
  };
  return element;
}
