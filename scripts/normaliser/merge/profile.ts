/**
 * What duplicate detection needs to know about an entry, computed once per entry: its normalised
 * question and features, whether it asks for a comparison and between what, and its answer's
 * features.
 */
import type { Nodes, Root } from 'mdast';
import type { Entry } from '../model.ts';
import { normalisedFeatures, normaliseQuestion, textFeatures } from './similarity.ts';
import { defaultSynonymTables, type SynonymTables } from './synonyms.ts';

/** The comparison marker every spelling of "difference" normalises to (区别/不同/vs/对比…). */
const COMPARISON_TOKEN = '区别';

/** An entry as duplicate detection sees it. */
export interface EntryProfile {
  /** `normaliseQuestion(entry.question)`. */
  normalised: string;
  /** `textFeatures(normalised)`. */
  features: string[];
  /** True when the question asks for a difference or comparison (区别, 不同, vs, 对比, …). */
  comparison: boolean;
  /** Latin terms of the question (synonyms mapped), minus generic ones like `docker` and numbers; sorted. */
  terms: string[];
  /** True when the question lists two or more Latin terms joined by 、 , 和 与 … ("CRI、CNI和CSI是什么"). */
  listed: boolean;
  /** What kind of answer the question wants: a definition, a how-to, both or neither. */
  intent: 'definition' | 'how' | 'both' | 'neither';
  /** True when the question's Chinese words are all aspect words (作用, 原理) or how-words (如何), or there are none. */
  aspectOnly: boolean;
  /** The facet terms the question names (`performance`, `security`): they narrow its subject. */
  facets: string[];
  /** Features of the answer text (normalised the same way), for confirming borderline pairs. */
  answerFeatures: string[];
}

/** The plain text of an answer: text, inline code and code values, one space between them. */
export function answerText(answer: Root): string {
  const parts: string[] = [];
  // A plain walk in document order (as unist-util-visit goes): this runs for every entry and page.
  const walk = (node: Nodes): void => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') parts.push(node.value);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(answer);
  return parts.join(' ');
}

/** Features of a free text (an answer, a point of an answer): Latin words and Han n-grams. */
export function proseFeatures(text: string, tables: SynonymTables = defaultSynonymTables): string[] {
  return normalisedFeatures(text, tables);
}

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const listPatterns = new WeakMap<SynonymTables, RegExp>();

/**
 * Whether the question joins two Latin terms with a list separator or conjunction ("CRI、CNI和CSI",
 * "exec 与 attach"): it asks about several subjects at once.
 */
function listsTerms(question: string, tables: SynonymTables): boolean {
  if (tables.conjunctions.length === 0) return false;
  let pattern = listPatterns.get(tables);
  if (!pattern) {
    const joiners = tables.conjunctions.map((joiner) => escapeRegExp(fold(joiner))).join('|');
    pattern = new RegExp(`[a-z0-9]\`?\\s*(?:${joiners})\\s*\`?[a-z]`, 'u');
    listPatterns.set(tables, pattern);
  }
  return pattern.test(fold(question));
}

/**
 * Whether the question asks what something is, how to do something, both or neither. Phrases
 * that ask about an aspect ("是怎么工作的" = how it works, i.e. 原理) are not a how-to.
 */
function intentOf(question: string, tables: SynonymTables): EntryProfile['intent'] {
  const aspectPhrases = tables.aspects
    .flatMap((aspect) => tables.synonyms[aspect] ?? [])
    .map(fold)
    .sort((a, b) => b.length - a.length);
  let folded = fold(question);
  for (const phrase of aspectPhrases) folded = folded.split(phrase).join(' ');
  const definition = tables.intents.definition.some((phrase) => folded.includes(fold(phrase)));
  const how = tables.intents.how.some((phrase) => folded.includes(fold(phrase)));
  return definition && how ? 'both' : definition ? 'definition' : how ? 'how' : 'neither';
}

/** Builds the profile of one question text and answer. */
export function profileQuestion(question: string, answer: Root, tables: SynonymTables = defaultSynonymTables): EntryProfile {
  const normalised = normaliseQuestion(question, tables);
  const tokens = normalised.split(' ');
  const generic = new Set(tables.generic);
  const aspects = new Set(tables.aspects);
  const howWords = new Set(tables.intents.how.map(fold));
  const terms = tokens.filter((token) => /^[a-z0-9]/.test(token) && !/^[\d.]+$/.test(token) && !generic.has(token));
  return {
    normalised,
    features: textFeatures(normalised),
    // "Docker 和 Containerd" without 区别 asks about containerd and where it sits under Docker,
    // not for a comparison: only a difference word makes one.
    comparison: tokens.includes(COMPARISON_TOKEN),
    intent: intentOf(question, tables),
    terms: [...new Set(terms)].sort(),
    listed: listsTerms(question, tables),
    facets: tables.facets.filter((facet) => tokens.includes(facet)).sort(),
    // "如何实现网络隔离" asks about the same subject as "网络隔离": how-words do not narrow it.
    aspectOnly: tokens.every((token) => /^[a-z0-9]/.test(token) || aspects.has(token) || howWords.has(token)),
    answerFeatures: proseFeatures(answerText(answer), tables),
  };
}

/** Builds an entry's profile. */
export function profileEntry(entry: Entry, tables: SynonymTables = defaultSynonymTables): EntryProfile {
  return profileQuestion(entry.question, entry.answer, tables);
}
