/**
 * The topic scorer: weighted keywords found in a question's title, its note's grouping headings
 * and its answer give a score per topic; the highest wins. Transparent on purpose: the scores
 * and the margin go into the report, and `data/topics.yaml` says why a question went where.
 */
import { TOPICS, type Topic, type TopicAssignment } from '../model.ts';
import { defaultTopicTables, type TopicTables } from './topic-tables.ts';

/** The texts a question is scored on. */
export interface TopicEvidence {
  /** The clean question title. */
  question: string;
  /** Grouping headings above its entries in their notes (`Docker底层原理`). */
  sections: readonly string[];
  /** The answer as plain text. */
  answer: string;
}

const compiledPatterns = new Map<string, RegExp>();

/** A keyword's pattern: case/width-insensitive, whole words at Latin ends. */
function keywordPattern(keyword: string): RegExp {
  let pattern = compiledPatterns.get(keyword);
  if (!pattern) {
    const folded = fold(keyword);
    const body = folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s_-]*');
    const start = /^[a-z0-9]/.test(folded) ? '(?<![a-z0-9])' : '';
    const end = /[a-z0-9]$/.test(folded) ? '(?![a-z0-9])' : '';
    pattern = new RegExp(`${start}${body}${end}`, 'u');
    compiledPatterns.set(keyword, pattern);
  }
  return pattern;
}

/** Case- and width-insensitive form; spaces next to Chinese characters dropped (`Docker 简介`). */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/gu, '');
}

function keywordScore(text: string, keywords: Readonly<Record<string, number>>): number {
  let score = 0;
  // Sorted so the floating-point sum is the same whatever order the YAML listed them in.
  for (const keyword of Object.keys(keywords).sort()) {
    if (keywordPattern(keyword).test(text)) score += keywords[keyword]!;
  }
  return score;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Scores one question against every topic and picks the winner. Ties go to the topic listed
 * first in TOPICS; a winner scoring below `minimumScore` gives way to `fallback`.
 * `closeCall` is set when the margin over the runner-up is below `closeCall.margin` points or
 * below `closeCall.ratio` of the winner's score.
 */
export function scoreTopics(evidence: TopicEvidence, tables: TopicTables = defaultTopicTables): TopicAssignment {
  const question = fold(evidence.question);
  const sections = fold(evidence.sections.join(' '));
  const answer = fold(evidence.answer);
  const scores = {} as Record<Topic, number>;
  for (const topic of TOPICS) {
    const keywords = tables.topics[topic];
    scores[topic] = round(
      tables.questionWeight * keywordScore(question, keywords.question) +
        tables.sectionWeight * keywordScore(sections, keywords.question) +
        tables.answerWeight * keywordScore(answer, keywords.answer),
    );
  }
  const ranked = [...TOPICS].sort((a, b) => scores[b] - scores[a] || TOPICS.indexOf(a) - TOPICS.indexOf(b));
  const best = ranked[0]!;
  const runnerUp = ranked[1]!;
  // A winner below `minimumScore` won on stray answer words, not evidence: use the fallback.
  const topic = scores[best] >= tables.minimumScore ? best : tables.fallback;
  const margin = round(scores[best] - scores[runnerUp]);
  const closeCall = margin < tables.closeCall.margin || margin < tables.closeCall.ratio * scores[best];
  return { topic, margin, scores, closeCall, pinned: false };
}
