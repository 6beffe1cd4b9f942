/**
 * CLI: `npm run normalise [-- --check] [-- --strict]`. Reads notes/, runs the whole pipeline (parse, clean,
 * merge, ids, classify, emit), prints a summary ending with the entry totals, and writes the
 * generated pages, data/id-registry.json, data/redirects.json and reports/normalise.json,
 * deleting stale pages in the generated topic folders.
 *
 * `--check` writes nothing: it regenerates in memory and exits 1 naming every file that differs
 * from the committed one (changed, missing, or stale in a generated folder).
 *
 * Exit code 1 also when any error-severity message exists (a note that could not be read, a line
 * left unaccounted, entry totals that do not add up, ...); the run still finishes.
 *
 * `--strict` (with or without `--check`) also exits 1 when a command checker finding of error
 * severity has no decision in editorial/overrides.yaml (it is still annotated on the page), and
 * when an editorial decision no longer matches (a stale-decision warning: without `--strict`
 * the run prints it and writes the pages, so a new note never fails the build).
 *
 * `--timings` also prints the wall time of each stage (scripts/normaliser/report/stage-timings.ts).
 *
 * `--notes <dir>` reads the notes from `<dir>` instead of `notes/` and writes nothing: a trial of
 * new notes (what entries they give, what merges, what is dropped) that leaves the site alone.
 *
 * `NORMALISE_WORKERS=n` sets how many worker threads parse and clean notes (see notePool).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, workerData } from 'node:worker_threads';
import { cleanNotes, loadTreeCleanData } from './normaliser/clean/tree/index.ts';
import { GENERATED_TOPIC_DIRS } from './normaliser/emit/emit-site.ts';
import { diffOutputs, formatOutputDiff, isUpToDate, type OutputDiff } from './normaliser/emit/output-diff.ts';
import { emptyIdRegistry, ID_REGISTRY_FILE, parseIdRegistry } from './normaliser/ids/id-registry.ts';
import type { Message, Model, NoteRecord, OutputFile } from './normaliser/model.ts';
import { attachSplits, unappliedSplits } from './normaliser/overrides/apply-splits.ts';
import { emptyOverrides, OVERRIDES_FILE, parseOverrides } from './normaliser/overrides/parse.ts';
import type { Overrides } from './normaliser/overrides/schema.ts';
import { parseAndCleanInParallel, type NoteWorkerPool } from './normaliser/parallel/parse-and-clean.ts';
import { runNoteWorker } from './normaliser/parallel/note-worker.ts';
import { noteWorkerSetting } from './normaliser/parallel/pool-size.ts';
import { isNoteWorkerData } from './normaliser/parallel/protocol.ts';
import { parseAndClean, publish, untimed, type StageTimer } from './normaliser/pipeline.ts';
import { readNotes } from './normaliser/read/read-notes.ts';
import { buildReport, hasErrors, staleDecisions, type NormaliseReport } from './normaliser/report/build-report.ts';
import { commandTotals, formatUndecided, undecidedErrors } from './normaliser/report/command-counts.ts';
import { formatMessage, formatSummary } from './normaliser/report/format-summary.ts';
import { stageTimings, type StageTimings } from './normaliser/report/stage-timings.ts';
import { entryOutcomes, formatOutcomeTotals, idWordTotals, outcomesAddUp, outcomeTotals, questionReports } from './normaliser/report/outcomes.ts';
import { toStableJson } from './normaliser/report/stable-json.ts';

/** Where the report goes, relative to the project root. */
export const REPORT_PATH = 'reports/normalise.json';

/** A whole run's results: the report, every output file, the final model. */
export interface RunResult {
  report: NormaliseReport;
  files: OutputFile[];
  model: Model;
}

/** One whole run from a project root, on the main thread only; `notesDir` (relative to it, or absolute) is read as notes/. No writes. */
export function normaliseNotes(root: string, time: StageTimer = untimed, notesDir = 'notes'): RunResult {
  const { notes, messages, assetPaths, overrides } = readNotesAndDecisions(root, notesDir, time);
  // Tree cleaning needs every parsed note first: private addresses are numbered run-wide.
  const records = time('parse+clean', () =>
    cleanNotes(parseAndClean(notes), { assetPaths: new Set(assetPaths), data: loadTreeCleanData(root) }),
  );
  return publishRun(root, records, messages, overrides, time);
}

