/**
 * The emit stage: related questions, keywords, one MDX page per published question, one index
 * page per topic, and the id registry and redirects files. Pure: the files go into `model.files`.
 */
import type { Model, OutputFile } from '../model.ts';
import { TOPICS } from '../model.ts';
import { defaultIdTerms, type IdTerms } from '../ids/id-terms.ts';
import { compareText, ID_REGISTRY_FILE, serialiseIdRegistry, type IdRegistry } from '../ids/id-registry.ts';
import { registryRedirects, serialiseRedirects } from '../ids/update-registry.ts';
import { questionKeywords } from './question-keywords.ts';
import { renderQuestionPage, type PageQuestion } from './question-page.ts';
import { isPublished, relateQuestions } from './related-questions.ts';
import { renderTopicIndex } from './topic-index.ts';

/** Where the redirects go, relative to the project root (astro.config.mjs reads it). */
export const REDIRECTS_FILE = 'data/redirects.json';

/** The folders emit owns entirely: every file in them is generated. */
export const GENERATED_TOPIC_DIRS = TOPICS.map((topic) => `src/content/docs/${topic}`);

/**
 * Emit the site: `registry` is the registry after this run (updateIdRegistry). Questions get
 * their keywords and related ids; `files` gets the pages, topic indexes, registry and redirects,
 * sorted by path.
 */
export function emitSite(model: Model, registry: IdRegistry, terms: IdTerms = defaultIdTerms): Model {
  const related = relateQuestions(model);
  const questions = related.questions.map((question) => ({ ...question, keywords: questionKeywords(question, terms) }));
  const published = questions.filter(isPublished) as PageQuestion[];
  const byId = new Map(published.map((question) => [question.id, question]));

  const files: OutputFile[] = [];
  const messages = [...model.messages];
  for (const question of published) {
    const page = renderQuestionPage(question, byId, question.keywords);
    files.push(page.file);
    messages.push(...page.messages);
  }
  for (const topic of TOPICS) {
    const inTopic = published
      .filter((question) => question.topic.topic === topic)
      .sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || compareText(a.id, b.id));
    files.push(renderTopicIndex(topic, inTopic));
  }
  files.push({ path: ID_REGISTRY_FILE, content: serialiseIdRegistry(registry) });
  files.push({ path: REDIRECTS_FILE, content: serialiseRedirects(registryRedirects(registry)) });

  return {
    ...model,
    questions,
    messages,
    files: [...model.files, ...files].sort((a, b) => compareText(a.path, b.path)),
  };
}
