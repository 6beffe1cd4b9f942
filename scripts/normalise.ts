/**
 * CLI: `npm run normalise`. Reads notes/, parses and cleans them, prints a summary per note and
 * writes reports/normalise.json. Exit code 1 when any error-severity message exists (a note that
 * could not be read, a line left unaccounted, ...); the run still finishes and every readable
 * note is processed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cleanNotes, loadTreeCleanData } from './normaliser/clean/tree/index.ts';
import type { OutputFile } from './normaliser/model.ts';
import { parseAndClean } from './normaliser/pipeline.ts';
import { readNotes } from './normaliser/read/read-notes.ts';
import { buildReport, hasErrors, type NormaliseReport } from './normaliser/report/build-report.ts';
import { formatSummary } from './normaliser/report/format-summary.ts';
import { toStableJson } from './normaliser/report/stable-json.ts';

/** Where the report goes, relative to the project root. */
export const REPORT_PATH = 'reports/normalise.json';

/** Run part 1 (read, parse, line and tree cleaning) from a project root; no writes. */
export function normaliseNotes(root: string): { report: NormaliseReport; files: OutputFile[] } {
  const { notes, messages, assetPaths } = readNotes(root);
  // Tree cleaning needs every parsed note first: private addresses are numbered run-wide.
  const records = cleanNotes(parseAndClean(notes), { assetPaths: new Set(assetPaths), data: loadTreeCleanData(root) });
  const report = buildReport(records, messages);
  return { report, files: [{ path: REPORT_PATH, content: toStableJson(report) }] };
}

/** Write output files under a root. */
export function writeOutputs(root: string, files: readonly OutputFile[]): void {
  for (const file of files) {
    const path = join(root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
}

/** Entry point: run, print, write, set the exit code. */
function main(): void {
  const root = process.cwd();
  const { report, files } = normaliseNotes(root);
  process.stdout.write(formatSummary(report));
  writeOutputs(root, files);
  process.exitCode = hasErrors(report) ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
