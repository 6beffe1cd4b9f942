/**
 * data/plain-text-cues.json, validated: the cue words and patterns of the question-item
 * recogniser (question-items.ts) and the line classifiers (line-kinds.ts). A malformed file fails
 * at load with the key that is wrong, before any note is read.
 */
import { z } from 'zod';
import cues from '../../../data/plain-text-cues.json' with { type: 'json' };

const words = z.array(z.string().min(1));
const patterns = z.array(
  z.string().refine((source) => {
    try {
      new RegExp(source, 'u');
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression'),
);

/** The schema of data/plain-text-cues.json. */
export const PlainTextCuesSchema = z.object({
  $comment: z.string().optional(),
  /** `聊聊:` / `说说:` line openers of scraped pages (always followed by a colon). */
  questionPrefixes: words,
  /** Words that make a line read as a question (什么, 如何, 区别, ...). */
  questionWords: words,
  /** Words that open a question item: `问：`, `Q:`, `Q1.`, `问题 3：`, `Question 2:`. */
  questionCueWords: words,
  /** Words that open an answer: `答：`, `回答：`, `A:`, `Answer:`. */
  answerCueWords: words,
  /** English words a question may start with when it has no `?` (What, How, Explain, ...). */
  englishQuestionStarters: words,
  /** Patterns of a note's section lines (`一、基础篇`, `第二部分 网络`, `Part 2`, `【存储】`). */
  sectionPatterns: patterns,
  labelPrefixes: words,
  labelSuffixes: words,
  commandWords: words,
  promptPrefixes: words,
});

export type PlainTextCues = z.infer<typeof PlainTextCuesSchema>;

/**
 * Validate cue data: the data, or an Error naming the file and the first wrong key.
 * @example parsePlainTextCues({ questionWords: 1 }) // throws 'data/plain-text-cues.json: questionPrefixes: Required'
 */
export function parsePlainTextCues(data: unknown, file = 'data/plain-text-cues.json'): PlainTextCues {
  const result = PlainTextCuesSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new Error(`${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
}

/** The cue tables of data/plain-text-cues.json. */
export const PLAIN_TEXT_CUES: PlainTextCues = parsePlainTextCues(cues);
