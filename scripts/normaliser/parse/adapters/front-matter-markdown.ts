/**
 * Shape adapter: markdown with YAML front matter (`---` / `title:` / `---`), e.g. a blog post.
 * The front matter becomes the note's meta (title, date, tags) and its lines are dropped as
 * `front-matter`; the body is read like heading-structured markdown.
 */
import type { Yaml } from 'mdast';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Message, NoteMeta, SourceLine } from '../../model.ts';
import { dropLines, type AdapterInput, type AdapterOutput, type ShapeAdapter } from '../adapter.ts';
import { parseMarkdown } from '../markdown.ts';
import { entriesFromMarkdown, unclosedFenceMessages } from '../markdown-sections.ts';
import { linesToText } from '../source-lines.ts';

/** Front matter values as note meta: title, url, date and tags when they are strings. */
function metaFromFrontMatter(data: unknown): NoteMeta {
  const meta: NoteMeta = {};
  if (typeof data !== 'object' || data === null) return meta;
  const fields = data as Record<string, unknown>;
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' && value.trim() !== '' ? value.trim() : value instanceof Date ? value.toISOString() : undefined;
  const title = text(fields.title);
  const url = text(fields.url) ?? text(fields.link) ?? text(fields.source);
  const date = text(fields.date);
  if (title !== undefined) meta.title = title;
  if (url !== undefined) meta.url = url;
  if (date !== undefined) meta.date = date;
  const tags = [fields.tags, fields.categories].flatMap((value) => (Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,，\s]+/) : []));
  const tagTexts = [...new Set(tags.filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '').map((tag) => tag.trim()))];
  if (tagTexts.length > 0) meta.tags = tagTexts;
  return meta;
}

/** Read the front matter node: meta, plus a warning with file and line when the YAML is broken. */
function readFrontMatter(node: Yaml, note: string): { meta: NoteMeta; messages: Message[] } {
  const firstContentLine = (node.position?.start.line ?? 1) + 1;
  try {
    return { meta: metaFromFrontMatter(parseYaml(node.value)), messages: [] };
  } catch (error) {
    const line = error instanceof YAMLParseError && error.linePos ? firstContentLine + error.linePos[0].line - 1 : firstContentLine;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      meta: {},
      messages: [{ note, line, severity: 'warning', source: 'parse/front-matter', reason: `broken YAML front matter, ignored (the note is still read): ${reason}` }],
    };
  }
}

/** Parse a markdown note with YAML front matter into entries. */
export function parseFrontMatterMarkdown(input: AdapterInput): AdapterOutput {
  const tree = input.markdown ?? parseMarkdown(linesToText(input.lines, input.lineCount));
  const yamlNode = tree.children.find((node): node is Yaml => node.type === 'yaml');
  const frontMatter = yamlNode ? readFrontMatter(yamlNode, input.note.path) : { meta: {}, messages: [] };
  const meta = { ...input.meta, ...frontMatter.meta };
  const result = entriesFromMarkdown(tree, input, meta);
  const start = yamlNode?.position?.start.line ?? 0;
  const end = yamlNode?.position?.end.line ?? -1;
  return {
    entries: result.entries,
    dropped: [...dropLines(input.note.path, input.lines.filter(({ line }) => line >= start && line <= end), 'front-matter'), ...result.dropped],
    messages: [...frontMatter.messages, ...result.messages, ...unclosedFenceMessages(tree, input.lines, input.note.path)],
    meta: result.title !== undefined && meta.title === undefined ? { ...frontMatter.meta, title: result.title } : frontMatter.meta,
  };
}

export const frontMatterMarkdown: ShapeAdapter = {
  shape: 'front-matter-markdown',
  detect: (lines: readonly SourceLine[], markdown = () => parseMarkdown(lines.map((line) => line.text).join('\n'))) =>
    lines[0]?.text.trim() === '---' && markdown().children[0]?.type === 'yaml',
  parse: parseFrontMatterMarkdown,
};
