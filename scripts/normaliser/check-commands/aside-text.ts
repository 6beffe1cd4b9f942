/** The wording of command asides, from `data/docker-cli/aside-text.yaml`, validated once at import. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
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

/** Parses and validates the aside wording from YAML text; throws with the zod issue on bad data. */
export function parseAsideText(yamlText: string): AsideText {
  return asideTextSchema.parse(parse(yamlText));
}

/** The project's wording, from `data/docker-cli/aside-text.yaml`. */
export const defaultAsideText: AsideText = parseAsideText(
  readFileSync(new URL('../../../data/docker-cli/aside-text.yaml', import.meta.url), 'utf8'),
);