/**
 * The notes of a project root (with the lines editorial `split`s name, `SourceNote.splitAt`), the
 * messages of reading them and the overrides file, and the editorial decisions: what parsing
 * the real notes needs, here and in the tools and tests that parse them.
 */
export function readNotesAndDecisions(root: string, notesDir = 'notes', time: StageTimer = untimed) {
  const read = time('read', () => readNotes(root, notesDir));
  const overridesPath = join(root, OVERRIDES_FILE);
  const { overrides, messages: overrideMessages } = existsSync(overridesPath)
    ? parseOverrides(readFileSync(overridesPath, 'utf8'), OVERRIDES_FILE)
    : { overrides: emptyOverrides(), messages: [] };
  const split = attachSplits(read.notes, overrides);
  return { ...read, notes: split.notes, messages: [...read.messages, ...overrideMessages, ...split.messages], overrides };
}

/**
 * The same run with notes parsed and cleaned on the main thread and `pool.count` worker threads
 * (scripts/normaliser/parallel/): the same result as `normaliseNotes`, sooner on a large corpus.
 */
export async function normaliseNotesInParallel(root: string, pool: NoteWorkerPool, timings?: StageTimings, notesDir = 'notes'): Promise<RunResult> {
  const time = timings?.time ?? untimed;
  const { notes, messages, assetPaths, overrides } = readNotesAndDecisions(root, notesDir, time);
  const start = performance.now();
  const records = await parseAndCleanInParallel(notes, { assetPaths: new Set(assetPaths), data: loadTreeCleanData(root) }, pool);
  timings?.add('parse+clean', performance.now() - start);
  return publishRun(root, records, messages, overrides, time);
}

/** Part 2 of a run from the cleaned records, the messages of reading the notes and the decisions. */
function publishRun(root: string, records: NoteRecord[], messages: readonly Message[], overrides: Overrides, time: StageTimer): RunResult {
  const overrideMessages = unappliedSplits(records, overrides);
  const registryPath = join(root, ID_REGISTRY_FILE);
  const registry = existsSync(registryPath) ? parseIdRegistry(readFileSync(registryPath, 'utf8'), ID_REGISTRY_FILE) : emptyIdRegistry();

  const model = publish(records, { overrides, registry }, time);
  const totals = outcomeTotals(model);
  const totalsMessages: Message[] = outcomesAddUp(totals)
    ? []
    : [{ note: REPORT_PATH, severity: 'error', source: 'report/outcomes', reason: `entry outcomes do not add up: ${formatOutcomeTotals(totals)}` }];
  const report: NormaliseReport = {
    ...buildReport(
      model.notes,
      [...messages, ...overrideMessages, ...model.messages.filter((message) => !message.event), ...totalsMessages],
      entryOutcomes(model),
    ),
    questions: questionReports(model),
    outcomes: totals,
  };
  report.commands = commandTotals(report.questions ?? []);
  report.ids = idWordTotals(report.questions ?? []);
  return { report, files: [...model.files, { path: REPORT_PATH, content: toStableJson(report) }], model };
}

