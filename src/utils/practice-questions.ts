import { getCollection } from 'astro:content';
import { compareLearningOrder, countNotes, isFrequent, practiceQuestion, type PracticeQuestion } from './practice';
import { isQuestionPage } from './question';

/** Every question of the site (root-locale pages) in learning order, and the number of notes they came from. */
export interface PracticeData {
  questions: PracticeQuestion[];
  /** Distinct notes across all questions' sources: the M of "asked in N of M notes". */
  noteCount: number;
  /** Root-locale paths of the frequent questions. */
  frequentPaths: Set<string>;
}

/**
 * Reads the docs collection (Astro caches it) and returns the practice data. Not memoised, so
 * `astro dev` sees edited pages.
 */
export async function loadPracticeData(): Promise<PracticeData> {
  const pages = (await getCollection('docs'))
    .filter((entry) => !entry.id.startsWith('en/'))
    .map((entry) => entry.data)
    .filter(isQuestionPage);
  const questions = pages.map(practiceQuestion).sort(compareLearningOrder);
  return {
    questions,
    noteCount: countNotes(pages),
    frequentPaths: new Set(questions.filter((question) => isFrequent(question.frequency)).map((question) => question.path)),
  };
}
