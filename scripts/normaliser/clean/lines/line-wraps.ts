/**
 * Line pass: join lines that copy-paste broke in the middle of a word, a sentence or a **bold**
 * span (`以防止日志` / `文件过大占用...`, `Docker使用N` / `AT来...`), across a blank line or not.
 * The joined line keeps the first line's number and records the last one in `endLine`.
 * Runs on plain-text notes only: in markdown a line break is structure.
 */
import type { Fix, SourceLine } from '../../model.ts';
import {
  bulletMarker,
  charLength,
  hasChineseNumeralMarker,
  hasQuestionCue,
  isCommandLike,
  numberedMarker,
} from '../../parse/line-kinds.ts';
import { isBlank, lastLineOf } from '../../parse/source-lines.ts';
import type { LinePassContext, LinePassResult } from './line-pass.ts';

/** Punctuation that ends a sentence or introduces what follows: a line ending in it is complete. */
const COMPLETE_END = /[。.!！?？:：;；)）》」』”"…]$/;
const ENDS_MID_SENTENCE = /[\p{Script=Han}A-Za-z0-9,，、(（]$/u;
const COMMA_END = /[,，]$/;
const STARTS_AS_CONTINUATION = /^[\p{Script=Han}A-Za-z0-9“"「(（]/u;
/** A line shorter than this that ends without punctuation is more likely a heading than a wrap. */
const MIN_WRAPPED_LENGTH = 20;
/** Lines joined inside a block are short copy-paste widths; longer ones are whole paragraphs. */
const MAX_WRAPPED_LENGTH = 80;

/** True when the line has an odd number of `**`, i.e. a bold span left open. */
function hasOpenBold(text: string): boolean {
  return (text.split('**').length - 1) % 2 === 1;
}

/** True when a line starts something new: a list item, a question, a command. */
function startsSomethingNew(text: string): boolean {
  const trimmed = text.trim();
  return (
    numberedMarker(trimmed) !== undefined ||
    bulletMarker(trimmed) !== undefined ||
    hasChineseNumeralMarker(trimmed) ||
    hasQuestionCue(trimmed) ||
    isCommandLike(trimmed)
  );
}

/** Words a Chinese sentence cannot end on (conjunctions, prepositions): a line ending in one is cut. */
const DANGLING_WORD = /[与和及或并把被将对从向给让使]$/u;

/**
 * Decide whether `next` continues `current`. `acrossBlank` says a blank line separates them.
 * Across a blank line only a clause cut after a comma, a cut numbered point (`1、标题: 内容`), an
 * open **bold** span or a dangling conjunction count; inside a block, a cut sentence of a
 * copy-paste width. Exported for the fixture tests.
 */
export function continuesLine(current: string, next: string, acrossBlank: boolean): boolean {
  const first = current.trim();
  const second = next.trim();
  if (first === '' || second === '' || startsSomethingNew(second) || hasQuestionCue(first) || isCommandLike(first)) return false;
  if (/[?？]/.test(first)) return false;
  if (!STARTS_AS_CONTINUATION.test(second) && !second.startsWith('**')) return false;
  if (COMPLETE_END.test(first) || !ENDS_MID_SENTENCE.test(first)) return false;
  if (COMMA_END.test(first) || hasOpenBold(first) || DANGLING_WORD.test(first)) return true;
  const length = charLength(first);
  const hasClause = /[,，:：。]/.test(first);
  if (acrossBlank) return length >= MIN_WRAPPED_LENGTH && numberedMarker(first) !== undefined && hasClause;
  return length >= MIN_WRAPPED_LENGTH && length <= MAX_WRAPPED_LENGTH && /[,，]/.test(first) && /^[\p{Script=Han}“"「]/u.test(second);
}

/**
 * Join broken lines. Each join is a Fix of kind `line-wrap` on the first line; the continuation
 * line and the blank before it leave the list (the joined line's `endLine` covers them).
 */
export function joinBrokenLines(lines: readonly SourceLine[], context: LinePassContext): LinePassResult {
  const result: SourceLine[] = lines.map((line) => ({ ...line }));
  const fixes: Fix[] = [];
  for (let index = 0; index < result.length; index++) {
    const current = result[index]!;
    if (isBlank(current.text)) continue;
    for (;;) {
      const adjacent = result[index + 1];
      const afterBlank = result[index + 2];
      let next: SourceLine | undefined;
      let nextIndex = -1;
      if (adjacent && !isBlank(adjacent.text) && adjacent.line === lastLineOf(current) + 1) {
        if (continuesLine(current.text, adjacent.text, false)) [next, nextIndex] = [adjacent, index + 1];
      } else if (
        adjacent &&
        afterBlank &&
        isBlank(adjacent.text) &&
        adjacent.line === lastLineOf(current) + 1 &&
        afterBlank.line === adjacent.line + 1 &&
        continuesLine(current.text, afterBlank.text, true)
      ) {
        [next, nextIndex] = [afterBlank, index + 2];
      }
      if (!next) break;
      const head = current.text.trimEnd();
      const tail = next.text.trim();
      fixes.push({
        note: context.note,
        line: current.line,
        kind: 'line-wrap',
        detail: `joined line ${next.line} to line ${current.line}: "…${head.slice(-8)}" + "${tail.slice(0, 8)}…"`,
      });
      current.text = head + tail;
      current.endLine = lastLineOf(next);
      // The continuation and any blank line before it leave the list (linesToText keeps numbering).
      result.splice(index + 1, nextIndex - index);
    }
  }
  return { lines: result, dropped: [], fixes, messages: [], meta: {} };
}
