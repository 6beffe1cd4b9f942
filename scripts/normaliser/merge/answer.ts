/**
 * Merging the answers of duplicate entries: the most complete answer leads, and the points the
 * other answers add follow under a `## 补充` heading, one sub-heading per source note.
 */
import type { Heading, List, ListItem, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Entry } from '../model.ts';
import { typesetText } from '../clean/tree/typeset.ts';
import { noteCreditTitle } from '../read/note-catalogue.ts';
import { answerText, proseFeatures } from './profile.ts';
import { featureSimilarity } from './similarity.ts';
import { copyPlainData } from '../plain-data.ts';

/** The heading of the supplement section. */
export const SUPPLEMENT_HEADING = '补充';

/** One point of an answer: a list item, a block, or a heading with the blocks under it. */
interface AnswerPoint {
  nodes: RootContent[];
  /** The list a list-item point came from (to rebuild a list around it). */
  list?: List;
}

/** Weight of one code block in `answerCompleteness`: a sample is worth about two points. */
const CODE_BLOCK_WEIGHT = 10;
/** Weight of one point (list item, paragraph, section). */
const POINT_WEIGHT = 5;
/** A point whose similarity to a point already shown reaches this is a repeat. */
const REPEATED_POINT_SIMILARITY = 0.5;
/** A point whose features are this much covered by everything already shown adds nothing. */
const COVERED_POINT_SHARE = 0.8;

/**
 * How complete an answer is: its distinct prose content (Latin words and Han n-grams of its
 * text outside code blocks) plus 5 per point (list item, paragraph, section) plus 10 per code
 * block. Repeating the same sentence adds nothing; a new point, a new term or a sample does.
 * Code is counted per block, not per character, so a long shell transcript does not outweigh
 * an explanation.
 */
export function answerCompleteness(answer: Root): number {
  let codeBlocks = 0;
  const prose: string[] = [];
  visit(answer, (node) => {
    if (node.type === 'code') codeBlocks++;
    else if (node.type === 'text' || node.type === 'inlineCode') prose.push(node.value);
  });
  return proseFeatures(prose.join(' ')).length + POINT_WEIGHT * answerPoints(answer).length + CODE_BLOCK_WEIGHT * codeBlocks;
}

/**
 * The points of an answer, in order: each list item of a top-level list, each heading together
 * with the blocks under it (up to the next heading of the same or a higher level), and each
 * other top-level block.
 */
function answerPoints(answer: Root): AnswerPoint[] {
  const points: AnswerPoint[] = [];
  let section: { depth: number; point: AnswerPoint } | undefined;
  for (const node of answer.children) {
    if (node.type === 'heading' && (!section || node.depth <= section.depth)) {
      section = { depth: node.depth, point: { nodes: [node] } };
      points.push(section.point);
    } else if (section) {
      section.point.nodes.push(node);
    } else if (node.type === 'list') {
      for (const item of node.children) points.push({ nodes: [item as unknown as RootContent], list: node });
    } else {
      points.push({ nodes: [node] });
    }
  }
  return points;
}

function pointText(point: AnswerPoint): string {
  return answerText({ type: 'root', children: point.nodes.map((node) => (point.list ? wrapItems(point.list, [node]) : node)) });
}

function wrapItems(list: List, items: readonly RootContent[]): List {
  // A picked subset of items renumbers from 1, so the original `start` is dropped.
  const { children: _children, position: _position, start: _start, ...listProperties } = list;
  return { ...listProperties, children: items as unknown as ListItem[] };
}

/** Code of a point with whitespace collapsed, when the point is a single code block. */
function codeOnly(point: AnswerPoint): string | undefined {
  const [only] = point.nodes;
  return point.nodes.length === 1 && only?.type === 'code' ? only.value.replace(/\s+/g, ' ').trim() : undefined;
}

/** Headings inside a supplement point move below the per-source heading (level 3). */
function demoteHeadings(nodes: RootContent[]): RootContent[] {
  const depths: number[] = [];
  for (const node of nodes) visit(node, 'heading', (heading: Heading) => void depths.push(heading.depth));
  if (depths.length === 0) return nodes;
  const shift = Math.max(0, 4 - Math.min(...depths));
  const copies = copyPlainData(nodes);
  for (const node of copies) {
    visit(node, 'heading', (heading: Heading) => {
      heading.depth = Math.min(6, heading.depth + shift) as Heading['depth'];
    });
  }
  return copies;
}

/**
 * The label of a source in the supplement: its note's readable name (notes/README.md), else the
 * note's own title, else its file name (`noteCreditTitle`).
 */
export function sourceLabel(entry: Entry): string {
  // Typeset like the answers (`Docker面试题(…)` -> `Docker 面试题 (…)`); the frontmatter keeps the name as written.
  return `来自《${typesetText(noteCreditTitle(entry.source) ?? entry.source.note.replace(/^.*\//, ''))}》`;
}

function heading(depth: Heading['depth'], text: string): Heading {
  return { type: 'heading', depth, children: [{ type: 'text', value: text }] };
}

/**
 * The merged answer of entries that ask the same question, `lead` first: a copy of the lead's
 * answer, then, when the others add anything, `## 补充` with a `### 来自《…》` sub-heading per
 * source followed by the points it adds. A point is left out when it repeats a point already
 * shown (n-gram similarity ≥ 0.5), when what it says is already covered (80 % of its n-grams
 * shown), or when it is a code block already shown.
 */
export function mergeAnswers(lead: Entry, others: readonly Entry[]): Root {
  const merged: Root = copyPlainData(lead.answer);
  const shownPoints: string[][] = [];
  const shownFeatures = new Set<string>();
  const shownCode = new Set<string>();
  const show = (point: AnswerPoint) => {
    const features = proseFeatures(pointText(point));
    shownPoints.push(features);
    for (const feature of features) shownFeatures.add(feature);
    const code = codeOnly(point);
    if (code !== undefined) shownCode.add(code);
  };
  answerPoints(lead.answer).forEach(show);

  const supplement: RootContent[] = [];
  for (const other of others) {
    const added: AnswerPoint[] = [];
    for (const point of answerPoints(other.answer)) {
      const code = codeOnly(point);
      const features = proseFeatures(pointText(point));
      if (code !== undefined ? shownCode.has(code) : features.length === 0) continue;
      if (code === undefined) {
        const covered = features.filter((feature) => shownFeatures.has(feature)).length / features.length;
        if (covered >= COVERED_POINT_SHARE) continue;
        if (shownPoints.some((shown) => featureSimilarity(shown, features) >= REPEATED_POINT_SIMILARITY)) continue;
      }
      added.push(point);
      show(point);
    }
    if (added.length === 0) continue;
    supplement.push(heading(3, sourceLabel(other)));
    // Consecutive items of one list go back into one list, keeping its kind (ordered or not).
    for (let index = 0; index < added.length; index++) {
      const point = added[index]!;
      if (!point.list) {
        supplement.push(...demoteHeadings(copyPlainData(point.nodes)));
        continue;
      }
      const items: RootContent[] = [...point.nodes];
      while (added[index + 1]?.list === point.list) items.push(...added[++index]!.nodes);
      supplement.push(copyPlainData(wrapItems(point.list, items)));
    }
  }
  if (supplement.length > 0) merged.children.push(heading(2, SUPPLEMENT_HEADING), ...supplement);
  return merged;
}
