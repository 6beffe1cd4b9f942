/** The wording of command asides, from `data/docker-cli/aside-text.yaml`, validated once at import. */
import { parseDataYaml, readDataText } from '../data-file.ts';
import { z } from 'zod';

const kindText = z.string().min(1);

const asideTextSchema = z
  .object({
    titles: z.object({ invalid: kindText, removed: kindText, deprecated: kindText, mixed: kindText, info: kindText }).strict(),
    reasons: z
      .object({
        'unknown-command': kindText,
        'unknown-flag': kindText,
        'invalid-value': kindText,
        'unknown-instruction': kindText,
        removed: kindText,
        deprecated: kindText,
      })
      .strict(),
    replacement: kindText,
    advice: kindText,
  })
  .strict();

/** Titles by category, fallback reasons by finding kind (`{subject}` placeholder), lead-ins. */
export type AsideText = z.infer<typeof asideTextSchema>;

/** Parses and validates the aside wording from YAML text; throws a DataFileError naming file and line on bad data. */
export function parseAsideText(yamlText: string, file = 'data/docker-cli/aside-text.yaml'): AsideText {
  return parseDataYaml(asideTextSchema, yamlText, file);
}

/** The project's wording, from `data/docker-cli/aside-text.yaml`. */
export const defaultAsideText: AsideText = parseAsideText(readDataText('data/docker-cli/aside-text.yaml'));
