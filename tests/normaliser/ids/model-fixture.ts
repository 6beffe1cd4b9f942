/** Small hand-made models for the id tests: questions whose members are one-line entries. */
import type { CanonicalQuestion, Entry, Model, NoteRecord, Topic } from '../../../scripts/normaliser/model.ts';
import { TOPICS } from '../../../scripts/normaliser/model.ts';

/** One member entry: `notes/<note>.txt`, first line, clean question. */
export interface MemberSpec {
  note: string;
  line: number;
  question: string;
}

/** One canonical question; the first member is the lead. */
export interface QuestionSpec {
  members: MemberSpec[];
  topic?: Topic;
  id?: string;
  hidden?: boolean;
}

/** A model whose notes hold exactly the members of `specs`. */
export function modelOf(specs: QuestionSpec[]): Model {
  const entriesByNote = new Map<string, Entry[]>();
  const questions: CanonicalQuestion[] = specs.map((spec) => {
    const entries = spec.members.map((member): Entry => {
      const note = `notes/${member.note}.txt`;
      const entry: Entry = {
        key: `${note}:${member.line}`,
        question: member.question,
        answer: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: `答案：${member.question}` }] }] },
        source: { note, lines: [member.line, member.line + 2], originalTitle: member.question },
        section: [],
      };
      entriesByNote.set(note, [...(entriesByNote.get(note) ?? []), entry]);
      return entry;
    });
    const lead = entries[0] as Entry;
    const scores = Object.fromEntries(TOPICS.map((topic) => [topic, 0])) as Record<Topic, number>;
    return {
      members: entries.map((entry) => entry.key),
      question: lead.question,
      answer: lead.answer,
      sources: entries.map((entry) => entry.source),
      keywords: [],
      related: [],
      ...(spec.topic ? { topic: { topic: spec.topic, margin: 1, scores, closeCall: false, pinned: false } } : {}),
      ...(spec.id ? { id: spec.id } : {}),
      ...(spec.hidden ? { hidden: true } : {}),
    };
  });
  const notes: NoteRecord[] = [...entriesByNote].map(([path, entries]) => ({
    source: { path, encoding: 'utf-8', text: '' },
    shape: 'generic',
    meta: {},
    entries,
    dropped: [],
    fixes: [],
    messages: [],
  }));
  return { notes, questions, files: [], messages: [] };
}

/** Set each question's topic (by position), as classify would. */
export function withTopics(model: Model, topics: Topic[]): Model {
  const scores = Object.fromEntries(TOPICS.map((topic) => [topic, 0])) as Record<Topic, number>;
  return {
    ...model,
    questions: model.questions.map((question, index) => ({
      ...question,
      topic: { topic: topics[index] ?? 'basics', margin: 1, scores, closeCall: false, pinned: false },
    })),
  };
}
