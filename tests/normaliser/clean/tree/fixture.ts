/**
 * Fixture helpers for the tree pass tests: a NoteRecord with one entry built from markdown, the
 * project's data files, and markdown output to compare against.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Root } from 'mdast';
import type { CleanContext, NoteRecord } from '../../../../scripts/normaliser/model.ts';
import { loadTreeCleanData } from '../../../../scripts/normaliser/clean/tree/data.ts';

/** The project root. */
export const projectRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** The project's data/glossary files, loaded once. */
export const data = loadTreeCleanData(projectRoot);

/** A context with the project's data and the given asset paths. */
export function contextWith(assetPaths: string[] = [], extra: Partial<CleanContext> = {}): CleanContext {
  return { assetPaths: new Set(assetPaths), data, ...extra };
}

/** Parses markdown with remark-parse + remark-gfm. */
export function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

/** Renders mdast back to markdown (remark-stringify + gfm), trimmed. */
export function toMarkdown(root: Root): string {
  return unified().use(remarkGfm).use(remarkStringify, { bullet: '-', fences: true }).stringify(root).trim();
}

/** A note with one entry whose answer is `markdown`. */
export function noteOf(markdown: string, options: { question?: string; path?: string; title?: string } = {}): NoteRecord {
  const path = options.path ?? 'notes/999_fixture.txt';
  const question = options.question ?? '问题';
  const answer = parseMarkdown(markdown);
  return {
    source: { path, encoding: 'utf-8', text: markdown },
    shape: 'generic',
    meta: options.title ? { title: options.title } : {},
    entries: [
      {
        key: `${path}:1`,
        question,
        answer,
        source: { note: path, lines: [1, markdown.split('\n').length], originalTitle: question },
        section: [],
      },
    ],
    dropped: [],
    fixes: [],
    messages: [],
  };
}

/** A note whose answer is plain-text lines, one paragraph per line, as a plain-text adapter gives. */
export function plainNoteOf(lines: string[], options: { question?: string; path?: string; firstLine?: number } = {}): NoteRecord {
  const note = noteOf('', options);
  const first = options.firstLine ?? 1;
  note.entries[0]!.answer = {
    type: 'root',
    children: lines.map((value, offset) => {
      const position = { start: { line: first + offset, column: 1 }, end: { line: first + offset, column: value.length + 1 } };
      return { type: 'paragraph', children: [{ type: 'text', value, position }], position };
    }),
  };
  return note;
}

/** The first entry's answer as markdown. */
export const answerOf = (note: NoteRecord) => toMarkdown(note.entries[0]!.answer);

/** The body of a generated page (`basics/harbor-components`), frontmatter cut off. */
export function generatedPage(page: string): string {
  const text = readFileSync(join(projectRoot, 'src/content/docs', `${page}.mdx`), 'utf8');
  return text.replace(/^---\n[\s\S]*?\n---\n/, '');
}

/** The bodies (frontmatter cut) of every generated question page, in path order. */
export function generatedPages(): string[] {
  const root = join(projectRoot, 'src/content/docs');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.mdx') && !path.startsWith('en') && !path.endsWith('index.mdx'))
    .sort()
    .map((path) => generatedPage(path.replace(/\.mdx$/, '').split('\\').join('/')));
}
