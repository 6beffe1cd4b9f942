/**
 * `npm run eval:merge`: duplicate detection and topic classification against the two hand-made
 * label sets (scripts/eval-merge/label-set.ts), for two outputs:
 *
 *   - the detector alone: merge + classify with no editorial overrides at all;
 *   - the final output: the whole pipeline as `npm run normalise` runs it, overrides included.
 *
 * For each it prints pair precision / recall / F1 over every pair of labelled questions (same
 * group vs same page) for the tuning half, the held-out half and all, the same on the labelled
 * judgement-call pairs, and topic accuracy; then the remaining misses of the final output, and
 * the places where the two label sets disagree (for an editor).
 *
 *   --sweep     search the merge thresholds on the tuning halves only, print the best settings
 *   --detector  also list the detector's own misses (default: only the final output's)
 *   --clusters  print every merged page of the final output
 *   --entries first|second   cut the entries where that label set's inventories say questions
 *               are, instead of read + parse + clean: measures merging apart from entry detection
 *
 * A labelled question is located by note and line: the entry starting at that line, else the
 * entry whose lines hold it. Two labelled questions in one entry are a wrong merge made by entry
 * detection, marked `[one entry]` (the parse stage's, not the merge stage's, to fix).
 */
import type { CanonicalQuestion, Entry, Model } from './normaliser/model.ts';
import { classify } from './normaliser/classify/classify.ts';
import { cleanNotes, loadTreeCleanData } from './normaliser/clean/tree/index.ts';
import { answerCosine, questionIdfDice } from './normaliser/merge/corpus-similarity.ts';
import { entriesInOrder, findDuplicateClusters, merge } from './normaliser/merge/merge.ts';
import { DEFAULT_THRESHOLDS, type MergeThresholds, type PairScorer, type PairScorers } from './normaliser/merge/pair-verdict.ts';
import { profileEntry, type EntryProfile } from './normaliser/merge/profile.ts';
import { emptyOverrides } from './normaliser/overrides/parse.ts';
import { parseAndClean } from './normaliser/pipeline.ts';
import { normaliseNotes, readNotesAndDecisions } from './normalise.ts';
import { inventoryEntries } from './eval-merge/inventory-entries.ts';
import { publish } from './normaliser/pipeline.ts';
import { emptyIdRegistry } from './normaliser/ids/id-registry.ts';
import { OVERRIDES_FILE, parseOverrides } from './normaliser/overrides/parse.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LABEL_SETS, readLabelSet, type LabelSet } from './eval-merge/label-set.ts';
import { compareLabelSets, scoreLabelSet, type LabelSetScores, type PairMiss, type Placement, type Scores } from './eval-merge/score.ts';

const ROOT = process.cwd();
const pct = (value: number) => `${(100 * value).toFixed(1)}%`;
const describe = (s: Scores) =>
  `P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
const at = (question: { note: string; line: number }) => `${question.note.slice(6, 9)}:${question.line}`;

/** Finds the entry a labelled question is in: the one starting at its line, else the one holding it. */
function entryLocator(entries: readonly Entry[]): (note: string, line: number) => Entry | undefined {
  const byNote = new Map<string, Entry[]>();
  for (const entry of entries) byNote.set(entry.source.note, [...(byNote.get(entry.source.note) ?? []), entry]);
  return (note, line) => {
    const candidates = byNote.get(note) ?? [];
    return (
      candidates.find((entry) => entry.source.lines[0] === line) ??
      candidates.find((entry) => entry.source.lines[0] <= line && line <= entry.source.lines[1])
    );
  };
}

/** Placements from an output's questions (pages) over its entries. */
function placements(entries: readonly Entry[], questions: readonly CanonicalQuestion[]) {
  const locate = entryLocator(entries);
  const pageOf = new Map<string, { page: string; question: CanonicalQuestion }>();
  questions.forEach((question, index) => {
    for (const key of question.members) pageOf.set(key, { page: question.id ?? `#${index}`, question });
  });
  return (labelled: { note: string; line: number }): Placement | undefined => {
    const entry = locate(labelled.note, labelled.line);
    const page = entry && pageOf.get(entry.key);
    if (!entry || !page) return undefined;
    return { entry: entry.key, page: page.page, topic: page.question.topic?.topic, question: entry.question };
  };
}

/** Entries from read + parse + clean, exactly as `npm run normalise` makes them. */
function pipelineEntries(): Entry[] {
  const { notes, assetPaths } = readNotesAndDecisions(ROOT);
  const records = cleanNotes(parseAndClean(notes), { assetPaths: new Set(assetPaths), data: loadTreeCleanData(ROOT) });
  return entriesInOrder({ notes: records, questions: [], files: [], messages: [] });
}

