/**
 * Question similarity for duplicate detection: normalise a question, cut it into character
 * n-grams (Chinese has no spaces, so words are approximated by overlapping character pairs and
 * triples) plus whole Latin words, and compare the two feature sets with a weighted Dice
 * coefficient.
 */
import { defaultSynonymTables, type SynonymTables } from './synonyms.ts';

/** A compiled form of the synonym tables: one regex per kind, longest variant first. */
interface CompiledTables {
  synonymPattern: RegExp;
  canonicalByVariant: Map<string, string>;
  fillerPattern: RegExp | undefined;
  qualifiers: Set<string>;
  subjects: [string, string[]][];
}

const compiledByTables = new WeakMap<SynonymTables, CompiledTables>();

const LATIN_WORD = /^[a-z0-9]/;
const TOKEN = /[a-z0-9]+(?:[._+#-][a-z0-9]+)*|\p{Script=Han}+/gu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Latin variants match whole words only; CJK variants match anywhere. */
function variantPattern(variant: string): string {
  const escaped = escapeRegExp(variant).replace(/ /g, '[\\s_-]*');
  return LATIN_WORD.test(variant) ? `(?<![a-z0-9])${escaped}(?![a-z0-9])` : escaped;
}

function byLengthDescending(a: string, b: string): number {
  return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
}

function compile(tables: SynonymTables): CompiledTables {
  const cached = compiledByTables.get(tables);
  if (cached) return cached;
  const canonicalByVariant = new Map<string, string>();
  for (const [canonical, variants] of Object.entries(tables.synonyms)) {
    for (const variant of [canonical, ...variants]) {
      canonicalByVariant.set(normaliseWidth(variant).replace(/[\s_-]+/g, ''), canonical);
    }
  }
  // Variants are keyed without separators, so `bind mount`, `bind-mount` and `bindmount` meet.
  const variantSources = Object.values(tables.synonyms)
    .flat()
    .concat(Object.keys(tables.synonyms))
    .map((variant) => normaliseWidth(variant))
    .sort(byLengthDescending);
  const fillers = tables.fillers.map(normaliseWidth).sort(byLengthDescending);
  const compiled: CompiledTables = {
    synonymPattern: new RegExp(variantSources.map(variantPattern).join('|'), 'gu'),
    canonicalByVariant,
    fillerPattern: fillers.length > 0 ? new RegExp(fillers.map(escapeRegExp).join('|'), 'gu') : undefined,
    qualifiers: new Set(tables.qualifiers.map(normaliseWidth)),
    subjects: Object.entries(tables.subjects)
      .map(([subject, members]): [string, string[]] => [normaliseWidth(subject), members.map(normaliseWidth)])
      .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  };
  compiledByTables.set(tables, compiled);
  return compiled;
}

/** Full-width to half-width (NFKC) and lower case. */
function normaliseWidth(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * Normalises a question for comparison: NFKC, lower case, synonyms mapped to one canonical form
 * (虚拟机 -> vm, 数据卷 -> volume, 有何不同 -> 区别), fillers dropped (聊聊, 什么是, 的, 吗), the
 * `docker` qualifier dropped unless it is all the question says, punctuation dropped, the members
 * of a subject (`exec` + `attach`) replaced by the subject (`enter`). The result is the remaining
 * tokens (Latin words and runs of Han characters) joined by single spaces.
 *
 * @example normaliseQuestion('聊聊:Docker 与 虚拟机 有何不同?') // 'vm 区别'
 * @example normaliseQuestion('什么是Docker?') // 'docker'
 */
export function normaliseQuestion(text: string, tables: SynonymTables = defaultSynonymTables): string {
  const compiled = compile(tables);
  // A leading enumerator (`6、`, `3.1.1 `) numbers the note's list, it is not part of the question.
  const widthNormalised = normaliseWidth(text).replace(/^\s*\d+(?:\.\d+)*\s*[、.)]?\s*(?=\D)/u, '');
  // Canonical forms are padded with spaces so a Latin canonical never fuses with a neighbour.
  const withSynonyms = widthNormalised.replace(compiled.synonymPattern, (variant) => {
    const canonical = compiled.canonicalByVariant.get(variant.replace(/[\s_-]+/g, ''));
    return canonical === undefined ? variant : ` ${canonical} `;
  });
  const withoutFillers = compiled.fillerPattern
    ? withSynonyms.replace(compiled.fillerPattern, ' ')
    : withSynonyms;
  const tokens = withoutFillers.match(TOKEN) ?? [];
  const meaningful = tokens.filter((token) => !compiled.qualifiers.has(token));
  // A repeated token (`Docker 与虚拟机 (Virtual Machines)`) says nothing new: keep the first.
  return withSubjects([...new Set(meaningful.length > 0 ? meaningful : tokens)], compiled.subjects).join(' ');
}

/**
 * A question naming every member of a subject ("exec 与 attach": both ways into a container) asks
 * about the subject (`enter`): the members give way to the subject's token, where the first stood.
 */
function withSubjects(tokens: string[], subjects: readonly [string, string[]][]): string[] {
  let result = tokens;
  for (const [subject, members] of subjects) {
    if (!members.every((member) => result.includes(member))) continue;
    const first = Math.min(...members.map((member) => result.indexOf(member)));
    result = result.flatMap((token, index) => (index === first ? [subject] : members.includes(token) ? [] : [token]));
  }
  return [...new Set(result)];
}

/** Weight of a whole Latin word relative to one character n-gram: a term like `cmd` says more. */
const LATIN_WORD_WEIGHT = 2;

/**
 * The features of an already-normalised text: whole Latin words (`w:volume`), and for each run
 * of Han characters its character bigrams and trigrams (a one-character run is kept whole).
 * Returned sorted and without duplicates.
 *
 * @example textFeatures('vm 区别') // ['h:区别', 'w:vm']
 */
export function textFeatures(normalised: string): string[] {
  const features = new Set<string>();
  for (const token of normalised.split(' ')) {
    if (token === '') continue;
    if (LATIN_WORD.test(token)) {
      features.add(`w:${token}`);
      continue;
    }
    const chars = [...token];
    if (chars.length === 1) features.add(`h:${token}`);
    // Bigrams, then trigrams, by concatenation: this runs for every question, answer and point.
    for (let start = 0; start + 2 <= chars.length; start++) features.add(`h:${chars[start]}${chars[start + 1]}`);
    for (let start = 0; start + 3 <= chars.length; start++) features.add(`h:${chars[start]}${chars[start + 1]}${chars[start + 2]}`);
  }
  return [...features].sort();
}

/**
 * `textFeatures(normaliseQuestion(text))` by text, per synonym tables: the same question, answer
 * and answer point come back many times (merging, related questions, notes copied into others).
 * The lists are frozen: callers share them. Emptied when it reaches FEATURES_LIMIT texts.
 */
const featuresByTables = new WeakMap<SynonymTables, Map<string, string[]>>();
const FEATURES_LIMIT = 200_000;

/** `textFeatures(normaliseQuestion(text, tables))`, remembered. */
export function normalisedFeatures(text: string, tables: SynonymTables = defaultSynonymTables): string[] {
  let byText = featuresByTables.get(tables);
  if (!byText) featuresByTables.set(tables, (byText = new Map()));
  let features = byText.get(text);
  if (!features) {
    features = Object.freeze(textFeatures(normaliseQuestion(text, tables))) as string[];
    if (byText.size >= FEATURES_LIMIT) byText.clear();
    byText.set(text, features);
  }
  return features;
}

/** The comparison features of a raw question: `textFeatures(normaliseQuestion(text))`. */
export function questionFeatures(text: string, tables: SynonymTables = defaultSynonymTables): string[] {
  return normalisedFeatures(text, tables);
}

/** Weight of a feature in `featureSimilarity`: Latin words count more than CJK n-grams. */
export function featureWeight(feature: string): number {
  return feature.startsWith('w:') ? LATIN_WORD_WEIGHT : 1;
}

/** A feature list as a set, with its total weight. */
interface FeatureSet {
  features: ReadonlySet<string>;
  weight: number;
}

/**
 * Each feature list's set and weight, built once per list: the same lists (questions, answers,
 * points) are compared many times, and building a Set for every comparison dominated merging
 * and registry matching on large corpora. Feature lists are never changed once made.
 */
const featureSets = new WeakMap<readonly string[], FeatureSet>();

function featureSetOf(list: readonly string[]): FeatureSet {
  let known = featureSets.get(list);
  if (!known) {
    const features = new Set(list);
    let weight = 0;
    for (const feature of features) weight += featureWeight(feature);
    known = { features, weight };
    featureSets.set(list, known);
  }
  return known;
}

/** Total weight of a feature list's distinct features (the denominator share of `featureSimilarity`). */
export function featureListWeight(list: readonly string[]): number {
  return featureSetOf(list).weight;
}

/**
 * Weighted Dice coefficient of two feature lists: 2·w(A∩B) / (w(A) + w(B)), in [0, 1].
 * Two empty lists are identical (1). Weights are whole numbers, so the sums are exact whatever
 * the order they are taken in.
 */
export function featureSimilarity(a: readonly string[], b: readonly string[]): number {
  const setA = featureSetOf(a);
  const setB = featureSetOf(b);
  const total = setA.weight + setB.weight;
  if (total === 0) return 1;
  const [smaller, larger] = setA.features.size <= setB.features.size ? [setA.features, setB.features] : [setB.features, setA.features];
  let shared = 0;
  for (const feature of smaller) if (larger.has(feature)) shared += featureWeight(feature);
  return (2 * shared) / total;
}

/**
 * How alike two questions are, in [0, 1]: the weighted Dice coefficient of their features
 * after normalisation. 1 means the same question in other words or spelling.
 *
 * @example questionSimilarity('Docker与虚拟机有何不同?', 'Docker 和 VM 的区别') // 1
 */
export function questionSimilarity(a: string, b: string, tables: SynonymTables = defaultSynonymTables): number {
  return featureSimilarity(questionFeatures(a, tables), questionFeatures(b, tables));
}
