/**
 * The merge stage: turns the entries of all notes into canonical questions, one per distinct
 * question, merging entries that ask the same thing.
 *
 *   entries -> profiles -> candidate pairs (blocking) -> pair verdicts -> clusters
 *           -> canonical questions (lead answer + supplement)
 */
import type { CanonicalQuestion, Entry, Message, Model } from '../model.ts';
import { overridesMessage } from '../overrides/parse.ts';
import { resolveEntryRef } from '../overrides/entry-ref.ts';
import type { Overrides } from '../overrides/schema.ts';
import { staleDecision } from '../overrides/unmatched.ts';
import { answerCompleteness, mergeAnswers } from './answer.ts';
import { chooseTitle } from './choose-title.ts';
import { answerCosine, questionIdfDice } from './corpus-similarity.ts';
import { candidatePairs, DEFAULT_BLOCKING, type BlockingOptions } from './candidates.ts';
import { clusterPairs, type ScoredPair } from './cluster.ts';
import { embeddedEntries, outlinePairs, sectionParents } from './outline-pairs.ts';
import { DEFAULT_THRESHOLDS, mayShareCluster, pairVerdict, type MergeThresholds, type PairScorers } from './pair-verdict.ts';
import { profileEntry, type EntryProfile } from './profile.ts';

/** Tunables of the merge stage; the defaults are what the pipeline uses. */
export interface MergeOptions {
  thresholds?: MergeThresholds;
  blocking?: BlockingOptions;
  /** Profiles of the entries, when already computed (the evaluation reuses them across runs). */
  profiles?: EntryProfile[];
  /** Scorers for those profiles, when already built (default: idf-weighted over the profiles). */
  scorers?: PairScorers;
}

/** All entries of the model in a stable order: by note path, then first line. */
export function entriesInOrder(model: Model): Entry[] {
  return model.notes
    .flatMap((note) => note.entries)
    .sort((a, b) =>
      a.source.note < b.source.note ? -1 : a.source.note > b.source.note ? 1 : a.source.lines[0] - b.source.lines[0],
    );
}

/**
 * Forbidden pairs from the `forbid` overrides, as `smaller * count + larger` keys, the entries
 * they name, and a message for each reference that names no entry or several.
 */
function forbiddenPairs(
  entries: readonly Entry[],
  overrides: Overrides,
): { keys: Set<number>; named: Set<number>; messages: Message[] } {
  const indexByKey = new Map(entries.map((entry, index) => [entry.key, index]));
  const keys = new Set<number>();
  const named = new Set<number>();
  const messages: Message[] = [];
  overrides.forbid.forEach((decision, decisionIndex) => {
    const line = overrides.lines.forbid[decisionIndex];
    const indexes: number[] = [];
    for (const ref of decision.entries) {
      const resolution = resolveEntryRef(ref, entries);
      // An entry reference names text of a note: when that text is gone, the decision went stale.
      if ('problem' in resolution) {
        messages.push(
          resolution.kind === 'missing'
            ? staleDecision(overrides.file, line, 'forbid', resolution.problem)
            : overridesMessage(overrides.file, line, `forbid: ${resolution.problem}`),
        );
      }
      else indexes.push(indexByKey.get(resolution.entry.key)!);
    }
    for (const a of indexes) {
      named.add(a);
      for (const b of indexes) if (a < b) keys.add(a * entries.length + b);
    }
  });
  return { keys, named, messages };
}

/**
 * Builds the canonical question for a cluster of entries: the most complete answer leads, and
 * the title is the best-formed question any member asks (`chooseTitle`). An entry embedded in
 * another one's lines (`embedded`, by key) never leads: its answer is a fragment of a line.
 */
export function canonicalQuestion(cluster: readonly Entry[], embedded: ReadonlySet<string> = new Set()): CanonicalQuestion {
  const ranked = cluster
    .map((entry, position) => ({ entry, position, completeness: answerCompleteness(entry.answer) }))
    .sort(
      (a, b) =>
        Number(embedded.has(a.entry.key)) - Number(embedded.has(b.entry.key)) ||
        b.completeness - a.completeness ||
        a.position - b.position,
    );
  const lead = ranked[0]!.entry;
  const others = cluster.filter((entry) => entry !== lead);
  return {
    members: [lead.key, ...others.map((entry) => entry.key)],
    question: chooseTitle([lead.question, ...others.map((entry) => entry.question)]),
    answer: mergeAnswers(lead, others),
    sources: [lead.source, ...others.map((entry) => entry.source)],
    keywords: [],
    related: [],
  };
}

/** What `findDuplicateClusters` found, for the merge stage and the evaluation. */
export interface DuplicateClusters {
  /** Clusters of entry indexes, each sorted, ordered by first index. */
  clusters: number[][];
  profiles: EntryProfile[];
  /** The corpus-weighted scorers the verdicts used. */
  scorers: PairScorers;
  /** How many pairs were scored (candidate pairs among distinct normalised questions). */
  scoredPairs: number;
  messages: Message[];
}

