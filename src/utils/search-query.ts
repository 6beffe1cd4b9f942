/**
 * Query understanding for the search box: what a typed question is about, as the key terms
 * Pagefind can search one at a time. Pure and shared by the browser (src/scripts/relaxed-pagefind.ts,
 * through src/utils/relaxed-search.ts), the normaliser's keywords (synonym matching) and the tests.
 * The word lists are data: data/glossary/search-synonyms.yaml and search-query-words.yaml, read by
 * src/integrations/search-terms.ts.
 */

/** The search vocabulary, as the data files give it. */
export interface SearchTerms {
  /** Groups of terms that mean the same (重启策略, restart policy, --restart). */
  synonyms: readonly (readonly string[])[];
  /** Words that say how a question is asked, not what about (和, 的, 是什么 -> 是, 什么). */
  filler: readonly string[];
  /**
   * Chinese words the browser's segmenter breaks (构建, not 构 + 建): taken whole from a query
   * before the rest is split, or, with a {@link SearchTerms.dictionary}, split over with it.
   */
  words: readonly string[];
  /** Words that say what kind of question it is (区别, 作用): key terms of {@link QUESTION_WORD_WEIGHT}. */
  question: readonly string[];
  /**
   * Function words (自己, 只是, 出来) dropped from a relaxed question like filler words, but not
   * deciding whether a query is relaxed (src/integrations/search-terms.ts). Absent: none.
   */
  stopwords?: readonly string[];
  /**
   * Chinese words the site's pages use (CC-CEDICT words found in them at build time,
   * src/integrations/site-words.ts): a query's Chinese is split over them, longest first from the
   * left, instead of by the browser's segmenter, which glues a filler character to the word
   * after it (能解压 -> 能解 + 压, 占了 -> 占了). Absent: the segmenter splits it.
   */
  dictionary?: readonly string[];
  /**
   * A reader's words for a group term that no note uses (变小 for 体积), searched at query time as
   * the terms of that group, never added to a page's keywords. Absent: none.
   */
  readerWords?: readonly ReaderWord[];
}

/** A reader's word or phrase and the synonym group term it means (data/glossary/search-reader-words.yaml). */
export interface ReaderWord {
  word: string;
  /** A term of a synonym group. */
  means: string;
}

/** How much a question word ({@link SearchTerms.question}) counts next to a term about the subject. */
export const QUESTION_WORD_WEIGHT = 0.25;

/** One thing the query is about, and every way of writing it the search may try. */
export interface QueryConcept {
  /** As typed, in matching form (`绑定挂载`, `k8s`, `容器`). */
  text: string;
  /**
   * `text` first, then its synonyms (in matching form), without repeats; for a reader's word
   * ({@link SearchTerms.readerWords}), which no page holds, only the terms of the group it means.
   */
  alternatives: string[];
  /** 1 for a term about the subject, {@link QUESTION_WORD_WEIGHT} for a question word, a lone Chinese character or a number. */
  weight: number;
}

/** A query taken apart. */
export interface UnderstoodQuery {
  /** The query as typed, trimmed. */
  typed: string;
  /** The key terms as typed, filler words left out, in query order (`数据卷 绑定挂载 区别`). */
  keyQuery: string;
  concepts: QueryConcept[];
}

/**
 * Matching form of text: NFKC (full-width to ASCII), lower case, punctuation other than the
 * characters commands use (`-`, `.`, `/`, `+`, `_`, `:`) to spaces, single spaces, and no space
 * next to a Chinese character (`非 root 用户` matches `非root用户`).
 * @example searchForm('Docker　File 是什么？') // 'docker file是什么'
 */
export function searchForm(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s\-./+_:]/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ (?=\p{Script=Han})|(?<=\p{Script=Han}) /gu, '')
    .trim();
}

const HAN = /\p{Script=Han}/u;

/** True when `term` (matching form) occurs in `text` (matching form): anywhere for a Chinese term, as whole words for an ASCII one. */
export function containsTerm(text: string, term: string): boolean {
  return findTerm(text, term) >= 0;
}

/** Index of the first occurrence of `term` in `text` as {@link containsTerm} matches it, or -1. */
function findTerm(text: string, term: string, from = 0): number {
  if (!term) return -1;
  for (let at = text.indexOf(term, from); at >= 0; at = text.indexOf(term, at + 1)) {
    if (HAN.test(term)) return at;
    const before = text[at - 1] ?? ' ';
    const after = text[at + term.length] ?? ' ';
    // `-p` is not found in `--p…` or `a-p`, `run` not in `running`, `cow` not in `cower`.
    if (!/[a-z0-9_-]/.test(before) && !/[a-z0-9_]/.test(after)) return at;
  }
  return -1;
}

/** The synonym groups in matching form, each term once, longest terms first within a group. */
function synonymGroups(terms: SearchTerms): string[][] {
  return terms.synonyms.map((group) => [...new Set(group.map(searchForm).filter(Boolean))]);
}

