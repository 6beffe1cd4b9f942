/**
 * A Pagefind search that understands the query as a reader types it. Pagefind returns only the
 * pages holding every word of a query, so one filler word (和, 的, 是什么) or one word a page says
 * differently (重启策略 vs `--restart`) empties the list, and a typed question finds the pages that
 * happen to hold all its words (cgroups 的作用是什么: pages whose titles say 作用是什么 and mention
 * cgroups in passing), not the page about it. So:
 *  1. the query is searched as typed (Pagefind's own ranking); when that finds at least
 *     {@link ENOUGH_RESULTS} pages and the query has no filler word and no reader's word (a bare
 *     term: 数据卷, `docker run -v`; not 变小, which pages hold only as 变 and 小 apart), that is
 *     the answer;
 *  2. otherwise its key concepts (filler words dropped, synonyms joined, src/utils/search-query.ts)
 *     are searched one by one, each as typed and as each of its synonyms, and the pages are ranked
 *     by how many concepts, and which, they hold: a concept counts by its rarity (few pages hold it)
 *     and its salience (how its best page scores next to the other concepts' best pages: a word
 *     held only in the body of a page or two is rare but says little), a question word (区别, 作用),
 *     a lone character or a number a quarter of that (and it is searched as typed only), and most
 *     of it only for a strong hit (Pagefind's score relative to the concept's best page: high for
 *     the title, the keywords, a heading).
 * Either way the first results are then ordered by their titles (the typed title itself first).
 * Searching the key terms together (every one required) as a step between was measured and left
 * out: it put pages that mention all of them in passing above the page about the main one.
 * Every search is an ordinary `pagefind.search()` of the same instance (merged bundles included),
 * so the index, its segmentation and its ranking stay Pagefind's. Pure but for the searches it is
 * handed and the vocabulary it loads.
 */
import { containsTerm, hasFillerWord, hasReaderWord, searchForm, understandQuery, type QueryConcept, type SearchTerms, type UnderstoodQuery } from './search-query.ts';
import { readableSubResults } from './search-rows.ts';

/**
 * The search vocabulary as the search box has it: the filler words and the reader's words at once
 * (they decide whether a query is relaxed), the rest (synonyms, whole words, question words, the
 * site dictionary) loaded for the first query that is, so a bare term's first search downloads
 * none of it.
 */
export interface QueryVocabulary {
  filler: readonly string[];
  /** The reader's words ({@link SearchTerms.readerWords}), the words alone. */
  readerWords: readonly string[];
  load(): Promise<SearchTerms>;
}

/** Fewer pages than this for the typed query, and the query is relaxed. */
export const ENOUGH_RESULTS = 3;

/** A heading-level part of a result, as pagefind.js gives it. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  [key: string]: unknown;
}

/** A result's loaded fragment, as pagefind.js gives it. */
export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
  sub_results: PagefindSubResult[];
  [key: string]: unknown;
}

/** One result of `pagefind.search()`. */
export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<PagefindResultData>;
  [key: string]: unknown;
}

/** What `pagefind.search()` resolves to. */
export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, unknown>;
  totalFilters: Record<string, unknown>;
  timings: Record<string, number>;
  [key: string]: unknown;
}