/**
 * Groups entries into clusters of duplicates (indexes into `entries`), honouring the `forbid`
 * overrides and keeping apart the parts of one note's outline (`outlinePairs`); a section with
 * sub-sections of its own yields to them (`sectionParents`: its pairs are tried last).
 *
 * Entries whose normalised questions (and comparison and intent flags) are identical are one
 * group from the start: they pass every guard at similarity 1, so comparing them pair by pair would only cost time
 * (a question asked in a hundred notes would cost 4 950 comparisons). An entry named in a
 * `forbid` decision keeps a group of its own so the decision can hold. Blocking, scoring and
 * clustering then work on groups; the guards and the complete-link check only read the
 * normalised question, which a group shares, and borderline pairs consult the answer of each
 * group's first entry.
 */
export function findDuplicateClusters(
  entries: readonly Entry[],
  overrides: Overrides,
  options: MergeOptions = {},
): DuplicateClusters {
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const profiles = options.profiles ?? entries.map((entry) => profileEntry(entry));
  const forbidden = forbiddenPairs(entries, overrides);
  for (const [a, b] of outlinePairs(entries)) {
    forbidden.keys.add(a * entries.length + b);
    forbidden.named.add(a);
    forbidden.named.add(b);
  }
  const isForbidden = (a: number, b: number) =>
    forbidden.keys.has(Math.min(a, b) * entries.length + Math.max(a, b));

  const groupIndexByKey = new Map<string, number>();
  const groups: number[][] = [];
  profiles.forEach((profile, index) => {
    const text = `${profile.normalised}\u0000${profile.comparison}\u0000${profile.intent}`;
    // Entries named by a forbid decision, and entries with nothing left to compare, stand alone.
    const alone = forbidden.named.has(index) || profile.features.length === 0;
    const key = alone ? `${text}\u0000${index}` : text;
    const existing = groupIndexByKey.get(key);
    if (existing === undefined) {
      groupIndexByKey.set(key, groups.length);
      groups.push([index]);
    } else groups[existing]!.push(index);
  });
  const representative = (group: number) => profiles[groups[group]![0]!]!;
  // A section with sub-sections of its own yields to them: its pairs are tried last.
  const parents = sectionParents(entries);
  const isParent = (group: number) => groups[group]!.some((index) => parents.has(index));
  const groupsForbidden = (a: number, b: number) =>
    groups[a]!.some((x) => groups[b]!.some((y) => isForbidden(x, y)));

  const candidates = candidatePairs(
    groups.map((_, group) => representative(group).normalised),
    groups.map((_, group) => representative(group).features),
    options.blocking ?? DEFAULT_BLOCKING,
  );
  const scorers: PairScorers = options.scorers ?? { question: questionIdfDice(profiles), answer: answerCosine(profiles) };
  const accepted: ScoredPair[] = [];
  const acceptedKeys = new Set<number>();
  for (const pair of candidates) {
    if (groupsForbidden(pair[0], pair[1])) continue;
    const verdict = pairVerdict(representative(pair[0]), representative(pair[1]), thresholds, scorers);
    if (!verdict.duplicate) continue;
    accepted.push({ pair, score: verdict.questionScore, deferred: isParent(pair[0]) || isParent(pair[1]) });
    acceptedKeys.add(pair[0] * groups.length + pair[1]);
  }
  // A pair judged duplicate may always share a cluster; other cross pairs need the link check.
  const groupClusters = clusterPairs(
    groups.length,
    accepted,
    (a, b) =>
      !groupsForbidden(a, b) &&
      (acceptedKeys.has(Math.min(a, b) * groups.length + Math.max(a, b)) ||
        mayShareCluster(representative(a), representative(b), thresholds, scorers)),
  );
  const clusters = groupClusters
    .map((cluster) => cluster.flatMap((group) => groups[group]!).sort((x, y) => x - y))
    .sort((x, y) => x[0]! - y[0]!);
  return { clusters, profiles, scorers, scoredPairs: candidates.length, messages: forbidden.messages };
}

/**
 * The merge stage: fills `model.questions` from the entries of `model.notes`, one canonical
 * question per cluster of duplicates, in the order of each cluster's first entry. A `forbid`
 * override that names no entry (or several) is an error message on the overrides file.
 */
export function merge(model: Model, overrides: Overrides, options: MergeOptions = {}): Model {
  const entries = entriesInOrder(model);
  const { clusters, messages } = findDuplicateClusters(entries, overrides, options);
  const embedded = new Set([...embeddedEntries(entries)].map((index) => entries[index]!.key));
  const questions = clusters.map((cluster) => canonicalQuestion(cluster.map((index) => entries[index]!), embedded));
  return { ...model, questions, messages: [...model.messages, ...messages] };
}