/**
 * The synonym groups a text (a title, a keyword) mentions, with the group's terms.
 * @example groupsMentioned('如何配置自动容器重启？', terms) // [['重启策略', '自动重启', 'restart policy', '--restart']] when a group holds 自动重启
 */
export function groupsMentioned(text: string, groups: readonly (readonly string[])[]): (readonly string[])[] {
  const form = searchForm(text);
  return groups.filter((group) => group.some((term) => containsTerm(form, searchForm(term))));
}

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh-CN', { granularity: 'word' }) : undefined;

/** Words of `text` as the browser's word segmenter (the one pagefind.js splits queries with) finds them. */
function segmentedWords(text: string): string[] {
  if (!segmenter) return text.split(/\s+/).filter(Boolean);
  return [...segmenter.segment(text)].filter((part) => part.isWordLike).map((part) => part.segment);
}

/** Chinese words known to the query splitter, and the longest one's length. */
export interface KnownWords {
  has(word: string): boolean;
  longest: number;
}

/** The words a query's Chinese is split over: the site's dictionary and the vocabulary's own multi-character Chinese words. */
function knownWords(terms: SearchTerms): KnownWords | undefined {
  if (!terms.dictionary || terms.dictionary.length === 0) return undefined;
  const known = new Set(
    [...terms.dictionary, ...terms.filler, ...(terms.stopwords ?? []), ...terms.words, ...terms.question].map(searchForm).filter((word) => word.length >= 2 && HAN_ONLY.test(word)),
  );
  return { has: (word) => known.has(word), longest: Math.max(1, ...[...known].map((word) => word.length)) };
}

const HAN_ONLY = /^\p{Script=Han}+$/u;
const HAN_STRETCH = /\p{Script=Han}+/gu;

/**
 * Words of `text`: each stretch of Chinese split over `known` by forward longest match (a
 * character no known word starts with is a word of its own), the rest by the segmenter; in
 * text order. Without `known`, the segmenter splits all of it.
 * @example wordsOf('add 能解压 tar', known with 解压) // ['add', '能', '解压', 'tar']
 */
function wordsOf(text: string, known: KnownWords | undefined): string[] {
  if (!known) return segmentedWords(text);
  const found: string[] = [];
  let cursor = 0;
  for (const match of text.matchAll(HAN_STRETCH)) {
    found.push(...segmentedWords(text.slice(cursor, match.index)));
    found.push(...longestMatches(match[0], known));
    cursor = match.index + match[0].length;
  }
  found.push(...segmentedWords(text.slice(cursor)));
  return found;
}

/** `chinese` split over `known`, longest word first from the left; unknown characters one by one. */
export function longestMatches(chinese: string, known: KnownWords): string[] {
  const parts: string[] = [];
  let at = 0;
  while (at < chinese.length) {
    let length = Math.min(known.longest, chinese.length - at);
    while (length > 1 && !known.has(chinese.slice(at, at + length))) length -= 1;
    parts.push(chinese.slice(at, at + length));
    at += length;
  }
  return parts;
}

/**
 * True when the query has a filler word (a question as a reader asks it: 数据卷和绑定挂载的区别),
 * as the word segmenter splits it; a bare term (数据卷, `docker run -v`) has none.
 * @example hasFillerWord('cgroups 的作用是什么', ['的', '是', '什么']) // true
 */
export function hasFillerWord(typed: string, filler: readonly string[]): boolean {
  const fillerForms = new Set(filler.map(searchForm));
  return segmentedWords(searchForm(typed)).some((word) => fillerForms.has(word));
}

/**
 * True when the query holds a reader's word (变小, 拉起): the search box then relaxes it even when
 * Pagefind finds pages for it as typed (pages holding 变 and 小 apart).
 * @example hasReaderWord('镜像变小', ['变小']) // true
 */
export function hasReaderWord(typed: string, readerWords: readonly string[]): boolean {
  const form = searchForm(typed);
  return readerWords.some((word) => containsTerm(form, searchForm(word)));
}

/** True when a Chinese word is filler words glued together (是用 = 是 + 用), by longest match. */
function isAllFiller(word: string, filler: ReadonlySet<string>): boolean {
  return HAN.test(word) && longestMatches(word, { has: (part) => filler.has(part), longest: 4 }).every((part) => filler.has(part));
}

/**
 * Takes a query apart into the concepts it is about: terms of a synonym group first (longest
 * match wins, so `绑定挂载` is one concept, not 绑定 + 挂载), then the remaining words (the
 * Chinese split over the site dictionary when the vocabulary has one, else by the segmenter),
 * filler words dropped. Single Chinese characters next to each other (the segmenter splits words
 * it does not know into characters: 构/建) are joined back into one concept.
 * @example understandQuery('数据卷和绑定挂载的区别', terms).concepts.map((c) => c.text) // ['数据卷', '绑定挂载', '区别']
 */
