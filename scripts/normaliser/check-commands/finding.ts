/** What the command checker reports. */
import type { Severity } from '../model.ts';

/**
 * Kinds of finding:
 * - `unknown-command`: no such docker command (`docker status`, `docker volume backup`)
 * - `unknown-flag`: the command has no such flag (or a typographic dash: `–rm`)
 * - `removed`: it existed once and is gone (`docker daemon`, `docker-compose` v1, `docker scan`)
 * - `deprecated`: still accepted, but on its way out (`--link`, `MAINTAINER`, compose `version:`)
 * - `invalid-value`: a known-wrong flag value (`--filter danging=true`)
 * - `unknown-instruction`: a Dockerfile line that starts with no Dockerfile instruction (`FORM`)
 */
export type FindingKind =
  | 'unknown-command'
  | 'unknown-flag'
  | 'removed'
  | 'deprecated'
  | 'invalid-value'
  | 'unknown-instruction';

/** One problem with one command, Dockerfile line or compose key. */
export interface CommandFinding {
  kind: FindingKind;
  severity: Severity;
  /** The command or line as checked: `docker status web`, `FORM alpine`. */
  command: string;
  /** The part that is wrong: `status`, `--link`, `FORM`, `version`. */
  subject: string;
  reason: string;
  /** What to write instead, when there is one. */
  replacement?: string;
  /** The table's Chinese text for the site (markdown): why, and advice when `replacement` is not a command. */
  zh?: { reason: string; replacement?: string };
  /** 1-based line in the checked text (the snippet, or the note in tree mode). */
  line: number;
}

/** The severity a kind has unless the data says otherwise. */
export const DEFAULT_SEVERITY: Record<FindingKind, Severity> = {
  'unknown-command': 'error',
  'unknown-flag': 'error',
  removed: 'error',
  deprecated: 'warning',
  'invalid-value': 'error',
  'unknown-instruction': 'error',
};
