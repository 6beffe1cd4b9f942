/** The search vocabulary's data files (src/integrations/search-terms.ts): schema, errors with file and line. */
import { describe, expect, it } from 'vitest';
import { parseSearchTerms, readSearchTerms } from '../../../src/integrations/search-terms.ts';
import { searchForm } from '../../../src/utils/search-query.ts';

const queryWords = 'filler: [和, 的]\nwords: [镜像]\nquestion: [区别]\n';

describe('parseSearchTerms', () => {
  it('reads groups of terms and the word lists', () => {
    expect(parseSearchTerms('- [重启策略, restart policy, --restart]\n- [k8s, kubernetes]\n', queryWords)).toEqual({
      synonyms: [['重启策略', 'restart policy', '--restart'], ['k8s', 'kubernetes']],
      filler: ['和', '的'],
      words: ['镜像'],
      question: ['区别'],
    });
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

describe('the project’s vocabulary', () => {
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
