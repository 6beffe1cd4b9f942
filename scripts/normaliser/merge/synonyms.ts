/**
 * The question normalisation tables from `data/merge-synonyms.yaml`, validated once at import.
 *
 * Reading a static data table at import time is the same as importing a JSON module: it is
 * configuration shipped with the code, not input, so the stages that use it stay pure.
 */
import { parseDataYaml, readDataText } from '../data-file.ts';
import { z } from 'zod';

const synonymTablesSchema = z.object({
  synonyms: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
  fillers: z.array(z.string().min(1)),
  qualifiers: z.array(z.string().min(1)),
  generic: z.array(z.string().min(1)).default([]),
  aspects: z.array(z.string().min(1)).default([]),
  intents: z
    .object({ definition: z.array(z.string().min(1)), how: z.array(z.string().min(1)) })
    .strict()
    .default({ definition: [], how: [] }),
  conjunctions: z.array(z.string().min(1)).default([]),
  facets: z.array(z.string().min(1)).default([]),
  subjects: z.record(z.string().min(1), z.array(z.string().min(1)).min(2)).default({}),
});

/** The tables `normaliseQuestion` applies (synonyms: canonical -> variants, fillers, qualifiers) and the generic terms. */
export type SynonymTables = z.infer<typeof synonymTablesSchema>;

/** Parses and validates the synonym tables from YAML text; throws a DataFileError naming file and line on bad data. */
export function parseSynonymTables(yamlText: string, file = 'data/merge-synonyms.yaml'): SynonymTables {
  return parseDataYaml(synonymTablesSchema, yamlText, file);
}

/** The project's tables, from `data/merge-synonyms.yaml`. */
export const defaultSynonymTables: SynonymTables = parseSynonymTables(readDataText('data/merge-synonyms.yaml'));