export function understandQuery(typed: string, terms: SearchTerms): UnderstoodQuery {
  const { filler, known, question, candidates } = prepared(terms);
  let rest = searchForm(typed);
  const found: { at: number; text: string; alternatives: string[] }[] = [];
  for (const { term, alternatives } of candidates) {
    for (let at = findTerm(rest, term); at >= 0; at = findTerm(rest, term, at + 1)) {
      found.push({ at, text: term, alternatives });
      // Blank the match so shorter terms do not match inside it; the length stays for positions.
      rest = rest.slice(0, at) + ' '.repeat(term.length) + rest.slice(at + term.length);
    }
  }
  // The rest, word by word, at their positions in the query.
  let cursor = 0;
  let run: { at: number; text: string } | undefined;
  const flushRun = (): void => {
    if (run) found.push({ at: run.at, text: run.text, alternatives: [run.text, ...singularOf(run.text)] });
    run = undefined;
  };
  for (const word of wordsOf(rest, known)) {
    const at = rest.indexOf(word, cursor);
    cursor = at + word.length;
    if (filler.has(word) || isAllFiller(word, filler)) {
      flushRun();
      continue;
    }
    const single = word.length === 1 && HAN.test(word);
    if (single && run && run.at + run.text.length === at && run.text.length >= 1 && HAN.test(run.text)) {
      run.text += word;
      continue;
    }
    flushRun();
    run = { at, text: word };
    if (!single) flushRun();
  }
  flushRun();
  found.sort((a, b) => a.at - b.at);
  const concepts: QueryConcept[] = [];
  for (const { text, alternatives } of found) {
    if (concepts.some((concept) => concept.text === text)) continue;
    const unique = [...new Set(alternatives)];
    concepts.push({ text, alternatives: unique, weight: unique.some((term) => question.has(term)) || isFragment(unique) ? QUESTION_WORD_WEIGHT : 1 });
  }
  return { typed: typed.trim(), keyQuery: concepts.map((concept) => concept.text).join(' '), concepts };
}

/**
 * The singular of an English plural (`containers` -> `container`, `policies` -> `policy`), which
 * is how the pages' English keywords say it: the index has no English stemmer. Empty for anything else.
 * @example singularOf('images') // ['image']
 */
export function singularOf(word: string): string[] {
  if (!/^[a-z]{4,}$/.test(word)) return [];
  if (word.endsWith('ies')) return [`${word.slice(0, -3)}y`];
  if (/(?:ss|us|is)$/.test(word)) return [];
  // matches -> match, but caches -> cache: both are tried.
  if (/(?:ches|shes|xes|sses)$/.test(word)) return [word.slice(0, -2), word.slice(0, -1)];
  return word.endsWith('s') ? [word.slice(0, -1)] : [];
}

/**
 * True for a concept that is a lone Chinese character or a number with no synonym (底 left of 到底,
 * 2 of 2 个核): Pagefind matches a character as the start of every word it begins (底 -> 底层), so
 * such a concept says little about which page is meant, and weighs as a question word.
 */
function isFragment(alternatives: readonly string[]): boolean {
  const [only, ...others] = alternatives;
  return others.length === 0 && only !== undefined && (/^\p{Script=Han}$/u.test(only) || /^\d+$/.test(only));
}

/** The vocabulary in matching form, built once per vocabulary (the search box keeps one for every query). */
interface PreparedTerms {
  filler: ReadonlySet<string>;
  question: ReadonlySet<string>;
  known: KnownWords | undefined;
  /**
   * What is matched whole before the rest is split into words, longest first: synonym terms and
   * reader's words with their alternatives, and the listed whole words when there is no
   * dictionary (with one they are split over with it, left to right: 服务器, not 服务 + 器).
   */
  candidates: { term: string; alternatives: string[] }[];
}

const preparedByTerms = new WeakMap<SearchTerms, PreparedTerms>();

function prepared(terms: SearchTerms): PreparedTerms {
  let ready = preparedByTerms.get(terms);
  if (!ready) {
    const known = knownWords(terms);
    const groups = synonymGroups(terms);
    const wholeWords = known ? [] : terms.words.map((word) => [searchForm(word)]);
    const candidates = [
      ...[...groups, ...wholeWords].flatMap((group) => group.map((term) => ({ term, alternatives: [term, ...group.filter((other) => other !== term)] }))),
      ...readerWordCandidates(terms.readerWords ?? [], groups),
    ]
      .filter(({ term }) => term !== '')
      .sort((a, b) => b.term.length - a.term.length);
    ready = {
      filler: new Set([...terms.filler, ...(terms.stopwords ?? [])].map(searchForm)),
      question: new Set(terms.question.map(searchForm)),
      known,
      candidates,
    };
    preparedByTerms.set(terms, ready);
  }
  return ready;
}

/** Each reader's word (matching form) with the terms of the group it means, as a concept's alternatives. */
function readerWordCandidates(readerWords: readonly ReaderWord[], groups: readonly (readonly string[])[]): { term: string; alternatives: string[] }[] {
  return readerWords.flatMap(({ word, means }) => {
    const group = groups.find((terms) => terms.includes(searchForm(means)));
    return group ? [{ term: searchForm(word), alternatives: [...group] }] : [];
  });
}
