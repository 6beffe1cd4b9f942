/**
 * Messages for editorial decisions that name nothing in this run. A decision that once matched
 * (its id is in the registry, its note still exists) has gone **stale** because the notes
 * changed: a warning saying what changed, so adding a note never breaks the build, while
 * `--strict` (CI) still refuses it. A decision that never could match (an id no page ever had)
 * is an editor's mistake and stays an error.
 */
import type { IdRegistry } from '../ids/id-registry.ts';
import type { CanonicalQuestion, Message } from '../model.ts';
import { overridesMessage } from './parse.ts';

/** What a stage knows when it looks for the question a decision names. */
export interface DecisionContext {
  /** The overrides file, for messages. */
  file: string;
  /** The questions of this run. */
  questions: readonly CanonicalQuestion[];
  /** The committed id registry; without one every unknown id is an error. */
  registry?: IdRegistry | undefined;
}

/** The words every stale message starts its reason with, after the decision kind. */
export const STALE_MARK = 'no longer matches';

/**
 * A warning about a decision of `kind` at `line` that no longer matches; `change` says what
 * changed (`the page x has no finding "scan" now`).
 * @example staleDecision('editorial/overrides.yaml', 110, 'commands', 'the page x has no finding with subject "scan" now')
 */
export function staleDecision(file: string, line: number | undefined, kind: string, change: string): Message {
  return { note: file, ...(line === undefined ? {} : { line }), severity: 'warning', source: 'overrides', reason: `${kind}: ${STALE_MARK}: ${change}`, stale: true };
}

/**
 * The message for a decision of `kind` naming an `id` that no question of this run has: a
 * stale warning when the registry knows the id (naming where its question went), else the error
 * `<kind>: no question has the id <id>`.
 */
export function unmatchedIdMessage(kind: string, id: string, line: number | undefined, context: DecisionContext): Message {
  const record = context.registry?.ids[id];
  if (!record) return overridesMessage(context.file, line, `${kind}: no question has the id ${id}`);
  return staleDecision(context.file, line, kind, `id ${id} is no page any more: ${whereItWent(id, context)}`);
}

/**
 * Where the question of a registry id is now: merged into another page (by an override or by a
 * run), or asked by no note any more.
 */
export function whereItWent(id: string, { questions, registry }: DecisionContext): string {
  const record = registry?.ids[id];
  if (!record) return 'it was never published';
  const members = new Set(record.members);
  const holder = questions.find((question) => question.id !== undefined && question.members.some((key) => members.has(key)));
  if (holder?.id !== undefined) return `its question is now part of the page ${holder.id} ("${holder.question}")`;
  if (record.status === 'merged' && record.mergedInto !== undefined) return `it was merged into ${record.mergedInto}`;
  const last = record.questions[0];
  return `no note asks its question any more${last === undefined ? '' : ` (last seen: "${last}")`}`;
}

/** True for a stale-decision warning. */
export function isStale(message: Message): boolean {
  return message.stale === true;
}
