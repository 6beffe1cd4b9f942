import { defineCollection, z } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { TOPICS } from './topics.ts';

/** One note that asked a question, as the normaliser writes it into `sources`. */
const sourceSchema = z.object({
  note: z.string(),
  title: z.string().optional(),
  url: z.string().url().optional(),
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
});

/**
 * Frontmatter of generated question pages (docs/ARCHITECTURE.md, "Generated page contract").
 * All optional, so hand-written pages such as the home page validate too.
 */
const questionSchema = z.object({
  topic: z.enum(TOPICS).optional(),
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be ASCII kebab-case')
    .optional(),
  titleEn: z.string().optional(),
  keywords: z.array(z.string()).default([]),
  frequency: z.number().int().nonnegative().optional(),
  sources: z.array(sourceSchema).default([]),
});

/** Custom UI strings, in src/content/i18n/<lang>.json next to Starlight's own. */
const uiStringsSchema = z.object({
  'copyLink.label': z.string(),
  'copyLink.copied': z.string(),
  'copyLink.failed': z.string(),
  'question.keywords': z.string(),
  'question.sources': z.string(),
  'question.sourceLines': z.string(),
  'home.topics': z.string(),
  'home.questionCount': z.string(),
  'home.searchPrompt': z.string(),
  'practice.askedIn': z.string(),
  'practice.frequent': z.string(),
  'practice.selfTest': z.string(),
  'practice.showAnswer': z.string(),
  'practice.hideAnswer': z.string(),
  'practice.random': z.string(),
  'practice.randomInTopic': z.string(),
  'practice.print': z.string(),
  'practice.sortLabel': z.string(),
  'practice.sortLearning': z.string(),
  'practice.sortFrequency': z.string(),
  'practice.printTitle': z.string(),
  'practice.printIntro': z.string(),
  'practice.answerLink': z.string(),
  'practice.randomTitle': z.string(),
  'practice.randomPicking': z.string(),
  'practice.randomFailed': z.string(),
  'home.frequentTitle': z.string(),
  'home.frequentIntro': z.string(),
});

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: questionSchema }) }),
  i18n: defineCollection({
    loader: i18nLoader(),
    schema: i18nSchema({ extend: uiStringsSchema.partial() }),
  }),
};
