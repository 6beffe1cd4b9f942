/**
 * Evaluates duplicate detection and topic classification against the hand-made ground truth in
 * tests/fixtures/ (inventories, duplicate pairs, duplicate groups). `npm run eval:merge`.
 *
 *   --sweep   also search the merge thresholds on the tuning half of the labelled pairs and print
 *             the best settings found (the held-out half is only reported)
 *   --inventory   build entries from the inventories instead of the parse + clean pipeline
 *   --clusters    print every merged cluster;  --topics   print every topic mistake
 *
 * Entries come from the real pipeline (read -> parse -> clean, as `npm run normalise`); a
 * labelled question is matched to the entry of its note whose line range contains its line.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse } from 'yaml';
import type { CanonicalQuestion, Entry, Model, NoteRecord } from './normaliser/model.ts';
import { entriesInOrder, findDuplicateClusters, merge } from './normaliser/merge/merge.ts';
import { classify } from './normaliser/classify/classify.ts';
import { cleanNotes, loadTreeCleanData } from './normaliser/clean/tree/index.ts';
import { parseAndClean } from './normaliser/pipeline.ts';
import { readNotes } from './normaliser/read/read-notes.ts';
import { DEFAULT_THRESHOLDS, pairVerdict, type MergeThresholds, type PairScorer, type PairScorers } from './normaliser/merge/pair-verdict.ts';
import { answerCosine, questionIdfDice } from './normaliser/merge/corpus-similarity.ts';
import { emptyOverrides, OVERRIDES_FILE, parseOverrides } from './normaliser/overrides/parse.ts';
import type { Overrides } from './normaliser/overrides/schema.ts';
import { profileEntry, type EntryProfile } from './normaliser/merge/profile.ts';

const ROOT = process.cwd();
const FIXTURES = join(ROOT, 'tests/fixtures');

interface LabelledQuestion {
  note: string;
  line: number;
  title: string;
  topic?: string;
}
interface Inventory {
  note: string;
  questions: LabelledQuestion[];
  grouping_headings?: { line: number }[];
  noise?: { lines: [number, number] }[];
}

function readYaml<T>(path: string): T {
  return parse(readFileSync(path, 'utf8')) as T;
}

let inventoryCache: Inventory[] | undefined;
function inventories(): Inventory[] {
  return (inventoryCache ??= readInventories());
}
function readInventories(): Inventory[] {
  const dir = join(FIXTURES, 'inventory');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => readYaml<Inventory>(join(dir, name)));
}

/** Entries built from the inventories: the labelled line is the question, the lines up to the next one the answer. */
function inventoryEntries(): Entry[] {
  const markdown = unified().use(remarkParse).use(remarkGfm);
  const entries: Entry[] = [];
  for (const inventory of inventories()) {
    const lines = readFileSync(join(ROOT, inventory.note), 'utf8').split('\n');
    const starts = [...inventory.questions.map((q) => q.line), ...(inventory.grouping_headings ?? []).map((h) => h.line)].sort((a, b) => a - b);
    const isNoise = (line: number) => (inventory.noise ?? []).some(({ lines: [a, b] }) => line >= a && line <= b);
    for (const question of inventory.questions) {
      const next = starts.find((line) => line > question.line) ?? lines.length + 1;
      const body = lines.slice(question.line, next - 1).map((text, index) => (isNoise(question.line + 1 + index) ? '' : text));
      const clean = question.title
        .replace(/^#+\s*/, '')
        .replace(/^(聊聊|说说)\s*[:：]\s*/, '')
        .replace(/^\d+(\.\d+)*[、.]?\s*/, '')
        .replace(/\*+$/, '')
        .trim();
      entries.push({
        key: `${inventory.note}:${question.line}`,
        question: clean,
        answer: markdown.parse(body.join('\n')) as Root,
        source: { note: inventory.note, lines: [question.line, next - 1], originalTitle: question.title },
        section: [],
      });
    }
  }
  return entries;
}

/** Entries from the real pipeline: read, parse and clean exactly as `npm run normalise` does. */
function pipelineEntries(): Entry[] {
  const { notes, assetPaths } = readNotes(ROOT);
  const records = cleanNotes(parseAndClean(notes), { assetPaths: new Set(assetPaths), data: loadTreeCleanData(ROOT) });
  return entriesInOrder({ notes: records, questions: [], files: [], messages: [] });
}

/** Index of the entry of `note` whose line range contains `line`, or -1. */
function entryIndexAt(entries: readonly Entry[], note: string, line: number): number {
  return entries.findIndex(
    (entry) => entry.source.note === note && entry.source.lines[0] <= line && line <= entry.source.lines[1],
  );
}

interface Scores {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}
function scores(tp: number, fp: number, fn: number): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}
const pct = (value: number) => `${(100 * value).toFixed(1)}%`;
const describe = (s: Scores) => `precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

/** 32-bit FNV-1a hash of a string: a fixed, seedless way to split the labels. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Which half a labelled pair belongs to: `tuning` (thresholds are chosen on it) or `held-out`
 * (only reported). Decided by a hash of the pair's two positions, order-insensitive, so adding a
 * label never moves another one between halves.
 */
export function labelHalf(label: { a: LabelledQuestion; b: LabelledQuestion }): 'tuning' | 'held-out' {
  const sides = [`${label.a.note}:${label.a.line}`, `${label.b.note}:${label.b.line}`].sort();
  return fnv1a(sides.join('|')) % 2 === 0 ? 'tuning' : 'held-out';
}

interface PairLabel {
  a: LabelledQuestion;
  b: LabelledQuestion;
  duplicate: boolean;
  why?: string;
}

interface Cached {
  profiles: EntryProfile[];
  scorers: PairScorers;
}

/** Scorers that remember every score, so a threshold sweep scores each pair once. */
function memoised(profiles: EntryProfile[]): PairScorers {
  const indexOf = new Map(profiles.map((profile, index) => [profile, index]));
  const base = { question: questionIdfDice(profiles), answer: answerCosine(profiles) };
  const remember = (scorer: PairScorer): PairScorer => {
    const cache = new Map<number, number>();
    return (a, b) => {
      const key = indexOf.get(a)! * profiles.length + indexOf.get(b)!;
      let value = cache.get(key);
      if (value === undefined) cache.set(key, (value = scorer(a, b)));
      return value;
    };
  };
  return { question: remember(base.question), answer: remember(base.answer) };
}

let labelCache: { pairs: PairLabel[]; groups: { name: string; members: LabelledQuestion[] }[] } | undefined;
function labels() {
  labelCache ??= {
    pairs: readYaml<{ pairs: PairLabel[] }>(join(FIXTURES, 'labels/duplicate-pairs.yaml')).pairs,
    groups: readYaml<{ groups: { name: string; members: LabelledQuestion[] }[] }>(join(FIXTURES, 'labels/duplicate-groups.yaml')).groups,
  };
  return labelCache;
}

const locatedCache = new WeakMap<readonly Entry[], { key: string; index: number }[]>();
function locate(entries: readonly Entry[], questions: LabelledQuestion[]) {
  let located = locatedCache.get(entries);
  if (!located) {
    located = questions.map((q) => ({ key: `${q.note}:${q.line}`, index: entryIndexAt(entries, q.note, q.line) }));
    locatedCache.set(entries, located);
  }
  return located;
}

function evaluate(
  entries: readonly Entry[],
  thresholds: MergeThresholds,
  verbose: boolean,
  cached?: Cached,
  overrides: Overrides = emptyOverrides(),
) {
  const { clusters, scoredPairs, profiles, scorers, messages } = findDuplicateClusters(entries, overrides, {
    thresholds,
    ...(cached ?? {}),
  });
  const clusterOf = new Map<number, number>();
  clusters.forEach((cluster, id) => cluster.forEach((index) => clusterOf.set(index, id)));
  const together = (a: number, b: number) => a >= 0 && b >= 0 && clusterOf.get(a) === clusterOf.get(b);

  // Labelled pairs.
  const pairLabels = labels().pairs;
  let tp = 0, fp = 0, fn = 0, unmatched = 0;
  const byHalf = { tuning: { tp: 0, fp: 0, fn: 0 }, 'held-out': { tp: 0, fp: 0, fn: 0 } };
  const mistakes: string[] = [];
  for (const label of pairLabels) {
    const a = entryIndexAt(entries, label.a.note, label.a.line);
    const b = entryIndexAt(entries, label.b.note, label.b.line);
    if (a < 0 || b < 0) unmatched++;
    const predicted = together(a, b);
    const half = byHalf[labelHalf(label)];
    if (predicted && label.duplicate) (tp++, half.tp++);
    else if (predicted) (fp++, half.fp++);
    else if (label.duplicate) (fn++, half.fn++);
    if (predicted !== label.duplicate) {
      const name = (i: number, q: LabelledQuestion) => (i < 0 ? `[no entry at ${q.note}:${q.line}]` : `${entries[i]!.question}`);
      const verdict = a >= 0 && b >= 0 ? pairVerdict(profiles[a]!, profiles[b]!, thresholds, scorers) : undefined;
      const why = verdict
        ? `q ${verdict.questionScore.toFixed(2)}${verdict.answerScore === undefined ? '' : ` a ${verdict.answerScore.toFixed(2)}`} ${verdict.reason}`
        : '';
      mistakes.push(`  ${label.duplicate ? 'missed' : 'wrong '}  ${name(a, label.a)}  <>  ${name(b, label.b)}  [${why}]`);
    }
  }
  const pairScores = scores(tp, fp, fn);
  const tuningScores = scores(byHalf.tuning.tp, byHalf.tuning.fp, byHalf.tuning.fn);
  const heldOutScores = scores(byHalf['held-out'].tp, byHalf['held-out'].fp, byHalf['held-out'].fn);
  const halves = `  tuning half:   ${describe(tuningScores)}\n  held-out half: ${describe(heldOutScores)}`;

  // Groups: every pair of inventory questions, same group vs same cluster.
  const groups = labels().groups;
  const goldGroup = new Map<string, string>();
  for (const group of groups) for (const member of group.members) goldGroup.set(`${member.note}:${member.line}`, group.name);
  const questions = inventories().flatMap((inventory) => inventory.questions.map((q) => ({ ...q, note: inventory.note })));
  const located = locate(entries, questions);
  let gtp = 0, gfp = 0, gfn = 0;
  const groupHalves = { tuning: { tp: 0, fp: 0, fn: 0 }, 'held-out': { tp: 0, fp: 0, fn: 0 } };
  const wrongGroupPairs: string[] = [];
  for (let i = 0; i < located.length; i++) {
    for (let j = i + 1; j < located.length; j++) {
      const gi = goldGroup.get(located[i]!.key);
      const gold = gi !== undefined && gi === goldGroup.get(located[j]!.key);
      const predicted = together(located[i]!.index, located[j]!.index);
      const half = groupHalves[labelHalf({ a: questions[i]!, b: questions[j]! })];
      if (predicted && gold) (gtp++, half.tp++);
      else if (predicted) {
        gfp++;
        half.fp++;
        wrongGroupPairs.push(`  wrong   ${entries[located[i]!.index]!.question}  <>  ${entries[located[j]!.index]!.question}`);
      }
      else if (gold) (gfn++, half.fn++);
    }
  }
  const groupScores = scores(gtp, gfp, gfn);
  const groupTuning = scores(groupHalves.tuning.tp, groupHalves.tuning.fp, groupHalves.tuning.fn);
  const groupHeldOut = scores(groupHalves['held-out'].tp, groupHalves['held-out'].fp, groupHalves['held-out'].fn);
  const groupHalvesText = `  tuning half:   ${describe(groupTuning)}\n  held-out half: ${describe(groupHeldOut)}`;
  if (!verbose && overrides !== undefined && overrides.forbid.length > 0) {
    console.log(`labelled pairs: ${describe(pairScores)}\n${halves}\nduplicate groups: ${describe(groupScores)}\n${groupHalvesText}`);
  }
  if (verbose) {
    for (const message of messages) console.log(`${message.severity}: ${message.note}:${message.line ?? ''} ${message.reason}`);
    console.log(`entries: ${entries.length}; questions after merge: ${clusters.length}; pairs scored: ${scoredPairs}`);
    console.log(`labelled pairs (${pairLabels.length}, ${unmatched} with a side not found): ${describe(pairScores)}\n${halves}`);
    console.log(`duplicate groups (pairs of the ${questions.length} inventory questions): ${describe(groupScores)}\n${groupHalvesText}`);
    if (mistakes.length > 0) console.log(`pair mistakes:\n${mistakes.join('\n')}`);
    if (wrongGroupPairs.length > 0) console.log(`merged but in no labelled group together:\n${wrongGroupPairs.join('\n')}`);
    if (process.argv.includes('--clusters')) {
      console.log('merged clusters:');
      for (const cluster of clusters.filter((c) => c.length > 1)) {
        console.log(`  - ${cluster.map((i) => `${entries[i]!.question} (${entries[i]!.source.note.slice(6, 9)}:${entries[i]!.source.lines[0]})`).join('  |  ')}`);
      }
    }
  }
  return { pairScores, tuningScores, heldOutScores, groupScores, groupTuning, groupHeldOut };
}

/**
 * Tries a grid of thresholds and prints, for a few precision floors on the labelled pairs, the
 * setting with the best sum of pair F1 and group F1. Precision comes first: a wrong merge hides
 * a question under another one, a missed merge only shows it twice.
 */
function sweep(entries: readonly Entry[]) {
  const profiles = entries.map((entry) => profileEntry(entry));
  const cached = { profiles, scorers: memoised(profiles) };
  const range = (from: number, to: number, step: number) =>
    Array.from({ length: Math.floor((to - from) / step + 1e-9) + 1 }, (_, i) => Math.round((from + i * step) * 100) / 100);
  const results: { thresholds: MergeThresholds; tuning: Scores; heldOut: Scores; groupTuning: Scores; groupHeldOut: Scores }[] = [];
  for (const accept of range(0.6, 0.96, 0.04)) {
    for (const borderline of range(0.3, accept, 0.1)) {
      for (const answer of range(0.1, 0.5, 0.1)) {
        for (const link of range(0.3, 0.5, 0.1)) {
          const thresholds = { accept, borderline, answer, link };
          const { tuningScores, heldOutScores, groupTuning, groupHeldOut } = evaluate(entries, thresholds, false, cached);
          results.push({ thresholds, tuning: tuningScores, heldOut: heldOutScores, groupTuning, groupHeldOut });
        }
      }
    }
  }
  // Chosen on the tuning half only; the held-out half and the groups are shown, never optimised.
  // Ties on F1 go to the loosest setting: the precision floors already guard against wrong merges.
  const strictness = (t: MergeThresholds) => t.accept + t.borderline + t.answer + t.link;
  // A wrong merge hides a question, so both precisions (labelled pairs and group pairs) have a floor.
  for (const floor of [0.9, 0.95]) {
    const best = results
      .filter((result) => result.tuning.precision >= floor && result.groupTuning.precision >= floor)
      .sort(
        (x, y) =>
          y.tuning.f1 + y.groupTuning.f1 - (x.tuning.f1 + x.groupTuning.f1) ||
          strictness(x.thresholds) - strictness(y.thresholds),
      )[0];
    if (!best) continue;
    console.log(`\nbest on the tuning halves with pair and group precision >= ${pct(floor)}: ${JSON.stringify(best.thresholds)}`);
    console.log(`  pairs,  tuning:   ${describe(best.tuning)}\n  pairs,  held-out: ${describe(best.heldOut)}`);
    console.log(`  groups, tuning:   ${describe(best.groupTuning)}\n  groups, held-out: ${describe(best.groupHeldOut)}`);
  }
}

/**
 * Topic accuracy: runs merge + classify on the entries and compares the topic of the question
 * holding each inventory question's entry with the topic the inventory gives it.
 */
function evaluateTopics(entries: readonly Entry[], verbose: boolean) {
  const note: NoteRecord = {
    source: { path: 'all', encoding: 'utf-8', text: '' },
    shape: 'generic',
    meta: {},
    entries: [...entries],
    dropped: [],
    fixes: [],
    messages: [],
  };
  const merged = merge({ notes: [note], questions: [], files: [], messages: [] }, emptyOverrides());
  const classified = classify(merged, emptyOverrides());
  const questionOfEntry = new Map<string, CanonicalQuestion>();
  for (const question of classified.questions) for (const key of question.members) questionOfEntry.set(key, question);
  const questions = inventories().flatMap((inventory) => inventory.questions.map((q) => ({ ...q, note: inventory.note })));
  const located = locate(entries, questions);
  let correct = 0;
  let counted = 0;
  let closeCalls = 0;
  let closeCallsWrong = 0;
  const confusion = new Map<string, number>();
  const wrong: string[] = [];
  questions.forEach((labelled, index) => {
    const entry = entries[located[index]!.index];
    const assignment = entry ? questionOfEntry.get(entry.key)?.topic : undefined;
    if (!assignment || !labelled.topic) return;
    counted++;
    if (assignment.closeCall) closeCalls++;
    if (assignment.topic === labelled.topic) correct++;
    else {
      if (assignment.closeCall) closeCallsWrong++;
      const key = `${labelled.topic} -> ${assignment.topic}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
      wrong.push(`  ${labelled.topic} -> ${assignment.topic}${assignment.closeCall ? ' (close call)' : ''}  ${entry!.question}  ${JSON.stringify(assignment.scores)}`);
    }
  });
  console.log(`\ntopics: ${correct}/${counted} inventory questions right = ${pct(correct / Math.max(counted, 1))}; close calls ${closeCalls} (${closeCallsWrong} of the ${counted - correct} wrong ones are close calls)`);
  if (verbose) {
    console.log(`confusions (label -> predicted): ${[...confusion].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ×${v}`).join(', ')}`);
    console.log(wrong.join('\n'));
  }
}

function main() {
  const args = new Set(process.argv.slice(2));
  const fromInventory = args.has('--inventory');
  const entries = fromInventory ? inventoryEntries() : pipelineEntries();
  console.log(`entries from ${fromInventory ? 'the hand-made inventories' : 'the read + parse + clean pipeline'}`);
  console.log(`thresholds: ${JSON.stringify(DEFAULT_THRESHOLDS)}`);
  console.log('\n== without overrides (the detector alone)');
  evaluate(entries, DEFAULT_THRESHOLDS, true);
  const { overrides, messages } = parseOverrides(readFileSync(join(ROOT, OVERRIDES_FILE), 'utf8'));
  for (const message of messages) console.log(`${message.severity}: ${message.note}:${message.line ?? ''} ${message.reason}`);
  console.log(`\n== with ${OVERRIDES_FILE} (${overrides.forbid.length} forbid decisions)`);
  evaluate(entries, DEFAULT_THRESHOLDS, false, undefined, overrides);
  evaluateTopics(entries, args.has('--topics'));
  if (args.has('--sweep')) sweep(entries);
}

main();
