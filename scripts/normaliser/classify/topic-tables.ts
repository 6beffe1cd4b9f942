/**
 * The topic scorer's keyword tables from `data/topics.yaml`, validated once at import (static
 * configuration shipped with the code, like a JSON import; the stages stay pure).
 */
import { parseDataYaml, readDataText } from '../data-file.ts';
import { z } from 'zod';
import { TOPICS } from '../model.ts';

const keywordWeights = z.record(z.string().min(1), z.number().nonnegative());

const topicTablesSchema = z
  .object({
    questionWeight: z.number().nonnegative(),
    sectionWeight: z.number().nonnegative(),
    answerWeight: z.number().nonnegative(),
    fallback: z.enum(TOPICS),
    minimumScore: z.number().nonnegative(),
    closeCall: z.object({ margin: z.number().nonnegative(), ratio: z.number().min(0).max(1) }).strict(),
    topics: z
      .object(Object.fromEntries(TOPICS.map((topic) => [topic, z.object({ question: keywordWeights, answer: keywordWeights.default({}) }).strict()])) as {
        [T in (typeof TOPICS)[number]]: z.ZodObject<{ question: typeof keywordWeights; answer: z.ZodDefault<typeof keywordWeights> }, 'strict'>;
      })
      .strict(),
  })
  .strict();

/** Keyword tables and weights of the topic scorer. */
export type TopicTables = z.infer<typeof topicTablesSchema>;

/** Parses and validates topic tables from YAML text; throws a DataFileError naming file and line on bad data. */
export function parseTopicTables(yamlText: string, file = 'data/topics.yaml'): TopicTables {
  return parseDataYaml(topicTablesSchema, yamlText, file);
}

/** The project's tables, from `data/topics.yaml`. */
export const defaultTopicTables: TopicTables = parseTopicTables(readDataText('data/topics.yaml'));
