/**
 * The question-item recogniser (question-items.ts) applied to the lines of a plain-text note:
 * which lines ask a question, which open an answer, which name a section. Every plain-text
 * adapter passes its own shape's headings through `withQuestionItems`, so a cued question
 * (`问：`, `Q1.`), a line an answer cue follows (`答：`, `A:`), a question embedded in another
 * answer's line and a section line (`一、基础篇`) are found whatever the note's shape.
 */
import type { SourceLine } from '../model.ts';
import { dropLines, type AdapterInput, type AdapterOutput } from './adapter.ts';
import { charLength, endsWithPunctuation, numberedMarker } from './line-kinds.ts';
import { entriesFromHeadings, type PlainHeading } from './plain-text-entries.ts';
import {
  answerCue,
  canBeQuestionTitle,
  embeddedQuestion,
  endsWithQuestionMark,
  inlineAnswerStart,
  isQuestionText,
  questionCue,
  sectionTitle,
} from './question-items.ts';
import { isBlank } from './source-lines.ts';

/** What the recogniser finds in a note's lines. */
export interface RecognisedLines {
  /**
   * The lines, with each embedded question and each answer written on its question's line cut
   * off into a piece of its own (same line number, `column` where the piece starts).
   */
  lines: SourceLine[];
  /** The pieces that ask a question, in order. */
  questions: SourceLine[];
  /** The pieces that open an answer (`答：…`); an answer is never a question. */
  answers: ReadonlySet<SourceLine>;
  /** Each input line's first piece in `lines` (the line itself when it was not cut). */
  firstPiece: ReadonlyMap<SourceLine, SourceLine>;
}

/** A piece of a line: `text` starts `offset` UTF-16 units into the line. */
function piece(line: SourceLine, text: string, offset: number): SourceLine {
  const cut: SourceLine = { ...line, text };
  if (offset > 0) cut.column = (line.column ?? 1) + offset;
  return cut;
}

/** True when a line is a question item on its own: a question cue, or a numbered question. */
function asksOnItsOwn(text: string): boolean {
  return questionCue(text) !== undefined || (numberedMarker(text) !== undefined && endsWithQuestionMark(text));
}

/**
 * Cut a line into pieces at embedded questions and at an answer written after its question.
 * Returns the pieces and which of them are questions.
 */
function cutLine(line: SourceLine): { pieces: SourceLine[]; questions: SourceLine[] } {
  const pieces: SourceLine[] = [];
  const questions: SourceLine[] = [];
  let rest = line.text;
  let offset = 0;
  for (;;) {
    const embedded = embeddedQuestion(rest);
    if (!embedded) break;
    const before = rest.slice(0, embedded.start).trimEnd();
    if (before.trim() !== '') pieces.push(piece(line, before, offset));
    const question = piece(line, rest.slice(embedded.start, embedded.end), offset + embedded.start);
    pieces.push(question);
    questions.push(question);
    const after = rest.slice(embedded.end);
    const skipped = after.length - after.trimStart().length;
    offset += embedded.end + skipped;
    rest = after.trimStart();
  }
  const answerAt = asksOnItsOwn(rest) ? inlineAnswerStart(rest) : undefined;
  if (answerAt !== undefined) {
    const question = piece(line, rest.slice(0, answerAt).trimEnd(), offset);
    pieces.push(question, piece(line, rest.slice(answerAt), offset + answerAt));
    questions.push(question);
  } else if (offset === 0) pieces.push(line);
  else if (rest !== '') pieces.push(piece(line, rest, offset));
  return { pieces, questions };
}

/**
 * Find the question items of a note's lines (see the module comment). A line is a question when
 * it has a question cue, when an answer cue opens the next non-blank line and it can stand as a
 * title, or when it is a question embedded in another line or followed by its answer on the line.
 */
