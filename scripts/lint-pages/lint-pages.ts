/**
 * Measures the generated Chinese pages as a reader sees them: autocorrect-node's `lintFor` over
 * the prose of every page (frontmatter, ESM and fenced code blanked out, so line numbers stay
 * the page's own), and the one-line glued terminal outputs still left in code blocks (lines
 * longer than `LONG_CODE_LINE`). Lint lines named by `data/lint-allowed.yaml` are counted apart
 * with their reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintFor } from 'autocorrect-node';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { z } from 'zod';
import { parseDataYaml } from '../normaliser/data-file.ts';
import { TOPICS } from '../normaliser/model.ts';

/** A code line longer than this is counted as terminal output still glued onto one line. */
export const LONG_CODE_LINE = 300;

const allowedSchema = z
  .object({
    allowed: z.array(z.object({ page: z.string().min(1).optional(), old: z.string().min(1), reason: z.string().min(1) }).strict()),
  })
  .strict();

/** One accepted lint line: the text autocorrect would change and why it stays. */
export type AllowedLint = z.infer<typeof allowedSchema>['allowed'][number];

/** One line autocorrect would typeset differently. */
export interface LintLine {
  page: string;
  line: number;
  old: string;
  new: string;
  /** The rule of data/lint-allowed.yaml that accepts it, when one does. */
  allowedBy?: string;
}

/** One code line over `LONG_CODE_LINE` characters. */
export interface LongCodeLine {
  page: string;
  line: number;
  length: number;
  start: string;
}

/** What `lintPages` measured. */
export interface PageLint {
  pages: number;
  lint: LintLine[];
  longCodeLines: LongCodeLine[];
}

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkMdx).use(remarkDirective);

/**
 * The page with everything but prose blanked out: frontmatter, ESM and fenced code become
 * blank lines (line N stays line N). Also returns the page's code lines.
 */
export function proseOfPage(mdx: string): { prose: string; codeLines: Array<{ line: number; text: string }> } {
  const tree = parser.parse(mdx) as Root;
  const lines = mdx.split('\n');
  const codeLines: Array<{ line: number; text: string }> = [];
  visit(tree, (node) => {
    if (!['code', 'yaml', 'mdxjsEsm'].includes(node.type) || !node.position) return;
    const { start, end } = node.position;
    for (let line = start.line; line <= end.line; line++) {
      if (node.type === 'code' && line > start.line && line < end.line) codeLines.push({ line, text: lines[line - 1] ?? '' });
      lines[line - 1] = '';
    }
  });
  return { prose: lines.join('\n'), codeLines };
}

/** Lints one page's prose and finds its long code lines. */
export function lintPage(page: string, mdx: string, allowed: readonly AllowedLint[] = []): { lint: LintLine[]; longCodeLines: LongCodeLine[] } {
  const { prose, codeLines } = proseOfPage(mdx);
  const result = lintFor(prose, 'page.md');
  if (result.error) throw new Error(`${page}: autocorrect: ${result.error}`);
  const lint = result.lines.map((found): LintLine => {
    const rule = allowed.find((rule) => (!rule.page || rule.page === page) && found.old.includes(rule.old));
    return { page, line: found.l, old: found.old, new: found.new, ...(rule ? { allowedBy: rule.reason } : {}) };
  });
  const longCodeLines = codeLines
    .filter(({ text }) => text.length > LONG_CODE_LINE)
    .map(({ line, text }) => ({ page, line, length: text.length, start: text.slice(0, 60) }));
  return { lint, longCodeLines };
}

/** The rules of data/lint-allowed.yaml under `root`. */
export function loadAllowedLint(root: string): AllowedLint[] {
  const file = 'data/lint-allowed.yaml';
  return parseDataYaml(allowedSchema, readFileSync(join(root, file), 'utf8'), file).allowed;
}

/** Lints every generated Chinese page (the seven topic folders, index pages included) under `root`. */
export function lintPages(root: string, allowed: readonly AllowedLint[] = loadAllowedLint(root)): PageLint {
  const measured: PageLint = { pages: 0, lint: [], longCodeLines: [] };
  for (const topic of TOPICS) {
    const folder = join(root, 'src/content/docs', topic);
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.mdx')).sort()) {
      const page = `${topic}/${file}`;
      const { lint, longCodeLines } = lintPage(page, readFileSync(join(folder, file), 'utf8'), allowed);
      measured.pages++;
      measured.lint.push(...lint);
      measured.longCodeLines.push(...longCodeLines);
    }
  }
  return measured;
}