/** The detector alone: merge and classify without any editorial decision. */
function detectorOutput(entries: readonly Entry[], thresholds: MergeThresholds) {
  const model: Model = {
    notes: [{ source: { path: 'all', encoding: 'utf-8', text: '' }, shape: 'generic', meta: {}, entries: [...entries], dropped: [], fixes: [], messages: [] }],
    questions: [],
    files: [],
    messages: [],
  };
  return classify(merge(model, emptyOverrides(), { thresholds }), emptyOverrides()).questions;
}

/** The final stages (merge to emit, overrides applied) over entries cut from an inventory. */
function publishEntries(entries: readonly Entry[]): Model {
  const byNote = new Map<string, Entry[]>();
  for (const entry of entries) byNote.set(entry.source.note, [...(byNote.get(entry.source.note) ?? []), entry]);
  const records = [...byNote].map(([path, noteEntries]) => ({
    source: { path, encoding: 'utf-8' as const, text: readFileSync(join(ROOT, path), 'utf8') },
    shape: 'generic' as const,
    meta: {},
    entries: noteEntries,
    dropped: [],
    fixes: [],
    messages: [],
  }));
  const { overrides } = parseOverrides(readFileSync(join(ROOT, OVERRIDES_FILE), 'utf8'));
  return publish(records, { overrides, registry: emptyIdRegistry() });
}

function printScores(title: string, result: LabelSetScores) {
  const { groupPairs, labelledPairs, topics } = result;
  console.log(`  ${title}`);
  console.log(`    pairs of labelled questions   held-out ${describe(groupPairs.heldOut)}`);
  console.log(`                                  tuning   ${describe(groupPairs.tuning)}`);
  console.log(`                                  all      ${describe(groupPairs.all)}`);
  console.log(`      merging alone (no pair inside one entry)  ${describe(groupPairs.merging)}`);
  console.log(`    judgement-call pairs          held-out ${describe(labelledPairs.heldOut)}`);
  console.log(`                                  all      ${describe(labelledPairs.all)}`);
  console.log(`    topics                        ${topics.correct}/${topics.counted} = ${pct(topics.accuracy)}`);
  if (result.unplaced.length > 0) console.log(`    no entry at: ${result.unplaced.map(at).join(', ')}`);
}

