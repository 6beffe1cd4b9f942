/**
 * A short, readable ASCII kebab-case id for a question title, from the glossary:
 * "Docker 容器和虚拟机的主要区别是什么?" -> `container-vs-vm`.
 */
import { createHash } from 'node:crypto';
import { defaultTranslator } from './default-translator.ts';
import type { IdTerms } from './id-terms.ts';
import { titleTokens, type TitleToken } from './title-tokens.ts';
import type { HanTranslator } from './translate-han.ts';

/** Longest id a slug may be; longer ones are cut at a word boundary. */
export const MAX_ID_LENGTH = 40;

/** The id words of a title, and which of them are pinyin (no glossary or dictionary knew them). */
export interface IdWords {
  words: string[];
  pinyin: string[];
}

/**
 * The id words a title reads as, before joining: contrast questions come out as
 * `[...left, 'vs', ...right]`, single-term definitions as `['what', 'is', ...term]`. Chinese the
 * glossary lacks goes to `translate` (default: CC-CEDICT, then pinyin).
 */
export function questionIdWords(title: string, terms: IdTerms, translate: HanTranslator = defaultTranslator): string[] {
  return questionIdParts(title, terms, translate).words;
}

/** {@link questionIdWords} with the words that came out in pinyin. */
export function questionIdParts(title: string, terms: IdTerms, translate: HanTranslator = defaultTranslator): IdWords {
  const tokens = idTokens(title, terms, translate);
  const words = tokens === undefined ? [] : tokens.words;
  const pinyinWords = new Set(tokens?.used.filter((token) => token.origin === 'pinyin').flatMap((token) => token.words));
  return { words, pinyin: words.filter((word) => pinyinWords.has(word)) };
}

/** The tokens whose words make the id, and those words. */
function idTokens(title: string, terms: IdTerms, translate: HanTranslator): { words: string[]; used: TitleToken[] } | undefined {
  let tokens = titleTokens(title, terms, translate);
  tokens = dropLeadingScope(tokens, terms.weakWords);
  tokens = dropRepeatedAliases(tokens);
  tokens = dropWeakTerms(tokens, terms.weakWords);

  const firstContrast = tokens.findIndex((token) => token.kind === 'contrast');
  const conjunction = findLastIndex(tokens.slice(0, Math.max(firstContrast, 0)), (token) => token.kind === 'conjunction');
  if (firstContrast > 0 && conjunction >= 0) {
    // "Dockerfile 中的 CMD 和 ENTRYPOINT": the left side starts after the scene.
    const scope = findLastIndex(tokens.slice(0, conjunction), (token) => token.kind === 'scope');
    const leftTokens = tokens.slice(scope + 1, conjunction);
    const rightTokens = tokens.slice(conjunction + 1, firstContrast);
    const left = termWords(leftTokens);
    const right = termWords(rightTokens);
    if (left.length > 0 && right.length > 0) return { words: [...left, 'vs', ...right], used: [...leftTokens, ...rightTokens] };
  }
  const words = termWords(tokens);
  const termCount = tokens.filter((token) => token.kind === 'term').length;
  if (termCount === 1 && tokens.some((token) => token.kind === 'definition')) return { words: ['what', 'is', ...words], used: tokens };
  return { words, used: tokens };
}

/**
 * The id for a title: its id words joined with `-`, at most MAX_ID_LENGTH characters.
 * A title with no usable words gets `q-` and a hash of the title.
 * @example questionSlug('Docker 中的 Volume 和 Bind Mount 的区别是什么?', terms) // 'volume-vs-bind-mount'
 */
export function questionSlug(title: string, terms: IdTerms, translate: HanTranslator = defaultTranslator): string {
  return questionSlugParts(title, terms, translate).slug;
}

/** {@link questionSlug} with the id's words that are pinyin (none when the slug is a hash). */
export function questionSlugParts(title: string, terms: IdTerms, translate: HanTranslator = defaultTranslator): { slug: string; pinyin: string[] } {
  const parts = questionIdParts(title, terms, translate);
  const slug = truncateSlug(parts.words.join('-'));
  if (slug) return { slug, pinyin: parts.pinyin.filter((word) => slug.split('-').includes(word)) };
  return { slug: `q-${createHash('sha256').update(title).digest('hex').slice(0, 8)}`, pinyin: [] };
}

/** Cut a slug to MAX_ID_LENGTH at the last word boundary that fits. */
export function truncateSlug(slug: string, max = MAX_ID_LENGTH): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, max)).replace(/-+$/, '');
}

/** "Docker 中的 X": a weak term and a scope word at the start only set the scene. */
function dropLeadingScope(tokens: TitleToken[], weakWords: Set<string>): TitleToken[] {
  const scope = tokens.findIndex((token) => token.kind === 'scope');
  if (scope < 0) return tokens;
  const termsBefore = tokens.slice(0, scope).filter((token) => token.kind === 'term');
  const termsAfter = tokens.slice(scope + 1).filter((token) => token.kind === 'term');
  const onlyWeakBefore = termsBefore.every((token) => token.words.every((word) => weakWords.has(word)));
  if (termsBefore.length > 1 || !onlyWeakBefore || termsAfter.length === 0) return tokens;
  return tokens.slice(scope + 1);
}

/** "数据卷(Volume)": parenthesised terms that only repeat earlier words are dropped. */
function dropRepeatedAliases(tokens: TitleToken[]): TitleToken[] {
  const seen = new Set<string>();
  return tokens.filter((token) => {
    if (token.kind !== 'term') return true;
    if (token.inParens && token.words.every((word) => seen.has(word))) return false;
    for (const word of token.words) seen.add(word);
    return true;
  });
}

/** Weak terms (`docker`, `instructions`) go when they stand right next to another term. */
function dropWeakTerms(tokens: TitleToken[], weakWords: Set<string>): TitleToken[] {
  const isWeak = (token: TitleToken | undefined): boolean =>
    token?.kind === 'term' && token.words.every((word) => weakWords.has(word));
  const isStrongTerm = (token: TitleToken | undefined): boolean => token?.kind === 'term' && !isWeak(token);
  return tokens.filter(
    (token, index) => !(isWeak(token) && (isStrongTerm(tokens[index - 1]) || isStrongTerm(tokens[index + 1]))),
  );
}

/**
 * The words of the terms among `tokens`: a term said twice counts once (`镜像的分层结构以及为什么
 * 要使用镜像的分层结构`), and a word is never repeated right after itself (`镜像层layers`).
 */
function termWords(tokens: TitleToken[]): string[] {
  const words: string[] = [];
  const seenTerms = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'term') continue;
    const term = token.words.join('-');
    if (seenTerms.has(term)) continue;
    seenTerms.add(term);
    for (const word of token.words) if (words[words.length - 1] !== word) words.push(word);
  }
  return words;
}

function findLastIndex<T>(items: T[], predicate: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index -= 1) if (predicate(items[index] as T)) return index;
  return -1;
}
