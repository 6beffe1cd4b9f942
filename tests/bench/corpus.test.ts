import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusVocabularySchema, generateCorpus, newQuestionCount, questionPool, type CorpusNote, type CorpusVocabulary } from '../../scripts/bench/corpus.ts';

let vocabulary: CorpusVocabulary;
let notes: CorpusNote[];

beforeAll(() => {
  vocabulary = corpusVocabularySchema.parse(parse(readFileSync('scripts/bench/corpus-vocabulary.yaml', 'utf8')));
  notes = readdirSync('notes')
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ name, text: readFileSync(`notes/${name}`, 'utf8') }));
});

const digest = (corpus: readonly CorpusNote[]): string =>
  createHash('sha256').update(corpus.map((note) => `${note.name}\0${note.text}`).join('\0')).digest('hex');

describe('generateCorpus', () => {
  it('is the real notes themselves at 1x', () => {
    expect(generateCorpus(notes, 1, vocabulary)).toEqual(notes);
  });

  it('makes factor × notes files, the originals first, copies numbered after them', () => {
    const corpus = generateCorpus(notes, 10, vocabulary);
    expect(corpus).toHaveLength(50);
    expect(corpus.slice(0, 5)).toEqual(notes);
    expect(corpus.slice(5).map((note) => note.name.slice(0, 4))).toEqual(Array.from({ length: 45 }, (_, index) => `${String(index + 5).padStart(3, '0')}_`));
    expect(corpus.every((note) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(note.name))).toBe(true);
    expect(new Set(corpus.map((note) => note.name)).size).toBe(50);
  });

  it('is byte-identical for the same seed and differs for another seed', () => {
    expect(digest(generateCorpus(notes, 3, vocabulary))).toBe(digest(generateCorpus(notes, 3, vocabulary)));
    expect(digest(generateCorpus(notes, 3, vocabulary, 'other'))).not.toBe(digest(generateCorpus(notes, 3, vocabulary)));
  });

  it('makes a smaller corpus a prefix of a larger one', () => {
    expect(generateCorpus(notes, 10, vocabulary).slice(0, 20)).toEqual(generateCorpus(notes, 4, vocabulary));
  });

  it('rewords copies rather than duplicating notes', () => {
    const corpus = generateCorpus(notes, 3, vocabulary);
    for (const copy of corpus.slice(5)) expect(notes.map((note) => note.text)).not.toContain(copy.text);
  });

  it('keeps code blocks and front matter of a copy intact', () => {
    const source = notes.find((note) => note.name.startsWith('001_')) as CorpusNote;
    const copy = generateCorpus(notes, 2, vocabulary)[6] as CorpusNote;
    const fences = (text: string) => (text.match(/^```[^\n]*\n[\s\S]*?^```$/gm) ?? []).sort();
    expect(fences(copy.text)).toEqual(fences(source.text));
    const blog = notes.find((note) => note.name.startsWith('003_')) as CorpusNote;
    const blogCopy = generateCorpus(notes, 2, vocabulary)[8] as CorpusNote;
    const frontMatter = (text: string) => text.slice(0, text.indexOf('\n---\n', 4) + 5);
    expect(frontMatter(blogCopy.text)).toBe(frontMatter(blog.text));
  });

  it('adds new questions that appear in no real note, and does not repeat them within a corpus', () => {
    const pool = new Set(questionPool(vocabulary));
    const corpus = generateCorpus(notes, 10, vocabulary);
    const added = corpus.slice(5).flatMap((note) =>
      note.text.split('\n').map((line) => line.replace(/^#+\s/, '')).filter((line) => pool.has(line)),
    );
    const expected = corpus.slice(5).reduce((sum, _, index) => sum + newQuestionCount(notes[(index + 5) % 5] as CorpusNote), 0);
    expect(added).toHaveLength(expected);
    expect(new Set(added).size).toBe(added.length);
    for (const note of notes) for (const question of added) expect(note.text).not.toContain(question);
  });

  it('rejects a factor that is not a positive integer', () => {
    expect(() => generateCorpus(notes, 0, vocabulary)).toThrow(/positive integer/);
    expect(() => generateCorpus(notes, 1.5, vocabulary)).toThrow(/positive integer/);
  });
});

describe('questionPool', () => {
  it('fills every template with distinct terms and has enough questions for the 100x corpus', () => {
    const pool = questionPool(vocabulary);
    expect(new Set(pool).size).toBe(pool.length);
    expect(pool.some((question) => question.includes('{'))).toBe(false);
    const perCopy = notes.reduce((sum, note) => sum + newQuestionCount(note), 0) / notes.length;
    expect(pool.length).toBeGreaterThan(perCopy * 495);
  });
});
