/**
 * Shape adapter: the text of a scraped web page (no markdown; headings are bare lines).
 *
 * Headings are found in two kinds:
 * - question cues: `聊聊:` / `说说:` lines, and in the Q&A part of the page (from the first cue
 *   on) numbered questions `N、…` that open a block and do not end like a sentence;
 * - bare headings: a short line that ends its block, has no sentence punctuation, is not a
 *   command, a step label (`查看活跃容器`, `结果如下`, data/plain-text-cues.json) or a lead-in
 *   target (the line after `…如下:`), and whose text up to the next candidate is not only
 *   commands (then it is a step label of a walkthrough). Numbered bare headings need a
 *   numbered sibling (`1、什么是Harbor` / `2、Harbor的特性`). In the Q&A part a bare line is a
 *   heading only if it does not end in `?` (rhetorical sub-questions) and is not the first line
 *   of an answer.
 * A heading with nothing under it (levels are lost in page text) is dropped as
 * `grouping-heading` and becomes the `section` of the entry that follows. Lines of a fenced code
 * block (a page pasted with its markdown, a WeChat article copied as .md) are code, never headings.
 */
import type { SourceLine } from '../../model.ts';
import { fencedLineNumbers } from '../../clean/lines/line-pass.ts';
import { siteNoiseReason } from '../../clean/lines/site-noise.ts';
import type { AdapterInput, AdapterOutput, ShapeAdapter } from '../adapter.ts';
import {
  bulletMarker,
  charLength,
  hasChineseNumeralMarker,
  hasQuestionCue,
  isCommandLike,
  isStepLabel,
  numberedMarker,
} from '../line-kinds.ts';
import { plainQuestionEntries } from '../question-lines.ts';
import { isBlank, lastLineOf } from '../source-lines.ts';

/** Longest bare line still read as a heading. */
const MAX_HEADING_LENGTH = 50;
/** Longest numbered line read as a question in the Q&A part. */
const MAX_NUMBERED_QUESTION_LENGTH = 50;
/** Site-noise lines or question cues needed before plain text counts as a scraped page. */
const MIN_EVIDENCE = 2;

/** Sentence punctuation; a half-width comma followed by a space separates names (`Docker、containerd, runc`). */
const SENTENCE_PUNCTUATION = /[。，；;！!]|,(?! )/;
/** How far (in original lines) a lead-in `…如下:` reaches: the line after it, or after one blank. */
const LEAD_IN_REACH = 2;
/** How far apart numbered sibling headings may be. */
const SIBLING_REACH = 40;
const ENDS_AS_LEAD_IN = /[:：、]$/;
const SHORT_COLON_PREFIX = /^\p{Script=Han}{1,4}[:：]\S/u;

/** True when a line's text could be a bare heading (length, punctuation, not code or a link). */
function looksLikeBareHeading(text: string): boolean {
  const trimmed = text.trim();
  const length = charLength(trimmed);
  if (length < 2 || length > MAX_HEADING_LENGTH) return false;
  if (SENTENCE_PUNCTUATION.test(trimmed) || ENDS_AS_LEAD_IN.test(trimmed)) return false;
  if (/[:：]/.test(trimmed) && !SHORT_COLON_PREFIX.test(trimmed)) return false;
  if (/^[[{|/#<"“《(（-]/.test(trimmed) || /https?:\/\//.test(trimmed)) return false;
  return !isCommandLike(trimmed) && !bulletMarker(trimmed) && !hasChineseNumeralMarker(trimmed);
}

/** A numbered question of the Q&A part: `3、进入容器的方法有哪些?`, opening its block. */
function isNumberedQuestion(text: string): boolean {
  const trimmed = text.trim();
  return numberedMarker(trimmed) !== undefined && charLength(trimmed) <= MAX_NUMBERED_QUESTION_LENGTH && !/[。；;，,：:]$/.test(trimmed);
}

/** Index helpers over the surviving lines: block boundaries by original line numbers. */
function opensBlock(lines: readonly SourceLine[], index: number): boolean {
  const before = lines[index - 1];
  return !before || isBlank(before.text) || lastLineOf(before) + 1 !== lines[index]!.line;
}
function endsBlock(lines: readonly SourceLine[], index: number): boolean {
  const after = lines[index + 1];
  return !after || isBlank(after.text) || after.line !== lastLineOf(lines[index]!) + 1;
}

/** The heading lines of a scraped page (see the module comment). */
export function findScrapedHeadings(lines: readonly SourceLine[]): SourceLine[] {
  const cueStart = lines.find((line) => hasQuestionCue(line.text))?.line ?? Infinity;
  const code = fencedLineNumbers(lines);
  const cues = new Set<number>();
  const bare: number[] = [];
  lines.forEach((line, index) => {
    if (isBlank(line.text) || code.has(line.line)) return;
    if (opensBlock(lines, index) && (hasQuestionCue(line.text) || (line.line > cueStart && isNumberedQuestion(line.text)))) {
      cues.add(index);
    } else if (endsBlock(lines, index) && looksLikeBareHeading(line.text)) {
      bare.push(index);
    }
  });

  const candidates = [...cues, ...bare].sort((a, b) => a - b);
  const nonBlankBefore = (index: number): SourceLine | undefined => lines.slice(0, index).filter((line) => !isBlank(line.text)).at(-1);
  const accepted = new Set<number>(cues);
  for (const index of bare) {
    const line = lines[index]!;
    const text = line.text.trim();
    const previous = nonBlankBefore(index);
    const previousIndex = previous ? lines.indexOf(previous) : -1;
    if (isStepLabel(text)) continue;
    if (previous && /[:：]$/.test(previous.text.trim()) && line.line - lastLineOf(previous) <= LEAD_IN_REACH) continue;
    if (line.line > cueStart && (/[?？]$/.test(text) || cues.has(previousIndex))) continue;
    const numbered = numberedMarker(text);
    if (numbered) {
      const sibling = bare.some(
        (other) =>
          other !== index &&
          Math.abs(lines[other]!.line - line.line) <= SIBLING_REACH &&
          Math.abs((numberedMarker(lines[other]!.text)?.number ?? -9) - numbered.number) === 1,
      );
      if (!sibling) continue;
    }
    const next = candidates.find((candidate) => candidate > index) ?? lines.length;
    const content = lines.slice(index + 1, next).filter((contentLine) => !isBlank(contentLine.text));
    if (content.length > 0 && content.every((contentLine) => isCommandLike(contentLine.text))) continue;
    accepted.add(index);
  }
  return [...accepted].sort((a, b) => a - b).map((index) => lines[index]!);
}

/** Parse a scraped page into entries: its own headings and the recogniser's question items. */
export function parseScrapedPage(input: AdapterInput): AdapterOutput {
  return plainQuestionEntries(input, findScrapedHeadings(input.lines)).output;
}

export const scrapedPage: ShapeAdapter = {
  shape: 'scraped-page',
  detect: (lines: readonly SourceLine[]) => {
    const noise = lines.filter((line) => siteNoiseReason(line.text) !== undefined).length;
    const cues = lines.filter((line) => hasQuestionCue(line.text)).length;
    return noise >= MIN_EVIDENCE || cues >= MIN_EVIDENCE;
  },
  parse: parseScrapedPage,
};
