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
 * The practice data, read once per build. `getCollection` walks every entry's data (looking for
 * image references) on each call, and this is asked for on every page (the sidebar badges, the
 * frequency line) and for every question of a topic index: read afresh each time, the build's
 * cost grew with pages × pages (a 10x corpus built 4x slower than plain Starlight). The dev
 * server reads it afresh, so edited pages show up.
 */
export function loadPracticeData(): Promise<PracticeData> {
  if (import.meta.env.DEV) return readPracticeData();
  return (cachedPracticeData ??= readPracticeData());
}

let cachedPracticeData: Promise<PracticeData> | undefined;

/** Reads the docs collection and derives the practice data. */
async function readPracticeData(): Promise<PracticeData> {
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
