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

/** Every kind of decision; each is a list, each item names what it applies to. */
export const overrideDecisionsSchema = z
  .object({
    /** Put a question in a topic whatever the scorer says. */
    pin: z.array(z.object({ id: questionId, topic: z.enum(TOPICS) }).strict()).default([]),
    /** Merge published questions; the first id survives, the others redirect to it. */
    merge: z.array(z.object({ ids: z.array(questionId).min(2) }).strict()).default([]),
    /** Never merge these entries with each other, however alike they look. */
    forbid: z.array(z.object({ entries: z.array(entryRefSchema).min(2) }).strict()).default([]),
    /** English title shown under the Chinese one. */
    titleEn: z.array(z.object({ id: questionId, title: z.string().min(1) }).strict()).default([]),
    /** Position of a question within its topic's learning path (1 = first). */
    order: z.array(z.object({ id: questionId, position: z.number().int().positive() }).strict()).default([]),
    /** Keep a question out of the site (it stays in the report). */
    hide: z.array(z.object({ id: questionId, reason: z.string().min(1) }).strict()).default([]),
  })
  .strict();

/** A reference to one entry of one note. */
export type EntryRef = z.infer<typeof entryRefSchema>;
/** The decisions of an overrides file, as validated. */
export type OverrideDecisions = z.infer<typeof overrideDecisionsSchema>;
/** The kinds of decision: `pin`, `merge`, `forbid`, `titleEn`, `order`, `hide`. */
export type OverrideKind = keyof OverrideDecisions;
export const OVERRIDE_KINDS = ['pin', 'merge', 'forbid', 'titleEn', 'order', 'hide'] as const satisfies readonly OverrideKind[];

/** A parsed overrides file: its decisions, its path, and the line of each decision. */
export interface Overrides extends OverrideDecisions {
  /** Path of the overrides file, relative to the project root. */
  file: string;
  /** Line (1-based) of each decision, by kind and index, for messages. */
  lines: Record<OverrideKind, number[]>;
}
