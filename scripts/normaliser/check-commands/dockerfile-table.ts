/** Dockerfile instructions and known misspellings, from `data/docker-cli/dockerfile.yaml`. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const dockerfileTableSchema = z
  .object({
    instructions: z.array(z.string().regex(/^[A-Z]+$/)).min(1),
    typos: z.record(z.string().regex(/^[A-Z]+$/), z.string().regex(/^[A-Z]+$/)),
  })
  .strict()
  .refine((table) => Object.values(table.typos).every((fix) => table.instructions.includes(fix)), {
    message: 'every typo must map to a listed instruction',
  });

/** Valid instructions and `misspelling -> instruction`. */
export type DockerfileTable = z.infer<typeof dockerfileTableSchema>;

/** Parses and validates the table from YAML text; throws with the zod issue on bad data. */
export function parseDockerfileTable(yamlText: string): DockerfileTable {
  return dockerfileTableSchema.parse(parse(yamlText));
}

/** The project's table, from `data/docker-cli/dockerfile.yaml`. */
export const defaultDockerfileTable: DockerfileTable = parseDockerfileTable(
  readFileSync(new URL('../../../data/docker-cli/dockerfile.yaml', import.meta.url), 'utf8'),
);