export function recogniseQuestionLines(lines: readonly SourceLine[]): RecognisedLines {
  const cut: SourceLine[] = [];
  const questions = new Set<SourceLine>();
  const firstPiece = new Map<SourceLine, SourceLine>();
  for (const line of lines) {
    const { pieces, questions: asked } = cutLine(line);
    if (pieces[0]) firstPiece.set(line, pieces[0]);
    cut.push(...pieces);
    for (const question of asked) questions.add(question);
  }
  const following = nextNonBlank(cut);
  const answers = new Set(cut.filter((line) => !isBlank(line.text) && answerCue(line.text) !== undefined && questionCue(line.text) === undefined));
  cut.forEach((line, index) => {
    if (isBlank(line.text) || answers.has(line)) return;
    if (questionCue(line.text)) {
      questions.add(line);
      return;
    }
    const next = following[index];
    if (next && answers.has(next) && canBeQuestionTitle(line.text) && sectionTitle(line.text) === undefined) questions.add(line);
  });
  for (const line of numberedSiblingQuestions(cut, questions, answers)) questions.add(line);
  return { lines: cut, questions: cut.filter((line) => questions.has(line)), answers, firstPiece };
}

/**
 * Numbered items that are questions because their numbered siblings are (a list of `（N）…`
 * questions where only some answers start with `答：`): an item that opens its block (after a
 * blank line, a section line or the start), is not an answer, and either ends with a question
 * mark next to a sibling question (N - 1 or N + 1), or, without one (`（3）docker stop 和 docker
 * kill 的区别`), has Chinese text, no sentence end, and questions on both sides (N - 1 and N + 1).
 * Repeated until nothing changes, so a run of them is found from the questions around it.
 */
function numberedSiblingQuestions(lines: readonly SourceLine[], questions: ReadonlySet<SourceLine>, answers: ReadonlySet<SourceLine>): SourceLine[] {
  const items = lines.flatMap((line, index) => {
    const marker = numberedMarker(line.text);
    if (!marker || answers.has(line) || sectionTitle(line.text) !== undefined) return [];
    const before = lines.slice(0, index).reverse().find((other) => other.line !== line.line);
    const opensBlock = !before || isBlank(before.text) || sectionTitle(before.text) !== undefined;
    return opensBlock ? [{ line, number: marker.number }] : [];
  });
  const found = new Set<SourceLine>(items.filter(({ line }) => questions.has(line)).map(({ line }) => line));
  const isAsked = (number: number, near: SourceLine): boolean =>
    items.some((item) => item.number === number && found.has(item.line) && Math.abs(item.line.line - near.line) <= SIBLING_QUESTION_REACH);
  for (let changed = true; changed; ) {
    changed = false;
    for (const { line, number } of items) {
      if (found.has(line)) continue;
      const text = line.text.trim();
      const byMark = endsWithQuestionMark(text) && canBeQuestionTitle(text) && (isAsked(number - 1, line) || isAsked(number + 1, line));
      const between =
        /\p{Script=Han}/u.test(text) && !endsWithPunctuation(text) && charLength(text) <= MAX_SIBLING_TITLE_LENGTH && isAsked(number - 1, line) && isAsked(number + 1, line);
      if (byMark || between) {
        found.add(line);
        changed = true;
      }
    }
  }
  return [...found].filter((line) => !questions.has(line));
}

/** How far apart (in original lines) numbered sibling questions may be. */
const SIBLING_QUESTION_REACH = 40;
/** Longest numbered item without a question mark read as a question between sibling questions. */
const MAX_SIBLING_TITLE_LENGTH = 60;

/** For each line, the next non-blank line after it (undefined at the end). */
function nextNonBlank(lines: readonly SourceLine[]): (SourceLine | undefined)[] {
  const next = new Array<SourceLine | undefined>(lines.length);
  let following: SourceLine | undefined;
  for (let index = lines.length - 1; index >= 0; index--) {
    next[index] = following;
    if (!isBlank(lines[index]!.text)) following = lines[index];
  }
  return next;
}

/** The question title of a recognised line without its cue (`Q1. 什么是镜像？` -> `什么是镜像？`). */
function questionWithoutCue(text: string): string {
  return questionCue(text)?.rest ?? text.trim();
}

/**
 * An adapter's own headings together with the recogniser's question items and the note's section
 * lines. Headings on answer lines are dropped (an answer never asks); a section line counts when
 * the next non-blank line is a question. Returns the cut lines the headings stand in.
 */
