/**
 * Reads what the corpus generator needs from disk: the real notes and the vocabulary file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { corpusVocabularySchema, type CorpusNote, type CorpusVocabulary } from '../corpus.ts';

/** The vocabulary file, next to the generator. */
export const VOCABULARY_PATH = new URL('../corpus-vocabulary.yaml', import.meta.url);

/** The project's notes (notes/*.txt|md, no README) and the corpus vocabulary. */
export function loadCorpusInputs(projectRoot: string): { notes: CorpusNote[]; vocabulary: CorpusVocabulary } {
  const notesDir = join(projectRoot, 'notes');
  const notes = readdirSync(notesDir)
    .filter((name) => /\.(txt|md|markdown|mdx)$/i.test(name) && name !== 'README.md')
    .sort()
    .map((name) => ({ name, text: readFileSync(join(notesDir, name), 'utf8') }));
  const vocabulary = corpusVocabularySchema.parse(parse(readFileSync(VOCABULARY_PATH, 'utf8')));
  return { notes, vocabulary };
}
