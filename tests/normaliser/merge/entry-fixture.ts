/** Hand-made entries for merge and classify tests: a question and its answer as markdown. */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Entry, Model, NoteRecord } from '../../../scripts/normaliser/model.ts';

const markdown = unified().use(remarkParse).use(remarkGfm);

/** Parses markdown to mdast. */
export function md(text: string): Root {
  return markdown.parse(text) as Root;
}

/** One entry of `note` starting at `line`. */
export function entry(note: string, line: number, question: string, answer: string, section: string[] = []): Entry {
  return {
    key: `${note}:${line}`,
    question,
    answer: md(answer),
    source: { note, lines: [line, line + answer.split('\n').length], originalTitle: question },
    section,
  };
}

/** A model whose notes hold the given entries (grouped by note path). */
export function modelOf(entries: Entry[]): Model {
  const notes = new Map<string, Entry[]>();
  for (const item of entries) notes.set(item.source.note, [...(notes.get(item.source.note) ?? []), item]);
  const records: NoteRecord[] = [...notes].map(([path, list]) => ({
    source: { path, encoding: 'utf-8', text: '' },
    shape: 'generic',
    meta: {},
    entries: list,
    dropped: [],
    fixes: [],
    messages: [],
  }));
  return { notes: records, questions: [], files: [], messages: [] };
}
