/**
 * What became of every entry and question, for reports/normalise.json: each entry is published
 * (the lead of a page), merged (into a page led by another entry) or dropped (with a reason),
 * and each question lists its id, topic, the scorer's margin and its members.
 */
import type { CommandCheck, EntryOutcome, Model, Topic } from '../model.ts';

/** One canonical question as the report lists it. */
export interface QuestionReport {
  id: string;
  question: string;
  topic: Topic;
  margin: number;
  closeCall: boolean;
  pinned: boolean;
  order?: number;
  hidden: boolean;
  /** Entry keys, lead first. */
  members: string[];
  related: string[];
  keywords: string[];
  /** The command checker's counts and findings for the page. */
  commands?: CommandCheck;
  /** Words of the id spelt in pinyin (no glossary term, no dictionary word knew them). */
  idPinyin?: string[];
}

/** How readable the published ids are: how many hold a pinyin word, and which. */
export interface IdWordTotals {
  published: number;
  /** Published ids with a pinyin word, sorted. */
  withPinyin: string[];
}

/** Entries in, and how many were published, merged and dropped; in = published + merged + dropped. */
export interface OutcomeTotals {
  entriesIn: number;
  published: number;
  merged: number;
  dropped: number;
}

/**
 * The outcome of every entry of the model, by entry key. The lead entry of a published question
 * is `published` on page `<topic>/<id>`; its other members are `merged` into that page (with the
 * lead's key); members of hidden questions and entries in no question are `dropped`.
 */
export function entryOutcomes(model: Model): Map<string, EntryOutcome> {
  const outcomes = new Map<string, EntryOutcome>();
  for (const question of model.questions) {
    const [lead, ...others] = question.members;
    if (lead === undefined) continue;
    if (question.hidden || !question.id || !question.topic) {
      const reason = question.hidden ? `hidden by an editorial override (${question.id ?? 'no id'})` : 'question has no id or topic';
      for (const key of question.members) outcomes.set(key, { outcome: 'dropped', reason });
      continue;
    }
    const page = `${question.topic.topic}/${question.id}`;
    outcomes.set(lead, { outcome: 'published', page });
    for (const key of others) outcomes.set(key, { outcome: 'merged', page, mergedInto: lead });
  }
  for (const note of model.notes) {
    for (const entry of note.entries) {
      if (!outcomes.has(entry.key)) outcomes.set(entry.key, { outcome: 'dropped', reason: 'in no question after merging' });
    }
  }
  return outcomes;
}

/** The questions of the model as report rows, in topic order then learning-path order. */
export function questionReports(model: Model): QuestionReport[] {
  return model.questions
    .filter((question) => question.id && question.topic)
    .map((question) => ({
      id: question.id as string,
      question: question.question,
      topic: question.topic!.topic,
      margin: Math.round(question.topic!.margin * 1000) / 1000,
      closeCall: question.topic!.closeCall,
      pinned: question.topic!.pinned,
      ...(question.order === undefined ? {} : { order: question.order }),
      hidden: question.hidden === true,
      members: question.members,
      related: question.related,
      keywords: question.keywords,
      ...(question.commands ? { commands: question.commands } : {}),
      ...(question.idPinyin ? { idPinyin: question.idPinyin } : {}),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Count outcomes from the questions themselves, not from the outcome map, so an entry in two
 * questions, or a member that is no entry, makes the totals not add up.
 */
export function outcomeTotals(model: Model): OutcomeTotals {
  const totals: OutcomeTotals = { entriesIn: 0, published: 0, merged: 0, dropped: 0 };
  const inQuestions = new Set<string>();
  for (const question of model.questions) {
    for (const key of question.members) inQuestions.add(key);
    if (question.members.length === 0) continue;
    if (question.hidden || !question.id || !question.topic) {
      totals.dropped += question.members.length;
    } else {
      totals.published += 1;
      totals.merged += question.members.length - 1;
    }
  }
  for (const note of model.notes) {
    for (const entry of note.entries) {
      totals.entriesIn += 1;
      if (!inQuestions.has(entry.key)) totals.dropped += 1;
    }
  }
  return totals;
}

/** The totals line of the printed summary: `entries in 228 = published 150 + merged 70 + dropped 8`. */
export function formatOutcomeTotals(totals: OutcomeTotals): string {
  const sum = totals.published + totals.merged + totals.dropped;
  const relation = sum === totals.entriesIn ? '=' : '!=';
  return `entries in ${totals.entriesIn} ${relation} published ${totals.published} + merged ${totals.merged} + dropped ${totals.dropped}`;
}

/** True when every entry has exactly one outcome. */
export function outcomesAddUp(totals: OutcomeTotals): boolean {
  return totals.published + totals.merged + totals.dropped === totals.entriesIn;
}

/** Published ids and those with a pinyin word (the goal is none), from the report's questions. */
export function idWordTotals(questions: readonly QuestionReport[]): IdWordTotals {
  const published = questions.filter((question) => !question.hidden);
  return { published: published.length, withPinyin: published.filter((question) => question.idPinyin).map((question) => question.id).sort() };
}

/** `ids: 159 published, 0 with a pinyin word`, naming them (with the words) when there are any. */
export function formatIdWordTotals(totals: IdWordTotals, questions: readonly QuestionReport[] = []): string {
  const share = totals.published === 0 ? 0 : (100 * totals.withPinyin.length) / totals.published;
  const named = totals.withPinyin.map((id) => {
    const words = questions.find((question) => question.id === id)?.idPinyin ?? [];
    return words.length > 0 ? `${id} (${words.join(', ')})` : id;
  });
  return (
    `ids: ${totals.published} published, ${totals.withPinyin.length} with a pinyin word (${share.toFixed(1)} %)` +
    (named.length > 0 ? `: ${named.join(', ')}; add their words to data/glossary/id-terms.yaml for later ids` : '')
  );
}
