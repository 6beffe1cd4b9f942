/**
 * Entries cut from the notes exactly where a label set's inventory says questions are, so the
 * merge stage can be measured apart from entry detection (`npm run eval:merge -- --entries
 * second`): each labelled line starts an entry that runs to the line before the next labelled
 * question or grouping heading, without noise lines. A question embedded in a line (004:849)
 * starts at its own text, and the entry before it ends where it starts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse } from 'yaml';
import type { Entry } from '../normaliser/model.ts';

interface InventoryFile {
  note: string;
  questions: { line: number; title: string }[];
  grouping_headings?: { line: number; text: string }[] | null;
  noise?: { lines: [number, number] }[] | null;
}

/** The question as a reader reads it: markup, prompts (聊聊:) and list numbers dropped. */
function questionText(title: string): string {
  return title
    .replace(/^#+\s*/, '')
    .replace(/^(聊聊|说说)\s*[:：]\s*/, '')
    .replace(/^\d+(\.\d+)*[、.]?\s*/, '')
    .replace(/\*+$/, '')
    .trim();
}

/** Markdown heading depth of a title as written (`### x` is 3), 0 for a bare line. */
function headingDepth(title: string): number {
  return /^(#+)\s/.exec(title)?.[1]?.length ?? 0;
}

/** Entries of every note, in note and line order, from the inventories in `dir`. */
export function inventoryEntries(root: string, dir: string): Entry[] {
  const markdown = unified().use(remarkParse).use(remarkGfm);
  const entries: Entry[] = [];
  for (const name of readdirSync(join(root, dir)).filter((file) => file.endsWith('.yaml')).sort()) {
    const inventory = parse(readFileSync(join(root, dir, name), 'utf8')) as InventoryFile;
    const lines = readFileSync(join(root, inventory.note), 'utf8').split('\n');
    const headings = (inventory.grouping_headings ?? []).map((heading) => ({ line: heading.line, title: heading.text }));
    const starts = [...inventory.questions.map((q) => q.line), ...headings.map((h) => h.line)].sort((a, b) => a - b);
    const isNoise = (line: number) => (inventory.noise ?? []).some(({ lines: [a, b] }) => line >= a && line <= b);
    // Headings above an entry, by markdown depth: what the parse stage records as `section`.
    const outline = [...inventory.questions, ...headings].sort((a, b) => a.line - b.line);
    const isEmbedded = (question: { line: number; title: string }) =>
      !lines[question.line - 1]!.trim().startsWith(question.title.trim());
    for (const question of inventory.questions) {
      const embedded = isEmbedded(question);
      const next = starts.find((line) => line > question.line) ?? lines.length + 1;
      const body = lines
        .slice(question.line, next - 1)
        .map((text, index) => (isNoise(question.line + 1 + index) ? '' : text));
      const ownLine = lines[question.line - 1]!;
      // The text after an embedded question, on its line, is the first line of its answer.
      if (embedded) body.unshift(ownLine.slice(ownLine.indexOf(question.title) + question.title.length));
      // A question embedded in the next line ends this entry's answer where it starts.
      const nextQuestion = inventory.questions.find((other) => other.line === next);
      let lastLine = next - 1;
      if (nextQuestion && isEmbedded(nextQuestion)) {
        const nextLine = lines[next - 1]!;
        body.push(nextLine.slice(0, nextLine.indexOf(nextQuestion.title)));
        lastLine = next;
      }
      const depth = headingDepth(question.title);
      const section: string[] = [];
      if (depth > 0) {
        let level = depth;
        for (const above of outline.filter((item) => item.line < question.line).reverse()) {
          const aboveDepth = headingDepth(above.title);
          if (aboveDepth > 0 && aboveDepth < level) {
            section.unshift(above.title.replace(/^#+\s*/, "").replace(/\*+$/, "").trim());
            level = aboveDepth;
          }
        }
      }
      entries.push({
        key: `${inventory.note}:${question.line}${embedded ? ':embedded' : ''}`,
        question: questionText(question.title),
        answer: markdown.parse(body.join('\n')) as Root,
        source: {
          note: inventory.note,
          lines: [question.line, Math.max(question.line, lastLine)],
          originalTitle: question.title,
        },
        section,
      });
    }
  }
  return entries;
}
