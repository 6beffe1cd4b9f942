/**
 * The translator new ids use: CC-CEDICT (cedict.ts), loaded on the first Chinese word the id
 * glossary lacks, so a run whose questions all have ids already never reads it. Senses whose
 * words the glossary or the docker CLI's own help use are preferred (`限制` -> limit, not
 * restrict).
 */
import { readFileSync } from 'node:fs';
import { loadCedict } from './cedict.ts';
import { defaultIdTerms, type IdTerms } from './id-terms.ts';
import { dictionaryTranslator, type HanTranslator } from './translate-han.ts';

/**
 * English words a sense may be preferred for: every id word of the glossary, and the words of
 * the docker CLI's command summaries (`data/docker-cli/cli.json`).
 */
export function preferredEnglish(terms: IdTerms, cliSummaries: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const phrases of terms.phrasesByFirstChar.values()) for (const phrase of phrases) for (const word of phrase.words) words.add(word);
  for (const summary of cliSummaries) for (const word of summary.toLowerCase().match(/[a-z]+/g) ?? []) words.add(word);
  return words;
}

/** The command summaries of `data/docker-cli/cli.json` (`{ commands: { name: { summary, commands? } } }`, nested). */
export function cliSummaries(cliJson: unknown): string[] {
  const summaries: string[] = [];
  const walk = (commands: unknown): void => {
    if (!commands || typeof commands !== 'object') return;
    for (const command of Object.values(commands as Record<string, unknown>)) {
      const { summary, commands: subcommands } = (command ?? {}) as { summary?: unknown; commands?: unknown };
      if (typeof summary === 'string') summaries.push(summary);
      walk(subcommands);
    }
  };
  walk((cliJson as { commands?: unknown } | null)?.commands);
  return summaries;
}

let translator: HanTranslator | undefined;

/** CC-CEDICT with the project's preferred English, made on first use. */
export const defaultTranslator: HanTranslator = (run, context) => {
  if (!translator) {
    const cli: unknown = JSON.parse(readFileSync(new URL('../../../data/docker-cli/cli.json', import.meta.url), 'utf8'));
    translator = dictionaryTranslator(loadCedict(), preferredEnglish(defaultIdTerms, cliSummaries(cli)));
  }
  return translator(run, context);
};
