/**
 * After classification: record this run's ids in the registry (topic, status, fingerprints),
 * mark ids that disappeared as merged (their question now lives in another id) or retired, and
 * derive the redirects that keep every URL ever published working.
 */
import type { CanonicalQuestion, Message, Model, Topic } from '../model.ts';
import { compareText, ID_REGISTRY_FILE, type IdRecord, type IdRegistry } from './id-registry.ts';
import {
  compareMatches,
  entriesByKey,
  fingerprintMatcher,
  isSameQuestion,
  questionFingerprint,
  type QuestionFingerprint,
} from './question-fingerprint.ts';

/** The registry after a run, and what changed. */
export interface RegistryUpdate {
  registry: IdRegistry;
  messages: Message[];
}

/**
 * The registry after this run. Every question of the model must have an id and a topic.
 * Ids of the old registry that no question has any more become `merged` (into the question that
 * now holds their entries or wording) or `retired`; nothing is ever deleted.
 */
export function updateIdRegistry(
  model: Model,
  previous: IdRegistry,
  fingerprintsBeforeForcedMerges: ReadonlyMap<string, QuestionFingerprint> = new Map(),
): RegistryUpdate {
  const byKey = entriesByKey(model);
  // A forced merge joins two questions under the first id. Each id keeps the fingerprint of its
  // own question from before that merge, so the next run gives each question its own id again
  // (and the merge joins them again): the survivor must not also match the absorbed question.
  const ownFingerprint = (question: CanonicalQuestion & { id: string }): QuestionFingerprint =>
    fingerprintsBeforeForcedMerges.get(question.id) ?? questionFingerprint(question, byKey);
  const match = fingerprintMatcher();
  const messages: Message[] = [];
  const ids: Record<string, IdRecord> = {};

  const current = model.questions.filter((question): question is CanonicalQuestion & { id: string } => !!question.id);
  for (const question of current) {
    const topic = question.topic?.topic;
    if (!topic) throw new Error(`question ${question.id} has no topic; run classify before updateIdRegistry`);
    const before = previous.ids[question.id];
    const formerTopics = new Set<Topic>(before?.formerTopics ?? []);
    if (before && before.topic !== topic) {
      formerTopics.add(before.topic);
      if (before.status === 'published') {
        messages.push(info(`${question.id} moved from ${before.topic} to ${topic}; /${before.topic}/${question.id}/ redirects`));
      }
    }
    formerTopics.delete(topic);
    const fingerprint = ownFingerprint(question);
    const pinyin = before?.pinyin ?? question.idPinyin;
    ids[question.id] = {
      status: question.hidden ? 'hidden' : 'published',
      topic,
      formerTopics: [...formerTopics].sort(compareText),
      questions: fingerprint.questions,
      members: fingerprint.members,
      title: question.question,
      ...(pinyin ? { pinyin } : {}),
    };
  }

  for (const [id, fingerprint] of [...fingerprintsBeforeForcedMerges].sort(([a], [b]) => compareText(a, b))) {
    if (ids[id]) continue;
    const survivor = current.find((question) => fingerprint.members.some((key) => question.members.includes(key)));
    if (!survivor?.topic) continue;
    const before = previous.ids[id];
    if (before?.status !== 'merged' || before.mergedInto !== survivor.id) {
      messages.push(info(`${id} merged into ${survivor.id} by an editorial merge; its URL redirects`));
    }
    ids[id] = {
      status: 'merged',
      // Its own last topic when it was published; otherwise its URL under the survivor's topic.
      topic: before?.topic ?? survivor.topic.topic,
      formerTopics: before?.formerTopics ?? [],
      mergedInto: survivor.id,
      questions: fingerprint.questions,
      members: fingerprint.members,
      ...(before?.title === undefined ? {} : { title: before.title }),
      ...(before?.pinyin ? { pinyin: before.pinyin } : {}),
    };
  }

  const fingerprints = current.map((question) => ({ id: question.id, fingerprint: questionFingerprint(question, byKey) }));
  for (const id of Object.keys(previous.ids).sort(compareText)) {
    if (ids[id]) continue;
    const record = previous.ids[id] as IdRecord;
    const best = fingerprints
      .map((candidate) => ({ id: candidate.id, match: match(candidate.fingerprint, record) }))
      .filter((candidate) => isSameQuestion(candidate.match))
      .sort((a, b) => compareMatches(a.match, b.match) || compareText(a.id, b.id))[0];
    if (best) {
      if (record.status !== 'merged' || record.mergedInto !== best.id) {
        messages.push(info(`${id} merged into ${best.id}; its URL redirects`));
      }
      ids[id] = { ...record, status: 'merged', mergedInto: best.id };
    } else if (record.status === 'merged') {
      ids[id] = record;
    } else {
      if (record.status !== 'retired') messages.push(warning(`${id} retired: no note asks its question any more; its URL redirects to /${record.topic}/`));
      const { mergedInto: _mergedInto, ...rest } = record;
      ids[id] = { ...rest, status: 'retired' };
    }
  }
  return { registry: { version: 1, ids }, messages };
}