function printMisses(result: LabelSetScores) {
  const line = (miss: PairMiss) => {
    const [pa, pb] = miss.placements;
    const name = (placement: Placement | undefined, question: { note: string; line: number; title: string }) =>
      `${at(question)} ${placement?.question ?? question.title}`;
    return `    ${miss.kind}${miss.oneEntry ? ' [one entry]' : ''}  ${name(pa, miss.a)}  <>  ${name(pb, miss.b)}  (${miss.half})`;
  };
  const misses = result.groupPairs.misses;
  console.log(`    pair misses (${misses.length}):`);
  for (const miss of misses) console.log(line(miss));
  console.log(`    topic misses (${result.topics.misses.length}, label -> output):`);
  for (const miss of result.topics.misses) {
    console.log(`    ${miss.question.topic} -> ${miss.predicted}  ${at(miss.question)} ${miss.placement.question}`);
  }
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

/**
 * Tries a grid of thresholds with the detector alone and prints the setting with the best sum of
 * pair F1 on the tuning halves of both label sets (merging alone), with both tuning precisions
 * >= a floor. The held-out halves are shown, never optimised. Ties go to the loosest setting.
 */
function sweep(entries: readonly Entry[], labelSets: readonly LabelSet[]) {
  const profiles = entries.map((entry) => profileEntry(entry));
  const cached = { profiles, scorers: memoised(profiles) };
  const range = (from: number, to: number, step: number) =>
    Array.from({ length: Math.floor((to - from) / step + 1e-9) + 1 }, (_, i) => Math.round((from + i * step) * 100) / 100);
  const results: { thresholds: MergeThresholds; scored: LabelSetScores[] }[] = [];
  for (const accept of range(0.6, 0.96, 0.04)) {
    for (const borderline of range(0.2, accept, 0.1)) {
      for (const answer of range(0.1, 0.5, 0.1)) {
        for (const link of range(0.3, 0.5, 0.1)) {
          const thresholds = { accept, borderline, answer, link };
          const { clusters } = findDuplicateClusters(entries, emptyOverrides(), { thresholds, ...cached });
          const pages = clusters.map((cluster) => ({ members: cluster.map((index) => entries[index]!.key) }) as CanonicalQuestion);
          const locate = placements(entries, pages);
          results.push({ thresholds, scored: labelSets.map((labels) => scoreLabelSet(labels, locate)) });
        }
      }
    }
  }
  const strictness = (t: MergeThresholds) => t.accept + t.borderline + t.answer + t.link;
  // Pairs inside one entry are entry detection's doing: no threshold can part them.
  const tuningF1 = (r: (typeof results)[number]) => r.scored.reduce((sum, s) => sum + s.groupPairs.mergingTuning.f1, 0);
  for (const floor of [0.95, 0.97]) {
    const best = results
      .filter((r) => r.scored.every((s) => s.groupPairs.mergingTuning.precision >= floor))
      .sort((x, y) => tuningF1(y) - tuningF1(x) || strictness(x.thresholds) - strictness(y.thresholds))[0];
    if (!best) continue;
    console.log(`\nbest on the tuning halves with pair precision >= ${pct(floor)}: ${JSON.stringify(best.thresholds)}`);
    best.scored.forEach((s, index) => {
      console.log(`  ${labelSets[index]!.name}: tuning (merging alone) ${describe(s.groupPairs.mergingTuning)}`);
      console.log(`  ${' '.repeat(labelSets[index]!.name.length)}  held-out ${describe(s.groupPairs.heldOut)}`);
    });
  }
}

function main() {
  const args = new Set(process.argv.slice(2));
  const labelSets = LABEL_SETS.map((where) => readLabelSet(ROOT, where));
  const entriesFrom = process.argv.find((arg, index) => process.argv[index - 1] === '--entries');
  const inventory = LABEL_SETS.find((where) => where.name.startsWith(entriesFrom ?? '\u0000'))?.inventory;
  if (entriesFrom && !inventory) throw new Error(`--entries ${entriesFrom}: no such label set (first, second)`);
  const entries = inventory ? inventoryEntries(ROOT, inventory) : pipelineEntries();
  console.log(`entries from ${inventory ?? 'read + parse + clean'}`);
  const detector = placements(entries, detectorOutput(entries, DEFAULT_THRESHOLDS));
  const final = inventory ? publishEntries(entries) : normaliseNotes(ROOT).model;
  const finalPlacement = placements(entriesInOrder(final), final.questions);
  console.log(`entries: ${entries.length}; pages: ${final.questions.length}; thresholds ${JSON.stringify(DEFAULT_THRESHOLDS)}`);

  for (const labels of labelSets) {
    console.log(`\n== ${labels.name}: ${labels.questions.length} questions, ${labels.groupCount} duplicate groups, ${labels.pairs.length} judgement-call pairs`);
    const alone = scoreLabelSet(labels, detector);
    const withOverrides = scoreLabelSet(labels, finalPlacement);
    printScores('detector alone (no overrides)', alone);
    if (args.has('--detector')) printMisses(alone);
    printScores('final output (editorial/overrides.yaml applied)', withOverrides);
    printMisses(withOverrides);
  }

  const [first, second] = labelSets as [LabelSet, LabelSet];
  const disagreements = compareLabelSets(first, second);
  console.log(`\n== where the two labellings disagree (for an editor)`);
  console.log(`  questions only the first lists (${disagreements.onlyIn.first.length}): ${disagreements.onlyIn.first.map((q) => `${at(q)} ${q.title}`).join('; ')}`);
  console.log(`  questions only the second lists (${disagreements.onlyIn.second.length}): ${disagreements.onlyIn.second.map((q) => `${at(q)} ${q.title}`).join('; ')}`);
  console.log(`  duplicates (${disagreements.duplicates.length} pairs, 'same in' says which labelling calls them one question):`);
  for (const { a, b, duplicateIn } of disagreements.duplicates) console.log(`    same in ${duplicateIn}:  ${at(a)} ${a.title}  <>  ${at(b)} ${b.title}`);
  console.log(`  topics (${disagreements.topics.length}, first / second):`);
  for (const { first: a, second: b } of disagreements.topics) console.log(`    ${a.topic} / ${b.topic}  ${at(a)} ${a.title}`);

  if (args.has('--clusters')) {
    console.log('\nmerged pages of the final output:');
    const byKey = new Map(entriesInOrder(final).map((entry) => [entry.key, entry]));
    for (const question of final.questions.filter((q) => q.members.length > 1)) {
      console.log(`  - ${question.id}: ${question.members.map((key) => `${byKey.get(key)!.question} (${at({ note: byKey.get(key)!.source.note, line: byKey.get(key)!.source.lines[0] })})`).join('  |  ')}`);
    }
  }
  if (args.has('--sweep')) sweep(entries, labelSets);
}

main();
