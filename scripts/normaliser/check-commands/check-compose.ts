/**
 * Checks a Compose file for keys the Compose Specification made obsolete (the top-level
 * `version:`), as data in `data/docker-cli/removed.yaml`. A file that is not valid YAML gives
 * no findings: that is the code-block cleaner's business, not this checker's.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { defaultCheckTables, type CheckTables } from './check-command.ts';
import { DEFAULT_SEVERITY, type CommandFinding } from './finding.ts';

/**
 * Returns the findings for one Compose file; lines are 1-based within `text`.
 *
 * @example
 *   checkCompose('version: "3.8"\nservices: {}\n')[0]?.subject // 'version'
 */
export function checkCompose(text: string, tables: CheckTables = defaultCheckTables): CommandFinding[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  if (document.errors.length > 0 || !isMap(document.contents)) return [];
  const findings: CommandFinding[] = [];
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const entry = tables.removed.compose.find((candidate) => candidate.key === key);
    if (!entry) continue;
    const offset = pair.key.range?.[0] ?? 0;
    const line = lineCounter.linePos(offset).line;
    findings.push({
      kind: entry.finding,
      severity: entry.severity ?? DEFAULT_SEVERITY[entry.finding],
      command: (text.split('\n')[line - 1] ?? key).trim(),
      subject: key,
      reason: entry.reason,
      ...(entry.replacement ? { replacement: entry.replacement } : {}),
      ...(entry.zh ? { zh: entry.zh } : {}),
      line,
    });
  }
  return findings;
}

/** True when `text` looks like a Compose file: a YAML map with `services:` (or a `version:` + `services:`). */
export function looksLikeCompose(text: string): boolean {
  const document = parseDocument(text);
  return document.errors.length === 0 && isMap(document.contents) && document.contents.has('services');
}
