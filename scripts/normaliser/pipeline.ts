/**
 * The normaliser's pure stages composed. Part 1: decoded notes -> parsed and cleaned NoteRecords.
 * Part 2 (`publish`): cleaned notes -> questions with ids and topics -> pages.
 */
import { annotateCommands } from './check-commands/annotate-commands.ts';
import { classify } from './classify/classify.ts';
import { orderQuestions } from './classify/order.ts';
import { emitSite } from './emit/emit-site.ts';
import { assignIds } from './ids/assign-ids.ts';
import type { IdRegistry } from './ids/id-registry.ts';
import { entriesByKey, questionFingerprint, type QuestionFingerprint } from './ids/question-fingerprint.ts';
import { updateIdRegistry, withRecordedPinyin } from './ids/update-registry.ts';
import { applyForcedMerges } from './merge/forced-merges.ts';
import { merge } from './merge/merge.ts';
import type { Model, NoteRecord, SourceNote } from './model.ts';
import { applyTitleOverrides } from './overrides/apply-titles.ts';
import type { Overrides } from './overrides/schema.ts';
import { parseNote } from './parse/parse-note.ts';

/**
 * Parse every note (shape detection, line passes, shape adapter, accounting) and, when given,
 * run the tree cleaning over each record. Pure: same notes in, same records out, in path order.
 */
export function parseAndClean(notes: readonly SourceNote[], cleanTree?: (note: NoteRecord) => NoteRecord): NoteRecord[] {
  return [...notes]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map(parseNote)
    .map((record) => (cleanTree ? cleanTree(record) : record));
}

/** What part 2 needs besides the cleaned notes: the editorial decisions and the id registry. */
export interface PublishInputs {
  overrides: Overrides;
  /** `data/id-registry.json` as committed (empty on the first run). */
  registry: IdRegistry;
}

/**
 * Part 2: cleaned notes -> canonical questions -> pages. merge -> assign ids -> forced merges
 * -> classify -> learning-path order (and hide) -> English titles -> command checker asides
 * -> registry update -> related
 * questions, keywords and emit. Ids come before classification: overrides name published
 * questions by id, and an id never depends on a topic. Pure: the pages, registry and redirects
 * are in `files`.
 */
export function publish(records: readonly NoteRecord[], { overrides, registry }: PublishInputs, time: StageTimer = untimed): Model {
  let model: Model = { notes: [...records], questions: [], files: [], messages: [] };
  model = time('merge', () => merge(model, overrides));
  model = time('ids', () => assignIds(model, registry));
  const fingerprintsBeforeForcedMerges = idFingerprints(model);
  model = time('forced merges', () => applyForcedMerges(model, overrides, registry));
  model = time('classify', () => orderQuestions(classify(model, overrides, undefined, registry), overrides, undefined, registry));
  model = applyTitleOverrides(model, overrides, registry);
  model = time('check commands', () => annotateCommands(model, overrides, { registry }));
  const update = time('registry', () => updateIdRegistry(model, registry, fingerprintsBeforeForcedMerges));
  model = withRecordedPinyin({ ...model, messages: [...model.messages, ...update.messages] }, update.registry);
  return time('emit', () => emitSite(model, update.registry));
}

/**
 * Runs one stage and may note how long it took (the CLI's `--timings`); returns what the stage
 * returns, so timing never changes a result.
 */
export type StageTimer = <T>(stage: string, run: () => T) => T;

/** The StageTimer that only runs the stage. */
export const untimed: StageTimer = (_stage, run) => run();

/** Each id's question fingerprint, taken before editorial merges join questions. */
function idFingerprints(model: Model): Map<string, QuestionFingerprint> {
  const byKey = entriesByKey(model);
  return new Map(
    model.questions.flatMap((question) => (question.id ? [[question.id, questionFingerprint(question, byKey)] as const] : [])),
  );
}
