/**
 * Line pass: drop the web-page furniture that scraped notes carry (breadcrumbs, read counters,
 * "read more" buttons, promotions, reading lists, picture placeholders, copyright lines, page
 * footers, stray trailing `0`s), and that of the common Chinese platforms (Zhihu, Juejin, CSDN,
 * cnblogs, SegmentFault, WeChat exports): follow buttons, like and comment counters, author
 * cards and badges, toolbars, 本文已收录 / 关注公众号 promotions, copyright footers. Patterns
 * live in data/site-noise.json (validated here). Every dropped line is listed with a specific
 * reason; anything doubtful is kept and reported as an info message.
 */
import { z } from 'zod';
import siteNoiseData from '../../../../data/site-noise.json' with { type: 'json' };
import type { DroppedLine, Message, NoteMeta, SourceLine } from '../../model.ts';
import { isBlank } from '../../parse/source-lines.ts';
import { fencedLineNumbers, isMarkdownShape, type LinePassContext, type LinePassResult } from './line-pass.ts';

interface NoiseRule {
  reason: string;
  pattern: RegExp;
  where: 'anywhere' | 'header' | 'end';
}

const regex = z.string().refine((source) => {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

/** The schema of data/site-noise.json. */
export const SiteNoiseSchema = z.object({
  $comment: z.string().optional(),
  rules: z.array(z.object({ reason: z.string().regex(/^[a-z-]+$/), pattern: regex, where: z.enum(['anywhere', 'header', 'end']), platform: z.string().optional() })),
  authorCard: z.object({
    followButton: regex,
    authorLine: regex,
    reach: z.number().int().positive(),
    plainLines: z.number().int().nonnegative(),
    plainLineLength: z.number().int().positive(),
  }),
  pageUrl: regex,
  readingListStart: regex,
  readingListItem: regex,
  referenceListStart: regex,
  referenceListItem: regex,
});

/**
 * Validate site-noise data: the data, or an Error naming the file and the first wrong key.
 * @example parseSiteNoise({ rules: [{ reason: 'x', pattern: '(', where: 'anywhere' }] }) // throws '…: rules.0.pattern: not a valid regular expression'
 */
export function parseSiteNoise(data: unknown, file = 'data/site-noise.json'): z.infer<typeof SiteNoiseSchema> {
  const result = SiteNoiseSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new Error(`${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
}

const siteNoise = parseSiteNoise(siteNoiseData);

/** Length in characters (code points). */
const charCount = (text: string): number => [...text].length;

/** Lines that count as the page header, where header-only rules apply. */
const HEADER_LINES = 12;
/** Longest bare line read as an item of a reading list's own block. */
const LIST_ITEM_LENGTH = 40;
/** A promotion keyword inside a line longer than this is probably real text: kept, reported. */
const LONG_LINE = 120;

const RULES: NoiseRule[] = siteNoise.rules.map((rule) => ({
  reason: rule.reason,
  pattern: new RegExp(rule.pattern, 'u'),
  where: rule.where as NoiseRule['where'],
}));
const PAGE_URL = new RegExp(siteNoise.pageUrl, 'u');
const FOLLOW_BUTTON = new RegExp(siteNoise.authorCard.followButton, 'u');
const AUTHOR_LINE = new RegExp(siteNoise.authorCard.authorLine, 'u');
const LISTS = [
  { reason: 'reading-list', start: new RegExp(siteNoise.readingListStart, 'u'), item: new RegExp(siteNoise.readingListItem, 'u') },
  { reason: 'references', start: new RegExp(siteNoise.referenceListStart, 'u'), item: new RegExp(siteNoise.referenceListItem, 'u') },
];

/**
 * The site-noise reason for one line on its own (`read-counter`, `image-placeholder`, ...), or
 * undefined. Position-dependent rules (header, end of note, lists) are not applied here.
 *
 * @example siteNoiseReason('在这里插入图片描述') // 'image-placeholder'
 */
export function siteNoiseReason(text: string): string | undefined {
  const trimmed = text.trim();
  return RULES.find((rule) => rule.where === 'anywhere' && rule.pattern.test(trimmed))?.reason;
}

/**
 * Drop site noise from a note's lines. Also reads the page header: the line just above a read
 * (or like) counter near the top is the page title (`meta.title`), `本文链接: <url>` is the page URL
 * (`meta.url`); both lines are dropped as `site-noise:page-title` / `site-noise:page-url`.
 */
export function removeSiteNoise(lines: readonly SourceLine[], context: LinePassContext): LinePassResult {
  const protectedLines = isMarkdownShape(context.shape) ? fencedLineNumbers(lines) : new Set<number>();
  const reasons = new Map<number, string>();
  const messages: Message[] = [];
  const meta: NoteMeta = {};
  const candidates = lines.filter((line) => !isBlank(line.text) && !protectedLines.has(line.line));

  // Rules that hold for a line on its own, plus the header-only ones.
  for (const { line, text } of candidates) {
    const trimmed = text.trim();
    const rule = RULES.find(
      (candidate) =>
        candidate.where !== 'end' &&
        (candidate.where === 'anywhere' || line <= HEADER_LINES) &&
        candidate.pattern.test(trimmed),
    );
    if (!rule) continue;
    if (rule.reason === 'promotion' && trimmed.length > LONG_LINE) {
      messages.push({ note: context.note, line, severity: 'info', source: 'clean/site-noise', reason: 'long line mentions a promotion keyword; kept as text' });
      continue;
    }
    reasons.set(line, rule.reason);
  }

  // Reading lists and reference lists: the start line and the items right below it: lines in the
  // list's item form (《…》), or short lines of the start line's own block (a WeChat 往期推荐 lists
  // bare article titles, one a line, until a blank line).
  for (let index = 0; index < candidates.length; index++) {
    const start = candidates[index]!;
    const list = LISTS.find((candidate) => candidate.start.test(start.text.trim()));
    if (!list) continue;
    const items: number[] = [];
    let next = index + 1;
    let blockEnd = start.line;
    const isItem = (candidate: SourceLine): boolean => {
      const text = candidate.text.trim();
      if (list.item.test(text) || reasons.has(candidate.line)) return true;
      return candidate.line === blockEnd + 1 && charCount(text) <= LIST_ITEM_LENGTH && !/[。；;]$/.test(text);
    };
    while (next < candidates.length && isItem(candidates[next]!)) {
      if (!reasons.has(candidates[next]!.line)) items.push(candidates[next]!.line);
      blockEnd = candidates[next]!.line === blockEnd + 1 ? candidates[next]!.line : blockEnd;
      next++;
    }
    if (items.length === 0) continue;
    reasons.set(start.line, list.reason);
    for (const line of items) reasons.set(line, list.reason);
    index = next - 1;
  }

  // Author cards: in the header, the lines between the author's name link or badge and the
  // follow button below them (a headline such as a company and job title).
  for (let index = 0; index < candidates.length; index++) {
    const button = candidates[index]!;
    if (button.line > HEADER_LINES || !FOLLOW_BUTTON.test(button.text.trim())) continue;
    const above = candidates.slice(Math.max(0, index - siteNoise.authorCard.reach), index);
    const author = above.findLastIndex((line) => AUTHOR_LINE.test(line.text.trim()));
    if (author !== -1) {
      for (const line of above.slice(author)) if (!reasons.has(line.line)) reasons.set(line.line, 'author-card');
      continue;
    }
    // Page text has no links: the card is the short lines right above the button (name,
    // headline), never the note's first line (the page title).
    const card: SourceLine[] = [];
    for (const line of above.toReversed()) {
      if (card.length === siteNoise.authorCard.plainLines || line === candidates[0] || reasons.has(line.line)) break;
      if (charCount(line.text.trim()) > siteNoise.authorCard.plainLineLength || /[。！？!?；;，,]/u.test(line.text)) break;
      card.push(line);
    }
    for (const line of card) reasons.set(line.line, 'author-card');
  }

  // The page URL, anywhere.
  for (const { line, text } of candidates) {
    const match = PAGE_URL.exec(text.trim());
    if (match && !reasons.has(line)) {
      meta.url ??= match[1];
      reasons.set(line, 'page-url');
    }
  }

  // The page title: the nearest text line above a read or like counter in the header.
  const counter = candidates.find(({ line }) => line <= HEADER_LINES && (reasons.get(line) === 'read-counter' || reasons.get(line) === 'like-counter'));
  if (counter) {
    const title = candidates.filter(({ line }) => line < counter.line && !reasons.has(line)).at(-1);
    if (title) {
      // A markdown page's title is its heading's text, not its `#` markers.
      meta.title = title.text.trim().replace(/^#{1,6}\s+/, '');
      reasons.set(title.line, 'page-title');
    }
  }

  // Trailing rules (stray `0` lines): only when nothing but blanks or other such lines follow.
  const endRules = RULES.filter((rule) => rule.where === 'end');
  for (let index = candidates.length - 1; index >= 0; index--) {
    const { line, text } = candidates[index]!;
    if (reasons.has(line)) continue;
    const rule = endRules.find((candidate) => candidate.pattern.test(text.trim()));
    if (!rule) break;
    reasons.set(line, rule.reason);
  }
  for (const { line, text } of candidates) {
    if (!reasons.has(line) && endRules.some((rule) => rule.pattern.test(text.trim()))) {
      messages.push({ note: context.note, line, severity: 'info', source: 'clean/site-noise', reason: `line "${text.trim()}" looks like page residue but is not at the end of the note; kept` });
    }
  }

  const dropped: DroppedLine[] = lines
    .filter(({ line }) => reasons.has(line))
    .map(({ line, text }) => ({ note: context.note, line, text, reason: `site-noise:${reasons.get(line)}` }));
  return { lines: lines.filter(({ line }) => !reasons.has(line)), dropped, fixes: [], messages, meta };
}
