/** The search vocabulary's data files (src/integrations/search-terms.ts): schema, errors with file and line. */
import { describe, expect, it } from 'vitest';
import { isoChineseStopwords, parseSearchTerms, questionStopwords, readSearchTerms } from '../../../src/integrations/search-terms.ts';
import { searchForm } from '../../../src/utils/search-query.ts';

const queryWords = 'filler: [和, 的]\nwords: [镜像]\nquestion: [区别]\n';

describe('parseSearchTerms', () => {
  it('reads groups of terms and the word lists', () => {
    expect(parseSearchTerms('- [重启策略, restart policy, --restart]\n- [k8s, kubernetes]\n', queryWords)).toEqual({
      synonyms: [['重启策略', 'restart policy', '--restart'], ['k8s', 'kubernetes']],
      filler: ['和', '的'],
      words: ['镜像'],
      question: ['区别'],
      readerWords: [],
      stopwords: [],
    });
  });

  it('reads a reader’s words with the group terms they mean', () => {
    const terms = parseSearchTerms('- [体积, 镜像大小]\n', queryWords, '# a comment\n变小: 体积\n瘦身: 镜像大小\n');
    expect(terms.readerWords).toEqual([{ word: '变小', means: '体积' }, { word: '瘦身', means: '镜像大小' }]);
  });

  it.each([
    ['a term of no group', '变小: 体积\n拉起: 重启策略\n', 'data/glossary/search-reader-words.yaml:2: 拉起: 重启策略 is a term of no group in data/glossary/search-synonyms.yaml'],
    ['a word already in a group', '变小: 体积\n镜像大小: 体积\n', 'data/glossary/search-reader-words.yaml:2: 镜像大小: 镜像大小 is already a term of a group'],
    ['a filler word', '的: 体积\n', 'data/glossary/search-reader-words.yaml:1: 的: 的 is a filler word'],
    ['a whole word', '镜像: 体积\n', 'data/glossary/search-reader-words.yaml:1: 镜像: 镜像 is a whole word'],
    ['a list instead of a mapping', '- 变小\n', 'data/glossary/search-reader-words.yaml:1: (top level): Expected object, received array'],
    ['an empty file (no mapping)', '# nothing yet\n', 'data/glossary/search-reader-words.yaml:1: (top level): Expected object, received null'],
  ])('rejects %s in the reader’s words, naming file and line', (_, readerWords, message) => {
    expect(() => parseSearchTerms('- [体积, 镜像大小]\n', queryWords, readerWords)).toThrow(message);
  });

  it.each([
    ['a group of one term', '- [k8s, kubernetes]\n- [volume]\n', 'data/glossary/search-synonyms.yaml:2: 1: Array must contain at least 2 element(s)'],
    ['a term twice in a group, in another spelling', '- [非 root 用户, 非root用户]\n', 'data/glossary/search-synonyms.yaml:1: 0: a term is repeated in its group'],
    ['a term with no letter or digit', '- [k8s, "？！"]\n', 'data/glossary/search-synonyms.yaml:1: 0.1: a term needs a letter or digit'],
    ['not a list', 'k8s: kubernetes\n', 'data/glossary/search-synonyms.yaml:1: (top level): Expected array, received object'],
    ['broken YAML', '- [k8s, kubernetes\n', 'data/glossary/search-synonyms.yaml:2:'],
  ])('rejects %s naming file and line', (_, synonyms, message) => {
    expect(() => parseSearchTerms(synonyms, queryWords)).toThrow(message);
  });

  it('rejects a whole word that is not Chinese, and unknown keys', () => {
    expect(() => parseSearchTerms('- [a, b]\n', 'filler: [和]\nwords: [docker]\nquestion: []\n')).toThrow(
      'data/glossary/search-query-words.yaml:2: words.0: Chinese characters only',
    );
    expect(() => parseSearchTerms('- [a, b]\n', `${queryWords}stop: [x]\n`)).toThrow('data/glossary/search-query-words.yaml');
  });
});

describe('questionStopwords', () => {
  it('keeps the list’s Chinese words of two characters or more, but the kept ones and the searched terms', () => {
    const vocabulary = { synonyms: [['数据卷', 'volume']], words: ['镜像'], question: ['区别'] };
    expect(questionStopwords(['自己', '内', 'the', '本地', '数据卷', '镜像', '区别', '只是', '自己'], ['本地'], vocabulary)).toEqual(['只是', '自己']);
  });
});

describe('the project’s vocabulary', () => {
  it('drops the package’s Chinese function words from questions, but none of this site’s terms', () => {
    expect(isoChineseStopwords().length).toBeGreaterThan(500);
    const stopwords = new Set(readSearchTerms().stopwords);
    expect(['自己', '只是', '出来'].filter((word) => !stopwords.has(word))).toEqual([]);
    expect(['本地', '对比', '内', '镜像'].filter((word) => stopwords.has(word))).toEqual([]);
  });

  const terms = readSearchTerms();

  it('has no term in two groups (a term means one thing wherever it appears)', () => {
    const groupsOf = new Map<string, number[]>();
    terms.synonyms.forEach((group, index) => {
      for (const term of group) groupsOf.set(searchForm(term), [...(groupsOf.get(searchForm(term)) ?? []), index]);
    });
    expect([...groupsOf].filter(([, groups]) => groups.length > 1).map(([term]) => term)).toEqual([]);
  });

  it('never drops a synonym or a question word as filler', () => {
    const filler = new Set(terms.filler.map(searchForm));
    const kept = [...terms.synonyms.flat(), ...terms.question, ...terms.words].map(searchForm);
    expect(kept.filter((term) => filler.has(term))).toEqual([]);
  });
});
