/**
 * The zh→en term glossary behind page ids and English search aliases
 * (`data/glossary/id-terms.yaml`), validated by a zod schema.
 */
import { readFileSync } from 'node:fs';
import { parseDataYaml } from '../data-file.ts';
import { z } from 'zod';

const kebabWords = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case ASCII words');

/** Schema of `data/glossary/id-terms.yaml`. */
export const idTermsSchema = z
  .object({
    terms: z.record(z.string().min(1), kebabWords),
    fillers: z.array(z.string().min(1)),
    contrast: z.array(z.string().min(1)),
    conjunctions: z.array(z.string().min(1)),
    scope: z.array(z.string().min(1)),
    definition: z.array(z.string().min(1)),
    weak: z.array(kebabWords),
  })
  .strict();

/** The glossary as written in the data file. */
export type IdTermsFile = z.infer<typeof idTermsSchema>;

/** What a glossary phrase does in a title. */
export type PhraseRole = 'term' | 'filler' | 'contrast' | 'conjunction' | 'scope' | 'definition';

/** One phrase of the glossary, in matching form. */
export interface Phrase {
  /** Lower-case NFKC text with single spaces, as matched against a title. */
  text: string;
  role: PhraseRole;
  /** Id words for a term (`['bind', 'mount']`); empty for every other role. */
  words: string[];
}

/** The glossary ready for matching: phrases by first character, longest first. */
export interface IdTerms {
  phrasesByFirstChar: Map<string, Phrase[]>;
  /** Id words dropped next to another term (`docker`, `instructions`). */
  weakWords: Set<string>;
}

/**
 * Normalise text for matching: NFKC (full-width forms to ASCII), lower case, runs of
 * whitespace to one space, no space next to a Chinese character (typesetting adds them:
 * `非 root 用户` matches `非root用户`).
 * @example matchForm('Docker　Ｈｕｂ 的 镜像') // 'docker hub的镜像'
 */
export function matchForm(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/ (?=\p{Script=Han})|(?<=\p{Script=Han}) /gu, '')
    .trim();
}

/**
 * Parse and validate the glossary YAML text; `path` names the file in errors.
 * Throws when the file does not match the schema or names one phrase in two roles.
 */
export function parseIdTerms(yamlText: string, path: string): IdTerms {
  // A YAML error (a term listed twice) or a schema one names the file and the line.
  return compileIdTerms(parseDataYaml(idTermsSchema, yamlText, path), path);
}

/** Turn a validated glossary into matching tables. */
export function compileIdTerms(file: IdTermsFile, path = 'id-terms'): IdTerms {
  const roleByText = new Map<string, Phrase>();
  const add = (text: string, role: PhraseRole, words: string[]): void => {
    const form = matchForm(text);
    const known = roleByText.get(form);
    if (known && known.role !== role) {
      throw new Error(`${path}: "${text}" is listed as both ${known.role} and ${role}`);
    }
    roleByText.set(form, { text: form, role, words });
  };
  for (const [text, words] of Object.entries(file.terms)) add(text, 'term', words.split('-'));
  for (const text of file.contrast) add(text, 'contrast', []);
  for (const text of file.conjunctions) add(text, 'conjunction', []);
  for (const text of file.scope) add(text, 'scope', []);
  for (const text of file.definition) add(text, 'definition', []);
  for (const text of file.fillers) add(text, 'filler', []);

  const phrasesByFirstChar = new Map<string, Phrase[]>();
  const sorted = [...roleByText.values()].sort(
    (a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
  );
  for (const phrase of sorted) {
    const first = phrase.text[0] ?? '';
    const list = phrasesByFirstChar.get(first) ?? [];
    list.push(phrase);
    phrasesByFirstChar.set(first, list);
  }
  return { phrasesByFirstChar, weakWords: new Set(file.weak) };
}

/** Where the glossary lives, relative to the project root. */
export const ID_TERMS_FILE = 'data/glossary/id-terms.yaml';

/** The project's glossary, read once when this module loads (like the merge synonym tables). */
export const defaultIdTerms: IdTerms = parseIdTerms(
  readFileSync(new URL('../../../data/glossary/id-terms.yaml', import.meta.url), 'utf8'),
  ID_TERMS_FILE,
);