export function withQuestionItems(lines: readonly SourceLine[], ownHeadings: readonly SourceLine[]): { lines: SourceLine[]; headings: PlainHeading[] } {
  const recognised = recogniseQuestionLines(lines);
  const own = new Set(ownHeadings.map((line) => recognised.firstPiece.get(line) ?? line).filter((line) => !recognised.answers.has(line)));
  const recognisedQuestions = new Set(recognised.questions);
  const isQuestion = (line: SourceLine): boolean => own.has(line) || recognisedQuestions.has(line);
  const headings: PlainHeading[] = [];
  const following = nextNonBlank(recognised.lines);
  recognised.lines.forEach((line, index) => {
    if (isBlank(line.text)) return;
    const title = sectionTitle(line.text);
    const next = following[index];
    if (title !== undefined && next && isQuestion(next)) {
      headings.push({ line, title, kind: 'section' });
      return;
    }
    if (isQuestion(line)) {
      const heading: PlainHeading = { line, title: line.text.trim() };
      if (!own.has(line)) heading.question = questionWithoutCue(line.text);
      headings.push(heading);
    }
  });
  return { lines: recognised.lines, headings };
}

/** Longest first line read as the note's own title above its questions. */
const MAX_NOTE_TITLE_LENGTH = 40;

/**
 * The note's own title line, if it has one: its first non-blank line, short, neither a question
 * nor a section nor a sentence, standing alone above the first question or section (nothing but
 * it before them, or a heading with nothing under it).
 */
function noteTitleLine(lines: readonly SourceLine[], headings: readonly PlainHeading[]): SourceLine | undefined {
  const first = lines.find((line) => !isBlank(line.text));
  if (!first || !headings.some((heading) => heading.line !== first && heading.kind !== 'section')) return undefined;
  const text = first.text.trim();
  if (charLength(text) > MAX_NOTE_TITLE_LENGTH || endsWithPunctuation(text) || isQuestionText(text) || sectionTitle(text) !== undefined) return undefined;
  const firstHeading = headings[0]!;
  if (firstHeading.line === first) {
    const second = headings[1];
    const between = second ? lines.slice(lines.indexOf(first) + 1, lines.indexOf(second.line)) : [];
    return second && between.every((line) => isBlank(line.text)) ? first : undefined;
  }
  const before = lines.slice(0, lines.indexOf(firstHeading.line)).filter((line) => !isBlank(line.text));
  return before.length === 1 ? first : undefined;
}

/**
 * Entries of a plain-text note: the adapter's own headings with the recogniser's question items
 * and section lines (`withQuestionItems`); a title line above them (`Docker 50 问（部分）`) is
 * the note's title, dropped as `note-title`. `asks` is false when no line asks a question.
 */
export function plainQuestionEntries(input: AdapterInput, ownHeadings: readonly SourceLine[]): { output: AdapterOutput; asks: boolean } {
  const { lines, headings } = withQuestionItems(input.lines, withEditorialSplits(input, ownHeadings));
  const asks = headings.some((heading) => heading.kind !== 'section');
  const title = noteTitleLine(lines, headings);
  if (!title) return { output: { ...entriesFromHeadings({ ...input, lines }, headings, input.meta), meta: {} }, asks };
  const meta = { ...input.meta, title: input.meta.title ?? title.text.trim() };
  const kept = headings.filter((heading) => heading.line !== title);
  const result = entriesFromHeadings({ ...input, lines: lines.filter((line) => line !== title) }, kept, meta);
  const output = { ...result, dropped: [...dropLines(input.note.path, [title], 'note-title'), ...result.dropped], meta: input.meta.title === undefined ? { title: meta.title } : {} };
  return { output, asks };
}

/**
 * The adapter's own headings and the lines an editorial `split` names (`note.splitAt`), in line
 * order: an editor's judgement that a line the shape's rules read as a step starts a question.
 */
function withEditorialSplits(input: AdapterInput, ownHeadings: readonly SourceLine[]): SourceLine[] {
  const splitAt = new Set(input.note.splitAt ?? []);
  if (splitAt.size === 0) return [...ownHeadings];
  const own = new Set(ownHeadings);
  const forced = input.lines.filter((line) => splitAt.has(line.line) && !own.has(line) && line.text.trim() !== '');
  return [...ownHeadings, ...forced].sort((a, b) => a.line - b.line);
}
