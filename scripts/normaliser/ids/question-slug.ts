/**
 * A short, readable ASCII kebab-case id for a question title, from the glossary:
 * "Docker 容器和虚拟机的主要区别是什么?" -> `container-vs-vm`.
 */
import { createHash } from 'node:crypto';
import type { IdTerms } from './id-terms.ts';
import { titleTokens, type TitleToken } from './title-tokens.ts';

/** Longest id a slug may be; longer ones are cut at a word boundary. */
export const MAX_ID_LENGTH = 40;

/**
 * The id words a title reads as, before joining: contrast questions come out as
 * `[...left, 'vs', ...right]`, single-term definitions as `['what', 'is', ...term]`.
 */
export function questionIdWords(title: string, terms: IdTerms): string[] {
  let tokens = titleTokens(title, terms);
  tokens = dropLeadingScope(tokens, terms.weakWords);
  tokens = dropRepeatedAliases(tokens);
  tokens = dropWeakTerms(tokens, terms.weakWords);

  const firstContrast = tokens.findIndex((token) => token.kind === 'contrast');
  const conjunction = findLastIndex(tokens.slice(0, Math.max(firstContrast, 0)), (token) => token.kind === 'conjunction');
  if (firstContrast > 0 && conjunction >= 0) {
    // "Dockerfile 中的 CMD 和 ENTRYPOINT": the left side starts after the scene.
    const scope = findLastIndex(tokens.slice(0, conjunction), (token) => token.kind === 'scope');
    const left = termWords(tokens.slice(scope + 1, conjunction));
    const right = termWords(tokens.slice(conjunction + 1, firstContrast));
    if (left.length > 0 && right.length > 0) return [...left, 'vs', ...right];
  }
  const words = termWords(tokens);
  const termCount = tokens.filter((token) => token.kind === 'term').length;
  if (termCount === 1 && tokens.some((token) => token.kind === 'definition')) return ['what', 'is', ...words];
  return words;
}

/**
 * The id for a title: its id words joined with `-`, at most MAX_ID_LENGTH characters.
 * A title with no usable words gets `q-` and a hash of the title.
 * @example questionSlug('Docker 中的 Volume 和 Bind Mount 的区别是什么?', terms) // 'volume-vs-bind-mount'
 */
export function questionSlug(title: string, terms: IdTerms): string {
  const slug = truncateSlug(questionIdWords(title, terms).join('-'));
  if (slug) return slug;
  return `q-${createHash('sha256').update(title).digest('hex').slice(0, 8)}`;
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
