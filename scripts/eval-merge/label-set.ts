/**
 * A hand-made label set for the five notes: one inventory per note (every question with its line
 * and topic), groups of duplicate questions, and labelled pairs (the judgement calls). Two sets
 * exist: `tests/fixtures/inventory` + `tests/fixtures/labels` (the first labelling) and
 * `tests/fixtures/labels-second` (a second one, made from scratch by reading the notes). Formats
 * in tests/fixtures/README.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { TOPICS } from '../normaliser/model.ts';

const questionRef = z.object({ note: z.string(), line: z.number().int().positive(), title: z.string() });

const inventorySchema = z.object({
  note: z.string(),
  questions: z.array(
    z.object({ line: z.number().int().positive(), title: z.string(), topic: z.enum(TOPICS), note: z.string().optional() }),
  ),
  grouping_headings: z.array(z.object({ line: z.number().int().positive(), text: z.string() })).nullish(),
  noise: z.array(z.object({ lines: z.tuple([z.number().int(), z.number().int()]), why: z.string() })).nullish(),
});

const groupsSchema = z.object({
  groups: z.array(z.object({ name: z.string(), why: z.string(), note: z.string().optional(), members: z.array(questionRef).min(2) })),
});

const pairsSchema = z.object({
  pairs: z.array(z.object({ a: questionRef, b: questionRef, duplicate: z.boolean(), why: z.string().default("") })),
});

/** One labelled question: where it is, its topic, and the duplicate group it is in (if any). */
export interface LabelledQuestion {
  note: string;
  line: number;
  title: string;
  topic: (typeof TOPICS)[number];
  group?: string;
}

/** A labelled pair: two questions and whether they are the same question. */
export interface LabelledPair {
  a: { note: string; line: number; title: string };
  b: { note: string; line: number; title: string };
  duplicate: boolean;
  why: string;
}

/** A whole label set. */
export interface LabelSet {
  name: string;
  questions: LabelledQuestion[];
  pairs: LabelledPair[];
  groupCount: number;
}

/** Where each label set lives, relative to the project root. */
export const LABEL_SETS = [
  { name: 'first labelling', inventory: 'tests/fixtures/inventory', labels: 'tests/fixtures/labels' },
  { name: 'second labelling', inventory: 'tests/fixtures/labels-second/inventory', labels: 'tests/fixtures/labels-second' },
] as const;

/** `note:line`, the key a labelled question is known by. */
export function questionKey(question: { note: string; line: number }): string {
  return `${question.note}:${question.line}`;
}

/**
 * Reads a label set and checks it against itself: every group member and pair side is an
 * inventory question, no question is in two groups, and a pair is a duplicate exactly when both
 * sides share a group. Throws naming the file and the question when it is not.
 */
export function readLabelSet(root: string, where: { name: string; inventory: string; labels: string }): LabelSet {
  const inventoryDir = join(root, where.inventory);
  const questions: LabelledQuestion[] = readdirSync(inventoryDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => {
      const inventory = inventorySchema.parse(parse(readFileSync(join(inventoryDir, name), 'utf8')));
      return inventory.questions.map((question) => ({ note: inventory.note, line: question.line, title: question.title, topic: question.topic }));
    });
  const byKey = new Map(questions.map((question) => [questionKey(question), question]));
  const groupsFile = join(where.labels, 'duplicate-groups.yaml');
  const { groups } = groupsSchema.parse(parse(readFileSync(join(root, groupsFile), 'utf8')));
  for (const group of groups) {
    for (const member of group.members) {
      const question = byKey.get(questionKey(member));
      if (!question) throw new Error(`${groupsFile}: ${group.name}: ${questionKey(member)} is not an inventory question`);
      if (question.group) throw new Error(`${groupsFile}: ${questionKey(member)} is in ${question.group} and ${group.name}`);
      question.group = group.name;
    }
  }
  const pairsFile = join(where.labels, 'duplicate-pairs.yaml');
  const { pairs } = pairsSchema.parse(parse(readFileSync(join(root, pairsFile), 'utf8')));
  for (const pair of pairs) {
    const [a, b] = [byKey.get(questionKey(pair.a)), byKey.get(questionKey(pair.b))];
    if (!a || !b) throw new Error(`${pairsFile}: ${questionKey(a ? pair.b : pair.a)} is not an inventory question`);
    if ((a.group !== undefined && a.group === b.group) !== pair.duplicate) {
      throw new Error(`${pairsFile}: ${questionKey(pair.a)} / ${questionKey(pair.b)} says duplicate: ${pair.duplicate}, the groups say otherwise`);
    }
  }
  return { name: where.name, questions, pairs, groupCount: groups.length };
}
