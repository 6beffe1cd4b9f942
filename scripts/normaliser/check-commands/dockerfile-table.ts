/** Dockerfile instructions and known misspellings, from `data/docker-cli/dockerfile.yaml`. */
import { parseDataYaml, readDataText } from '../data-file.ts';
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

/** Parses and validates the table from YAML text; throws a DataFileError naming file and line on bad data. */
export function parseDockerfileTable(yamlText: string, file = 'data/docker-cli/dockerfile.yaml'): DockerfileTable {
  return parseDataYaml(dockerfileTableSchema, yamlText, file);
}

/** The project's table, from `data/docker-cli/dockerfile.yaml`. */
export const defaultDockerfileTable: DockerfileTable = parseDockerfileTable(readDataText('data/docker-cli/dockerfile.yaml'));
