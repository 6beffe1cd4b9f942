/**
 * The id registry (`data/id-registry.json`): every id ever published, with fingerprints of its
 * question, so later runs give the same question the same id and never give an id to another
 * question. Validated by a zod schema; written with sorted keys so runs are byte-identical.
 */
import { z } from 'zod';
import { TOPICS } from '../model.ts';

/** Where the registry lives, relative to the project root. */
export const ID_REGISTRY_FILE = 'data/id-registry.json';

/**
 * What an id points at now: a live page, a question kept off the site by an override, a page
 * merged into another id, or a question no note asks any more.
 */
export const ID_STATUSES = ['published', 'hidden', 'merged', 'retired'] as const;
export type IdStatus = (typeof ID_STATUSES)[number];

const idRecordSchema = z
  .object({
    status: z.enum(ID_STATUSES),
    /** Topic of the last published page. */
    topic: z.enum(TOPICS),
    /** Topics the page was published under before; their URLs redirect. Sorted. */
    formerTopics: z.array(z.enum(TOPICS)),
    /** For `merged`: the id it was merged into. */
    mergedInto: z.string().optional(),
    /** Clean question texts of the members when last seen. Sorted, unique. */
    questions: z.array(z.string()),
    /** Entry keys (`<note>:<first line>`) of the members when last seen. Sorted, unique. */
    members: z.array(z.string()),
    /**
     * The page title when last seen: when a page splits in two and both halves match the id
     * equally, the id stays with the half that bears the title readers saw at that URL.
     */
    title: z.string().optional(),
    /**
     * Words of the id spelt in pinyin when it was made (no glossary term, no dictionary word):
     * an id never changes, so the report keeps counting them.
     */
    pinyin: z.array(z.string()).optional(),
  })
  .strict();

/** Schema of `data/id-registry.json`. */
export const idRegistrySchema = z
  .object({
    version: z.literal(1),
    ids: z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are ASCII kebab-case'), idRecordSchema),
  })
  .strict();

export type IdRecord = z.infer<typeof idRecordSchema>;
export type IdRegistry = z.infer<typeof idRegistrySchema>;

/** A registry with no ids, for the first run. */
export function emptyIdRegistry(): IdRegistry {
  return { version: 1, ids: {} };
}

/** Parse the registry JSON; `path` names the file in errors. */
export function parseIdRegistry(jsonText: string, path: string = ID_REGISTRY_FILE): IdRegistry {
  let json: unknown;
  try {
    json = JSON.parse(jsonText);
  } catch (error) {
    throw new Error(`${path}: invalid JSON: ${(error as Error).message}`);
  }
  const parsed = idRegistrySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** The registry as JSON text: ids sorted, arrays sorted, two-space indent, final newline. */
export function serialiseIdRegistry(registry: IdRegistry): string {
  const ids: Record<string, IdRecord> = {};
  for (const id of Object.keys(registry.ids).sort(compareText)) {
    const record = registry.ids[id] as IdRecord;
    ids[id] = {
      status: record.status,
      topic: record.topic,
      formerTopics: [...new Set(record.formerTopics)].sort(compareText),
      ...(record.mergedInto === undefined ? {} : { mergedInto: record.mergedInto }),
      questions: [...new Set(record.questions)].sort(compareText),
      members: [...new Set(record.members)].sort(compareText),
      ...(record.title === undefined ? {} : { title: record.title }),
      ...(record.pinyin === undefined ? {} : { pinyin: record.pinyin }),
    };
  }
  return `${JSON.stringify({ version: 1, ids }, null, 2)}\n`;
}

/** Code-unit order, the same on every machine (unlike localeCompare). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