/** The part of pagefind.js this needs. */
export interface PagefindSearcher {
  search(term: string, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
}

/** How the query was answered: the steps it took and the Pagefind searches they ran. */
export interface Relaxation {
  /** 1: the typed query sufficed; 2: its key concepts were searched one by one. */
  step: 1 | 2;
  /** Pagefind searches run, the typed query's included. */
  searches: number;
  understood: UnderstoodQuery;
}

/** A search response, relaxed, with how. */
export interface RelaxedResponse extends PagefindResponse {
  relaxation: Relaxation;
}

/**
 * How much a concept's salience (its best page's Pagefind score over the best of all concepts)
 * scales its weight: measured on the query fixture and two query sets written apart from it
 * (0: 160/161, 34/50, 38/50 in the first three; 0.5: 159/161, 42/50, 43/50, with the lone
 * characters weighed down and the stopwords dropped; 1: 159/161, 41/50, 41/50).
 */
export const SALIENCE_EXPONENT = 0.5;

/** How many of the first results are reordered by their titles (Pagefind UI's first page). */
export const TITLE_RERANK_DEPTH = 5;

/** How many of the typed query's best pages join them when the query was relaxed. */
export const TYPED_CANDIDATES = 3;

/**
 * Searches `typed` with `pagefind`, relaxing it as described above when it finds too few pages
 * or is a question, then puts the first {@link TITLE_RERANK_DEPTH} results in the order of their
 * titles' match.
 * `options` (filters, sort) are passed to every search. Results keep pagefind.js's shape, so
 * Pagefind UI renders them as its own; each result's `data()` loads its fragment once.
 */
export async function relaxedSearch(
  pagefind: PagefindSearcher,
  typed: string,
  vocabulary: QueryVocabulary,
  options: Record<string, unknown> = {},
): Promise<RelaxedResponse | null> {
  // A question is relaxed whatever the typed search finds: its vocabulary loads alongside it.
  const asked = hasFillerWord(typed, vocabulary.filler) || hasReaderWord(typed, vocabulary.readerWords);
  const loadingTerms = asked ? vocabulary.load() : undefined;
  const first = await pagefind.search(typed, options);
  if (!first) return null;
  const relax = asked || first.results.length < ENOUGH_RESULTS;
  // A bare term's titles are compared word by word, without the rest of the vocabulary.
  const terms = relax ? await (loadingTerms ?? vocabulary.load()) : { filler: vocabulary.filler, synonyms: [], words: [], question: [] };
  const understood = understandQuery(typed, terms);
  let searches = 1;
  let step: Relaxation['step'] = 1;
  let ranked = first.results.map(loadingOnce);
  // Without the concept searches, only a title that is the query moves: for a bare term
  // Pagefind's order (keywords, headings, how much of the page is about it) beats counting words
  // in titles (`docker cp`: 离线安装 docker holds a word of it in a shorter title).
  let conceptWeights = understood.concepts.map(() => 0);
  let depth = TITLE_RERANK_DEPTH;
  if (relax && understood.concepts.length > 0) {
    step = 2;
    // A question word is searched as typed only: it counts little, and each synonym costs the
    // index chunks of its words (the normaliser gave pages saying 不同 the keyword 区别 anyway).
    const alternatives = understood.concepts.flatMap((concept, index) =>
      (concept.weight < 1 ? [concept.text] : concept.alternatives).map((text) => ({ index, text })),
    );
    // Every alternative of every concept at once: their index chunks load in parallel.
    const responses = await Promise.all(alternatives.map(({ text }) => pagefind.search(text, options)));
    searches += alternatives.length;
    const hitsByConcept = understood.concepts.map(() => new Map<string, ConceptHit>());
    // An alternative counts by its own rarity too: `docker in docker`, held by every page with
    // both words, says less than `dind`, held by the one page about it.
    const rarities = responses.map((response) => rarity(response?.results.length ?? 0));
    // Each concept's best page score, over all its alternatives: its salience (weighConcepts).
    const bestScores = understood.concepts.map(() => 0);
    responses.forEach((response, at) => {
      const results = response?.results ?? [];
      const best = Math.max(...results.map((result) => result.score), Number.EPSILON);
      const { index } = alternatives[at]!;
      if (results.length > 0) bestScores[index] = Math.max(bestScores[index]!, best);
      const rarest = Math.max(...alternatives.flatMap((other, otherAt) => (other.index === index ? [rarities[otherAt]!] : [])), Number.EPSILON);
      const hits = hitsByConcept[index]!;
      for (const result of results) {
        const strength = Math.min(1, result.score / best) * (rarities[at]! / rarest);
        if ((hits.get(result.id)?.strength ?? -1) < strength) hits.set(result.id, { result, strength });
      }
    });
    conceptWeights = weighConcepts(understood.concepts, hitsByConcept.map((hits) => hits.size), bestScores);
    ranked = byCoverage(hitsByConcept, conceptWeights).map(loadingOnce);
    // The typed query's best pages join the titles compared: when the reader typed a page's
    // title, that page comes first however the concepts ranked it (a few fragments more at most).
    const typedBest = first.results.slice(0, TYPED_CANDIDATES).map((result) => result.id);
    const head = ranked.slice(0, TITLE_RERANK_DEPTH);
    const joining = ranked.filter((result, at) => at >= TITLE_RERANK_DEPTH && typedBest.includes(result.id));
    ranked = [...head, ...joining, ...ranked.slice(TITLE_RERANK_DEPTH).filter((result) => !joining.includes(result))];
    depth = head.length + joining.length;
  }
  ranked = await byTitle(ranked, understood, conceptWeights, depth);
  return { ...first, results: ranked, unfilteredResultCount: ranked.length, relaxation: { step, searches, understood } };
}

/**
 * What each concept counts in the ranking: its rarity (from how many pages hold it), times its
 * weight (a question word, a lone character or a number a quarter), times the square root
 * ({@link SALIENCE_EXPONENT}) of its salience: its best page's score over the best of all
 * concepts'. A word held only in passing (以后 and 只能 in a page's body) is rare but not salient.
 */
export function weighConcepts(concepts: readonly QueryConcept[], pagesHolding: readonly number[], bestScores: readonly number[]): number[] {
  const topScore = Math.max(Number.EPSILON, ...bestScores);
  return concepts.map((concept, index) => rarity(pagesHolding[index] ?? 0) * concept.weight * ((bestScores[index] ?? 0) / topScore) ** SALIENCE_EXPONENT);
}

/** A page found for one concept, and how strongly: its score relative to the best page's. */
interface ConceptHit {
  result: PagefindResult;
  strength: number;
}

/**
 * Pages by how many concepts, and which, they hold: a concept adds its rarity (inverse document
 * frequency: held by few pages, it says more about which page is meant), most of it only for a
 * strong hit (title, keywords, headings: a high score relative to the concept's best page).
 */
export function byCoverage(hitsByConcept: readonly ReadonlyMap<string, ConceptHit>[], conceptWeights: readonly number[]): PagefindResult[] {
  const coverage = new Map<string, { result: PagefindResult; score: number }>();
  for (const [index, hits] of hitsByConcept.entries()) {
    const weight = conceptWeights[index] ?? 0;
    for (const [id, { result, strength }] of hits) {
      const entry = coverage.get(id) ?? { result, score: 0 };
      entry.score += weight * (0.3 + 0.7 * strength);
      coverage.set(id, entry);
    }
  }
  return [...coverage.values()].sort((a, b) => b.score - a.score || b.result.score - a.result.score).map((entry) => entry.result);
}

/**
 * How much finding a term says about which page is meant, from how many pages hold it (an inverse
 * document frequency over a site of {@link TYPICAL_PAGES} pages); 0 for a term no page holds.
 */
function rarity(pagesHoldingIt: number): number {
  return pagesHoldingIt === 0 ? 0 : Math.log(1 + TYPICAL_PAGES / pagesHoldingIt);
}

/**
 * Pages of the site, for {@link rarity}: only the ratio between terms matters, and pagefind.js does
 * not say how many pages an index holds without loading all of it.
 */
const TYPICAL_PAGES = 200;

/**
 * The first `depth` results (normally {@link TITLE_RERANK_DEPTH}) reordered by their titles (their fragments are
 * loaded: Pagefind UI shows exactly these first): the title that is the query itself, then titles
 * holding more of the query's concepts (each weighted by its rarity when the concepts were searched), then shorter titles (fewer other things in the question);
 * ties keep Pagefind's order. The rest follow unchanged.
 */
async function byTitle(
  results: PagefindResult[],
  understood: UnderstoodQuery,
  conceptWeights: readonly number[],
  depth: number,
): Promise<PagefindResult[]> {
  const head = results.slice(0, depth);
  const typed = searchForm(understood.typed);
  const scored = await Promise.all(
    head.map(async (result, order) => {
      const title = searchForm((await result.data()).meta.title ?? '');
      const held = understood.concepts.reduce(
        (sum, concept, index) => sum + (concept.alternatives.some((text) => containsTerm(title, text)) ? conceptWeights[index]! : 0),
        0,
      );
      return { result, order, exact: title === typed ? 1 : 0, held, length: title.length };
    }),
  );
  const byLength = conceptWeights.some((weight) => weight > 0);
  scored.sort((a, b) => b.exact - a.exact || b.held - a.held || (byLength ? a.length - b.length : 0) || a.order - b.order);
  return [...scored.map((entry) => entry.result), ...results.slice(depth)];
}

/**
 * `result` whose `data()` fetches its fragment once, however often it is called (the titles are
 * read here, then Pagefind UI reads them again), with readable sub-results (src/utils/search-rows.ts).
 */
function loadingOnce(result: PagefindResult): PagefindResult {
  let loading: Promise<PagefindResultData> | undefined;
  return { ...result, data: () => (loading ??= result.data().then(readableSubResults)) };
}