/** Write output files under a root. */
export function writeOutputs(root: string, files: readonly OutputFile[]): void {
  for (const file of files) {
    const path = join(root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
}

/** How the disk under `root` differs from a run's files (including stale generated pages). */
export function compareWithDisk(root: string, files: readonly OutputFile[]): OutputDiff {
  const onDisk = new Map<string, string | undefined>();
  for (const file of files) {
    const path = join(root, file.path);
    onDisk.set(file.path, existsSync(path) ? readFileSync(path, 'utf8') : undefined);
  }
  const generated = GENERATED_TOPIC_DIRS.flatMap((directory) => {
    const absolute = join(root, directory);
    if (!existsSync(absolute)) return [];
    return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
      .filter((file) => statSync(join(absolute, file)).isFile())
      .map((file) => `${directory}/${file.split('\\').join('/')}`);
  });
  return diffOutputs(files, onDisk, generated);
}

/** Make the disk hold exactly a run's outputs: write what changed, delete stale generated files. */
export function syncOutputs(root: string, files: readonly OutputFile[]): OutputDiff {
  const diff = compareWithDisk(root, files);
  const toWrite = new Set([...diff.changed, ...diff.missing]);
  writeOutputs(root, files.filter((file) => toWrite.has(file.path)));
  for (const path of diff.stale) rmSync(join(root, path));
  return diff;
}

/**
 * The note workers of a CLI run: `NORMALISE_WORKERS` of them (0 runs everything on the main
 * thread), by default one per core besides the main thread's on a large corpus
 * (scripts/normaliser/parallel/pool-size.ts). They run the launcher's bundle
 * (`NORMALISE_BUNDLE`, set by scripts/run-normalise.mjs), or this file through tsx.
 */
function notePool(): NoteWorkerPool {
  const setting = noteWorkerSetting(process.env.NORMALISE_WORKERS, availableParallelism());
  const bundle = process.env.NORMALISE_BUNDLE;
  return bundle
    ? { script: pathToFileURL(bundle), typescript: false, ...setting }
    : { script: new URL(import.meta.url), typescript: true, ...setting };
}

/** Entry point: run, print, write or check, set the exit code. */
async function main(): Promise<void> {
  const root = process.cwd();
  const check = process.argv.includes('--check');
  const strict = process.argv.includes('--strict');
  const timings = process.argv.includes('--timings') ? stageTimings() : undefined;
  const notesOption = process.argv.indexOf('--notes');
  const notesDir = notesOption === -1 ? 'notes' : resolve(process.argv[notesOption + 1] ?? 'notes');
  const tryOnly = notesOption !== -1;
  const pool = notePool();
  const { report, files, model } =
    pool.count > 0 ? await normaliseNotesInParallel(root, pool, timings, notesDir) : normaliseNotes(root, timings?.time, notesDir);
  process.stdout.write(formatSummary(report));
  for (const event of model.messages.filter((message) => message.event)) {
    process.stdout.write(`${event.note}: ${event.severity} [${event.source}] ${event.reason}\n`);
  }
  const undecided = strict ? undecidedErrors(report.questions ?? []) : [];
  if (undecided.length > 0) {
    process.stdout.write(`--strict: ${undecided.length} command findings of error severity have no editorial decision:\n`);
    for (const finding of undecided) process.stdout.write(`  ${formatUndecided(finding)}\n`);
  }
  const stale = strict ? staleDecisions(report) : [];
  if (stale.length > 0) {
    process.stdout.write(`--strict: ${stale.length} editorial decisions no longer match (update or remove them):\n`);
    for (const message of stale) process.stdout.write(`  ${formatMessage(message)}\n`);
  }
  let outOfDate = false;
  if (tryOnly) {
    process.stdout.write(`--notes ${relative(root, notesDir) || '.'}: a trial run, read as notes/, nothing written (${files.length} files would be generated)\n`);
  } else if (check) {
    const diff = compareWithDisk(root, files);
    outOfDate = !isUpToDate(diff);
    if (outOfDate) {
      process.stdout.write(`generated files are out of date (run npm run normalise):\n`);
      for (const line of formatOutputDiff(diff)) process.stdout.write(`  ${line}\n`);
    } else process.stdout.write(`generated files are up to date (${files.length} files)\n`);
  } else {
    const diff = syncOutputs(root, files);
    process.stdout.write(
      `wrote ${diff.changed.length + diff.missing.length} of ${files.length} files, deleted ${diff.stale.length} stale\n`,
    );
  }
  if (timings) process.stdout.write(`${timings.format()}\n`);
  process.exitCode = hasErrors(report) || outOfDate || undecided.length > 0 || stale.length > 0 ? 1 : 0;
}

if (!isMainThread && isNoteWorkerData(workerData)) runNoteWorker(workerData);
else if (import.meta.url === `file://${process.argv[1]}`) await main();