/**
 * The questions with `idPinyin` as the registry records it, so ids made with pinyin words in an
 * earlier run are still counted (scripts/normaliser/report/outcomes.ts).
 */
export function withRecordedPinyin(model: Model, registry: IdRegistry): Model {
  const questions = model.questions.map((question) => {
    const pinyin = question.id === undefined ? undefined : registry.ids[question.id]?.pinyin;
    return pinyin ? { ...question, idPinyin: pinyin } : question;
  });
  return { ...model, questions };
}

/**
 * The redirects a registry implies, old path -> new path, sorted by old path: a moved page's
 * former topics to its page, a merged id to the page it was merged into (following chains), a
 * retired or hidden id to its topic's index page. Never redirects a path that is a live page.
 */
export function registryRedirects(registry: IdRegistry): Record<string, string> {
  const livePaths = new Set<string>();
  for (const [id, record] of Object.entries(registry.ids)) {
    if (record.status === 'published') livePaths.add(pagePath(record.topic, id));
  }
  const redirects = new Map<string, string>();
  for (const [id, record] of Object.entries(registry.ids)) {
    const target = redirectTarget(registry, id);
    const topics = record.status === 'published' ? record.formerTopics : [record.topic, ...record.formerTopics];
    for (const topic of topics) {
      const from = pagePath(topic, id);
      if (!livePaths.has(from) && from !== target) redirects.set(from, target);
    }
  }
  return Object.fromEntries([...redirects].sort(([a], [b]) => compareText(a, b)));
}

/** The registry's redirects as the JSON text of `data/redirects.json`. */
export function serialiseRedirects(redirects: Record<string, string>): string {
  return `${JSON.stringify(redirects, null, 2)}\n`;
}

/** Where `/<topic>/<id>/` of an id should lead now. */
function redirectTarget(registry: IdRegistry, id: string): string {
  const seen = new Set<string>();
  let currentId = id;
  let record = registry.ids[id] as IdRecord;
  while (record.status === 'merged' && record.mergedInto && !seen.has(currentId)) {
    seen.add(currentId);
    const next = registry.ids[record.mergedInto];
    if (!next) break;
    currentId = record.mergedInto;
    record = next;
  }
  return record.status === 'published' ? pagePath(record.topic, currentId) : `/${record.topic}/`;
}

/** The URL path of a question page. @example pagePath('basics', 'container-vs-vm') // '/basics/container-vs-vm/' */
export function pagePath(topic: Topic, id: string): string {
  return `/${topic}/${id}/`;
}

function info(reason: string): Message {
  return { note: ID_REGISTRY_FILE, severity: 'info', source: 'ids', reason, event: true };
}

function warning(reason: string): Message {
  return { note: ID_REGISTRY_FILE, severity: 'warning', source: 'ids', reason, event: true };
}
