/**
 * Give every canonical question its id: the registry's id when the registry already knows the
 * question (one-to-one, best match first), else a new slug no id in the registry or this run has.
 */
import type { CanonicalQuestion, Message, Model } from '../model.ts';
import { defaultIdTerms, type IdTerms } from './id-terms.ts';
import { compareText, ID_REGISTRY_FILE, type IdRegistry } from './id-registry.ts';
import { MAX_ID_LENGTH, questionSlugParts, truncateSlug } from './question-slug.ts';
import { pinyinTranslator, type HanTranslator } from './translate-han.ts';
import {
  compareMatches,
  entriesByKey,
  fingerprintMatcher,
  isSameQuestion,
  matchCandidates,
  questionFingerprint,
  type FingerprintMatch,
} from './question-fingerprint.ts';

/**
 * Set `id` on every question of the model. Ids of the registry are reused for the questions
 * they were published for; an id is never given to a different question, and new ids never
 * repeat a registry id (retired and merged ones included).
 */
export function assignIds(model: Model, registry: IdRegistry, terms: IdTerms = defaultIdTerms, translate?: HanTranslator): Model {
  const byKey = entriesByKey(model);
  const fingerprints = model.questions.map((question) => questionFingerprint(question, byKey));
  const match = fingerprintMatcher();
  const messages: Message[] = [];

  const candidates: { index: number; id: string; match: FingerprintMatch }[] = [];
  const records = Object.entries(registry.ids);
  const matchable = matchCandidates(fingerprints, records.map(([, record]) => record));
  records.forEach(([id, record], recordIndex) => {
    for (const index of matchable[recordIndex]!) {
      const found = match(fingerprints[index]!, record);
      if (isSameQuestion(found)) candidates.push({ index, id, match: found });
    }
  });
  // A page that split in two matches its id through both halves equally: the id stays with the
  // half that bears the title the page had. Pages that merge match each of their ids equally: an
  // id whose page had the merged page's title survives first (2), then one a member was titled (1).
  const bearsTitle = (candidate: { index: number; id: string }): number => {
    const record = registry.ids[candidate.id];
    const question = model.questions[candidate.index];
    if (!record || !question) return 0;
    if (record.title === undefined) return record.questions.includes(question.question) ? 2 : 0;
    if (question.question === record.title) return 2;
    return question.members.some((key) => byKey.get(key)?.question === record.title) ? 1 : 0;
  };
  // Pages that merge match each of their ids equally: the id that reads most like the page's title
  // survives (the others redirect to it). Glossary words only, so no dictionary is loaded here.
  const slugWords = new Map<number, Set<string>>();
  const sharedSlugWords = (candidate: { index: number; id: string }): number => {
    let words = slugWords.get(candidate.index);
    if (!words) {
      words = new Set(questionSlugParts(model.questions[candidate.index]?.question ?? '', terms, pinyinTranslator).slug.split('-'));
      slugWords.set(candidate.index, words);
    }
    return candidate.id.split('-').filter((word) => words.has(word)).length;
  };
  candidates.sort(
    (a, b) =>
      compareMatches(a.match, b.match) ||
      bearsTitle(b) - bearsTitle(a) ||
      sharedSlugWords(b) - sharedSlugWords(a) ||
      compareText(a.id, b.id) ||
      compareLeadEntries(model.questions[a.index], model.questions[b.index]),
  );

  const idByIndex = new Map<number, string>();
  const usedIds = new Set<string>();
  for (const candidate of candidates) {
    if (idByIndex.has(candidate.index) || usedIds.has(candidate.id)) continue;
    idByIndex.set(candidate.index, candidate.id);
    usedIds.add(candidate.id);
    if (candidate.match.similarity < 1) {
      messages.push({
        note: ID_REGISTRY_FILE,
        severity: 'info',
        source: 'ids',
        reason: `id ${candidate.id} kept for a reworded question: "${model.questions[candidate.index]?.question}"`,
      });
    }
  }

  const takenIds = new Set([...Object.keys(registry.ids), ...usedIds]);
  const newcomers = model.questions
    .map((question, index) => ({ question, index }))
    .filter(({ index }) => !idByIndex.has(index))
    .sort((a, b) => compareLeadEntries(a.question, b.question));
  const pinyinByIndex = new Map<number, string[]>();
  for (const { question, index } of newcomers) {
    const { slug, pinyin } = questionSlugParts(question.question, terms, translate);
    const id = freeId(slug, takenIds);
    takenIds.add(id);
    idByIndex.set(index, id);
    if (pinyin.length > 0) pinyinByIndex.set(index, pinyin);
  }

  const questions = model.questions.map((question, index) => {
    const pinyin = pinyinByIndex.get(index);
    return { ...question, id: idByIndex.get(index) as string, ...(pinyin ? { idPinyin: pinyin } : {}) };
  });
  return { ...model, questions, messages: [...model.messages, ...messages] };
}

/** `slug`, or `slug-2`, `slug-3`... (cut to fit MAX_ID_LENGTH), the first not in `taken`. */
export function freeId(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  for (let counter = 2; ; counter += 1) {
    const suffix = `-${counter}`;
    const candidate = `${truncateSlug(slug, MAX_ID_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Orders questions by their lead entry: note path, then first line. */
export function compareLeadEntries(a: CanonicalQuestion | undefined, b: CanonicalQuestion | undefined): number {
  const sourceA = a?.sources[0];
  const sourceB = b?.sources[0];
  return (
    compareText(sourceA?.note ?? '', sourceB?.note ?? '') ||
    (sourceA?.lines[0] ?? 0) - (sourceB?.lines[0] ?? 0) ||
    compareText(a?.question ?? '', b?.question ?? '')
  );
}
