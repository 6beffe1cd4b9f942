/**
 * Checks a Dockerfile's instructions: unknown ones (with the intended instruction when the word is
 * a known misspelling or close to one) and deprecated ones (`MAINTAINER`). Continuation lines,
 * comments, parser directives and here-document bodies are skipped.
 */
import { closest, distance } from 'fastest-levenshtein';
import { defaultCheckTables, type CheckTables } from './check-command.ts';
import { DEFAULT_SEVERITY, type CommandFinding } from './finding.ts';

const HEREDOC = /<<-?\s*(['"]?)([A-Za-z_]\w*)\1/g;

/**
 * Returns the findings for one Dockerfile; lines are 1-based within `text`.
 *
 * @example
 *   checkDockerfile('FORM alpine\nRUN echo hi\n').map((f) => f.replacement) // ['FROM']
 */
export function checkDockerfile(text: string, tables: CheckTables = defaultCheckTables): CommandFinding[] {
  const { instructions, typos } = tables.dockerfile;
  const findings: CommandFinding[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let continued = false;
  let heredocEnds: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index] ?? '';
    const trimmed = raw.trim();
    if (heredocEnds.length > 0) {
      if (trimmed === heredocEnds[0]) heredocEnds = heredocEnds.slice(1);
      continue;
    }
    const wasContinued = continued;
    continued = trimmed.endsWith('\\');
    if (wasContinued || trimmed === '' || trimmed.startsWith('#')) continue;
    const [, keyword = '', rest = ''] = /^(\S+)\s*(.*)$/.exec(trimmed) ?? [];
    heredocEnds = [...rest.matchAll(HEREDOC)].map((match) => match[2] ?? '');
    // ONBUILD wraps another instruction: check that one.
    const word = keyword.toUpperCase() === 'ONBUILD' ? (rest.split(/\s+/)[0] ?? '') : keyword;
    const upper = word.toUpperCase();
    const line = index + 1;
    const deprecated = tables.removed.dockerfile.find((entry) => entry.instruction === upper);
    if (deprecated) {
      findings.push({
        kind: deprecated.finding,
        severity: deprecated.severity ?? DEFAULT_SEVERITY[deprecated.finding],
        command: trimmed,
        subject: word,
        reason: deprecated.reason,
        ...(deprecated.replacement ? { replacement: deprecated.replacement } : {}),
        ...(deprecated.zh ? { zh: deprecated.zh } : {}),
        line,
      });
      continue;
    }
    if (instructions.includes(upper)) continue;
    const fix = typos[upper] ?? nearest(upper, instructions);
    findings.push({
      kind: 'unknown-instruction',
      severity: 'error',
      command: trimmed,
      subject: word,
      reason: fix ? `"${word}" is not a Dockerfile instruction; "${fix}" is meant.` : `"${word}" is not a Dockerfile instruction.`,
      ...(fix ? { replacement: fix } : {}),
      line,
    });
  }
  return findings;
}

/** The instruction within two edits of `word`, if any. */
function nearest(word: string, instructions: readonly string[]): string | undefined {
  const guess = closest(word, [...instructions]);
  return guess !== undefined && word.length > 2 && distance(guess, word) <= 2 ? guess : undefined;
}
