/**
 * The schema of `editorial/overrides.yaml`: hand-made editorial decisions the pipeline cannot
 * make on its own. The TypeScript types come from the schema, so a wrong file fails with a
 * clear message before any stage runs.
 */
import { z } from 'zod';
import { TOPICS } from '../model.ts';

/** A published question's stable id (as in `data/id-registry.json`). */
const questionId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are ASCII kebab-case');

/**
 * An entry of a note, before ids exist: the note path and either a unique substring of the
 * question as written in the note, or a line inside the entry (or both).
 */
export const entryRefSchema = z
  .object({
    note: z.string().min(1),
    title: z.string().min(1).optional(),
    line: z.number().int().positive().optional(),
  })
  .strict()
  .refine((ref) => ref.title !== undefined || ref.line !== undefined, {
    message: 'an entry reference needs a title (unique substring) or a line',
  });

/**
 * What to do about a command checker finding on a published page (`id`), named by its subject
 * (the wrong part as the checker reports it: `volume backup`, `-d`, `docker-compose`), narrowed to
 * one note line with `line` when the page has several. `annotate` shows an aside, with Chinese
 * markdown `explanation` and a `replacement` command instead of the checker's own; `ignore` shows
 * nothing (`reason` says why); `fix` substitutes `replacement` for `match` (default: the command).
 */
const commandDecisionFields = { id: questionId, subject: z.string().min(1), line: z.number().int().positive().optional() };
export const commandDecisionSchema = z.discriminatedUnion('decision', [
  z
    .object({
      ...commandDecisionFields,
      decision: z.literal('annotate'),
      explanation: z.string().min(1).optional(),
      replacement: z.string().min(1).optional(),
    })
    .strict(),
  z.object({ ...commandDecisionFields, decision: z.literal('ignore'), reason: z.string().min(1) }).strict(),
  z
    .object({ ...commandDecisionFields, decision: z.literal('fix'), replacement: z.string().min(1), match: z.string().min(1).optional() })
    .strict(),
]);

/** Every kind of decision; each is a list, each item names what it applies to. */
export const overrideDecisionsSchema = z
  .object({
    /** Put a question in a topic whatever the scorer says. */
    pin: z.array(z.object({ id: questionId, topic: z.enum(TOPICS) }).strict()).default([]),
    /** Merge published questions; the first id survives, the others redirect to it. */
    merge: z.array(z.object({ ids: z.array(questionId).min(2) }).strict()).default([]),
    /** Never merge these entries with each other, however alike they look. */
    forbid: z.array(z.object({ entries: z.array(entryRefSchema).min(2) }).strict()).default([]),
    /** Chinese page title, instead of the one chosen among the members' questions. */
    title: z.array(z.object({ id: questionId, title: z.string().trim().min(1) }).strict()).default([]),
    /** English title shown under the Chinese one. */
    titleEn: z.array(z.object({ id: questionId, title: z.string().min(1) }).strict()).default([]),
    /** Position of a question within its topic's learning path (1 = first). */
    order: z.array(z.object({ id: questionId, position: z.number().int().positive() }).strict()).default([]),
    /** Keep a question out of the site (it stays in the report). */
    hide: z.array(z.object({ id: questionId, reason: z.string().min(1) }).strict()).default([]),
    /** Annotate, ignore or fix a finding of the command checker (see commandDecisionSchema). */
    commands: z.array(commandDecisionSchema).default([]),
    /**
     * Start an entry of its own at this line of a plain-text note: a heading the shape's rules read
     * as a step of the walkthrough above it, which an editor judges a question (`why` says so).
     */
    split: z.array(z.object({ note: z.string().min(1), line: z.number().int().positive(), why: z.string().min(1) }).strict()).default([]),
  })
  .strict();

/** A reference to one entry of one note. */
export type EntryRef = z.infer<typeof entryRefSchema>;
/** The decisions of an overrides file, as validated. */
export type OverrideDecisions = z.infer<typeof overrideDecisionsSchema>;
/** A decision about one command checker finding. */
export type CommandDecision = z.infer<typeof commandDecisionSchema>;
/** The kinds of decision: `pin`, `merge`, `forbid`, `title`, `titleEn`, `order`, `hide`, `commands`, `split`. */
export type OverrideKind = keyof OverrideDecisions;
export const OVERRIDE_KINDS = ['pin', 'merge', 'forbid', 'title', 'titleEn', 'order', 'hide', 'commands', 'split'] as const satisfies readonly OverrideKind[];

/** A parsed overrides file: its decisions, its path, and the line of each decision. */
export interface Overrides extends OverrideDecisions {
  /** Path of the overrides file, relative to the project root. */
  file: string;
  /** Line (1-based) of each decision, by kind and index, for messages. */
  lines: Record<OverrideKind, number[]>;
}
