/**
 * Shape detection: which adapter reads a note, decided from its content, never its file name.
 */
import type { Root } from 'mdast';
import type { NoteShape, SourceLine } from '../model.ts';
import type { ShapeAdapter } from './adapter.ts';
import { frontMatterMarkdown } from './adapters/front-matter-markdown.ts';
import { generic } from './adapters/generic.ts';
import { headingMarkdown } from './adapters/heading-markdown.ts';
import { htmlExport } from './adapters/html-export.ts';
import { qaList } from './adapters/qa-list.ts';
import { scrapedPage } from './adapters/scraped-page.ts';
import { tabSeparated } from './adapters/tab-separated.ts';
import { lazyMarkdown } from './markdown.ts';

/**
 * The adapters in the order they are tried (an HTML export first: its tags would read as
 * markdown's raw HTML; a tab-separated export next: its `#html:true` header and HTML fields are
 * no markdown); the generic one accepts anything.
 */
export const ADAPTERS: readonly ShapeAdapter[] = [htmlExport, tabSeparated, frontMatterMarkdown, headingMarkdown, scrapedPage, qaList, generic];

/** The adapter for a shape. */
export function adapterFor(shape: NoteShape): ShapeAdapter {
  return ADAPTERS.find((adapter) => adapter.shape === shape) ?? generic;
}

/**
 * Detect a note's shape from its raw lines: the first adapter whose `detect` accepts them.
 * `markdown` returns the lines' markdown tree (parsed once, shared by the detectors).
 */
export function detectShape(lines: readonly SourceLine[], markdown?: () => Root): NoteShape {
  const tree = markdown ?? lazyMarkdown(lines.map((line) => line.text).join('\n')).tree;
  return (ADAPTERS.find((adapter) => adapter.detect(lines, tree)) ?? generic).shape;
}
