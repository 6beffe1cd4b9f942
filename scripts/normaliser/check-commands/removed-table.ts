/**
 * Known removed, deprecated and invented docker commands, flags and values, from
 * `data/docker-cli/removed.yaml`, validated once at import.
 */
import { parseDataYaml, readDataText } from '../data-file.ts';
import { z } from 'zod';

const findingFields = {
  finding: z.enum(['unknown-command', 'unknown-flag', 'removed', 'deprecated', 'invalid-value']),
  severity: z.enum(['error', 'warning', 'info']).optional(),
  reason: z.string().min(1),
  replacement: z.string().min(1).optional(),
  /** What the site says, in Chinese markdown: why it is wrong, and advice when `replacement` is not a command. */
  zh: z.object({ reason: z.string().min(1), replacement: z.string().min(1).optional() }).strict().optional(),
};

const removedTableSchema = z
  .object({
    comment: z.string(),
    programs: z.array(z.object({ program: z.string().min(1), ...findingFields }).strict()),
    commands: z.array(
      z.object({ path: z.string().min(1), nounInProse: z.boolean().optional(), ...findingFields }).strict(),
    ),
    flags: z.array(
      z
        .object({
          paths: z.array(z.string()).min(1),
          flag: z.string().regex(/^--?[A-Za-z0-9][\w.-]*$/),
          /** True when the flag takes a value (so the checker skips it). */
          value: z.boolean(),
          /** True when the current client still accepts the flag (checked by a test). */
          accepted: z.boolean().optional(),
          ...findingFields,
        })
        .strict(),
    ),
    values: z.array(
      z
        .object({
          paths: z.array(z.string().min(1)).min(1),
          flags: z.array(z.string().min(2)).min(1),
          pattern: z.string().min(1),
          ...findingFields,
        })
        .strict(),
    ),
    dockerfile: z.array(z.object({ instruction: z.string().regex(/^[A-Z]+$/), ...findingFields }).strict()),
    compose: z.array(z.object({ key: z.string().min(1), ...findingFields }).strict()),
  })
  .strict();

/** The removed/deprecated table as in `data/docker-cli/removed.yaml`. */
export type RemovedTable = z.infer<typeof removedTableSchema>;

/** One entry's finding fields: kind, optional severity, reason, optional replacement, optional Chinese text. */
export type RemovedEntry = Pick<RemovedTable['commands'][number], 'finding' | 'severity' | 'reason' | 'replacement' | 'zh'>;

/** Parses and validates the table from YAML text; throws a DataFileError naming file and line on bad data. */
export function parseRemovedTable(yamlText: string, file = 'data/docker-cli/removed.yaml'): RemovedTable {
  const table = parseDataYaml(removedTableSchema, yamlText, file);
  for (const entry of table.values) new RegExp(entry.pattern); // fail early on a bad pattern
  return table;
}

/** The project's table, from `data/docker-cli/removed.yaml`. */
export const defaultRemovedTable: RemovedTable = parseRemovedTable(readDataText('data/docker-cli/removed.yaml'));
