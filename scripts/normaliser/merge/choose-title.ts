/**
 * The title of a merged page: the best-formed question among its members, chosen apart from the
 * lead answer (the most complete answer can sit under a clumsy heading such as "docker 与传统虚拟机
 * 的区别什么？" or a bare "docker-compose").
 *
 * A title is scored on what a reader sees: a real question beats a noun phrase, which beats a bare
 * term or command (no Chinese at all); one question beats two run together; naming the subject
 * (Docker) helps; a clumsy phrasing (data/title-choice.yaml) hurts; longer reads as more complete
 * up to a moderate length. The lead's own title gets a small head start, so a near-tie (two
 * equally good phrasings a few characters apart) keeps it; other ties keep the earlier member.
 */
import { parseDataYaml, readDataText } from '../data-file.ts';
import { z } from 'zod';
import { QUESTION_WORDS } from '../clean/tree/question-title.ts';

const titleRulesSchema = z
  .object({
    subjectWords: z.array(z.string().min(1)).default([]),
    clumsy: z.array(z.object({ pattern: z.string().min(1), note: z.string().optional() }).strict()).default([]),
  })
  .strict();

/** What `titleScore` reads from data/title-choice.yaml: subject words and clumsy phrasings. */
export interface TitleRules {
  /** Lower-case words that name the site's subject. */
  subjectWords: string[];
  clumsy: RegExp[];
}

/** Parses and validates the title rules from YAML text; throws on bad data or a bad pattern. */
export function parseTitleRules(yamlText: string, file = 'data/title-choice.yaml'): TitleRules {
  const rules = parseDataYaml(titleRulesSchema, yamlText, file);
  return {
    subjectWords: rules.subjectWords.map((word) => word.toLowerCase()),
    clumsy: rules.clumsy.map(({ pattern }) => new RegExp(pattern, 'u')),
  };
}

/** The project's rules, from `data/title-choice.yaml` (static data, read once like a JSON import). */
export const defaultTitleRules: TitleRules = parseTitleRules(readDataText('data/title-choice.yaml'));

/** Score parts; named so the weights can be read against each other. */
const QUESTION = 40;
const NOUN_PHRASE = 20;
const BARE_TERM = -50;
const TWO_QUESTIONS = -30;
const CLAUSE_BREAK = -5;
const CLUMSY = -20;
const NAMES_SUBJECT = 10;
const TOO_SHORT = -20;
/** Head start of the lead's title: worth about six characters of length. */
const LEAD = 3;
/** Visible characters (spaces left out) below which a title is a bare term, and above which it is long. */
const SHORT_LENGTH = 5;
const LONG_LENGTH = 28;

const HAN = /\p{Script=Han}/u;
/** Clause separators inside a title (the end mark is not one). */
const CLAUSE_SEPARATOR = /[，,；;]/;

/** True when the title asks two things: a question mark inside it, or two clauses that each ask. */
function asksTwoThings(title: string): boolean {
  const body = title.replace(/[?？]\s*$/, '');
  if (/[?？]/.test(body)) return true;
  return body.split(CLAUSE_SEPARATOR).filter((clause) => QUESTION_WORDS.test(clause)).length >= 2;
}

/**
 * How well-formed a question title is as a page title (higher is better). Expects a cleaned
 * title (clean/tree/question-title.ts): questions end with `？`, noun phrases end bare.
 * @example titleScore('Docker 容器和虚拟机的主要区别是什么？') > titleScore('docker 与传统虚拟机的区别什么？') // true
 */
export function titleScore(title: string, rules: TitleRules = defaultTitleRules): number {
  const text = title.trim();
  const isQuestion = /[?？]$/.test(text);
  let score = isQuestion ? QUESTION : HAN.test(text) ? NOUN_PHRASE : BARE_TERM;
  if (asksTwoThings(text)) score += TWO_QUESTIONS;
  else if (CLAUSE_SEPARATOR.test(text)) score += CLAUSE_BREAK;
  if (rules.clumsy.some((pattern) => pattern.test(text))) score += CLUMSY;
  const lower = text.toLowerCase();
  if (rules.subjectWords.some((word) => lower.includes(word))) score += NAMES_SUBJECT;
  const length = [...text.replace(/\s+/g, '')].length;
  if (length < SHORT_LENGTH) score += TOO_SHORT;
  else score += Math.min(length, LONG_LENGTH) / 2 - Math.max(0, length - LONG_LENGTH);
  return score;
}

/**
 * The page title among `questions` (the members' clean questions, lead first): the highest
 * `titleScore`, the lead's counted with a head start of 3, the earliest on a tie. Throws on an
 * empty list.
 * @example chooseTitle(['docker-compose', 'Docker Compose 的用途是什么？']) // 'Docker Compose 的用途是什么？'
 */
export function chooseTitle(questions: readonly string[], rules: TitleRules = defaultTitleRules): string {
  if (questions.length === 0) throw new Error('chooseTitle: no questions to choose from');
  let best = questions[0]!;
  let bestScore = titleScore(best, rules) + LEAD;
  for (const question of questions.slice(1)) {
    const score = titleScore(question, rules);
    if (score > bestScore) {
      best = question;
      bestScore = score;
    }
  }
  return best;
}
