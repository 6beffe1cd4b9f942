/** Query understanding (src/utils/search-query.ts) on a small hand-made vocabulary and hostile input. */
import { describe, expect, it } from 'vitest';
import {
  QUESTION_WORD_WEIGHT,
  containsTerm,
  groupsMentioned,
  hasFillerWord,
  hasReaderWord,
  searchForm,
  singularOf,
  understandQuery,
  type SearchTerms,
} from '../../src/utils/search-query.ts';

const terms: SearchTerms = {
  synonyms: [
    ['数据卷', '存储卷', 'volume', '-v'],
    ['绑定挂载', 'bind mount'],
    ['k8s', 'Kubernetes'],
    ['区别', '不同'],
  ],
  filler: ['和', '的', '是', '什么', '怎么', '吗', 'what', 'is'],
  words: ['镜像', '构建'],
  question: ['区别', '作用'],
};

const texts = (typed: string) => understandQuery(typed, terms).concepts.map((concept) => concept.text);

describe('searchForm', () => {
  it('folds width and case, turns punctuation into spaces, keeps command characters', () => {
    expect(searchForm('Docker　File 是什么？')).toBe('docker file是什么');
    expect(searchForm('ＤＯＣＫＥＲ run -v /data:/data')).toBe('docker run -v /data:/data');
    expect(searchForm('非 root 用户')).toBe('非root用户');
    expect(searchForm('“？！”')).toBe('');
  });
});

describe('containsTerm', () => {
  it('matches Chinese anywhere and ASCII as whole words only', () => {
    expect(containsTerm('如何配置自动重启策略', '重启策略')).toBe(true);
    expect(containsTerm('docker running', 'run')).toBe(false);
    expect(containsTerm('docker run -v x', 'run')).toBe(true);
    expect(containsTerm('cowsay', 'cow')).toBe(false);
    expect(containsTerm('docker run --privileged', '-p')).toBe(false);
    expect(containsTerm('docker run -p 80:80', '-p')).toBe(true);
    expect(containsTerm('anything', '')).toBe(false);
  });
});

describe('groupsMentioned', () => {
  it('finds the groups whose terms a title holds, in any spelling', () => {
    expect(groupsMentioned('Docker Swarm 与 KUBERNETES 有何不同？', terms.synonyms)).toEqual([['k8s', 'Kubernetes'], ['区别', '不同']]);
    expect(groupsMentioned('镜像的构建', terms.synonyms)).toEqual([]);
  });
});

describe('hasFillerWord', () => {
  it('tells a question from a bare term', () => {
    expect(hasFillerWord('数据卷和绑定挂载的区别', terms.filler)).toBe(true);
    expect(hasFillerWord('What is Docker', terms.filler)).toBe(true);
    expect(hasFillerWord('数据卷', terms.filler)).toBe(false);
    expect(hasFillerWord('docker run -v', terms.filler)).toBe(false);
    expect(hasFillerWord('', terms.filler)).toBe(false);
  });
});

describe('understandQuery', () => {
  it('takes a typed question apart into its concepts, filler dropped, synonyms joined', () => {
    const understood = understandQuery('数据卷和绑定挂载的区别？', terms);
    expect(understood.concepts).toEqual([
      { text: '数据卷', alternatives: ['数据卷', '存储卷', 'volume', '-v'], weight: 1 },
      { text: '绑定挂载', alternatives: ['绑定挂载', 'bind mount'], weight: 1 },
      { text: '区别', alternatives: ['区别', '不同'], weight: QUESTION_WORD_WEIGHT },
    ]);
    expect(understood.keyQuery).toBe('数据卷 绑定挂载 区别');
    expect(understood.typed).toBe('数据卷和绑定挂载的区别？');
  });

  it('prefers the longest term, and keeps English phrases whole', () => {
    expect(texts('volume vs bind mount')).toEqual(['volume', 'vs', 'bind mount']);
    expect(texts('K8S 和 swarm')).toEqual(['k8s', 'swarm']);
  });

  it('keeps the listed words whole and joins the characters the segmenter splits', () => {
    // The segmenter splits 镜像 and 构建 into characters; 镜像 and 构建 are listed words.
    expect(texts('镜像是怎么构建的')).toEqual(['镜像', '构建']);
    // 分层 is not listed: its characters, split, are joined back into one concept.
    expect(texts('镜像分层')).toEqual(['镜像', '分层']);
  });

  it('drops words made only of filler words glued together', () => {
    // The segmenter reads 是什 + 么 or 是 + 什么 depending on context; either way nothing is left.
    expect(texts('是什么')).toEqual([]);
    expect(texts('docker 是什么')).toEqual(['docker']);
  });

  it('weighs question words down, whatever their spelling', () => {
    const [, difference] = understandQuery('swarm 和 kubernetes 的不同', terms).concepts.slice(1);
    expect(difference).toEqual({ text: '不同', alternatives: ['不同', '区别'], weight: QUESTION_WORD_WEIGHT });
  });

  it('counts a concept once however often it is typed', () => {
    expect(texts('volume volume 数据卷')).toEqual(['volume', '数据卷']);
  });

  describe('with the site dictionary', () => {
    const withDictionary = (dictionary: string[]) => (typed: string) =>
      understandQuery(typed, { ...terms, filler: [...terms.filler, '能', '了', '让', '里'], dictionary }).concepts.map((concept) => concept.text);

    it('takes a filler character off the word the segmenter glued it to', () => {
      const split = withDictionary(['解压', '多个', '进程', '资源', '容器']);
      expect(split('ADD 能解压 tar 包吗')).toEqual(['add', '解压', 'tar', '包']);
      expect(split('容器里能跑多个进程吗')).toEqual(['容器', '跑', '多个', '进程']);
      expect(split('容器占了多少资源')).toEqual(['容器', '占', '多少', '资源']);
    });

    it('matches the longest word from the left, after the synonyms and listed words', () => {
      const split = withDictionary(['数据', '像是', '备份过程', '过程']);
      // 镜像 (a listed word) is taken before 像是 (a dictionary word crossing it) is looked at.
      expect(split('镜像是什么')).toEqual(['镜像']);
      // 数据卷 is a synonym term: the dictionary's 数据 does not cut it.
      expect(split('数据卷的备份过程')).toEqual(['数据卷', '备份过程']);
      // Characters no dictionary word starts with join into one concept, as without a dictionary.
      expect(split('让镜像变小')).toEqual(['镜像', '变小']);
    });

    it('ignores dictionary entries that are not Chinese words, and an empty dictionary', () => {
      // '解' alone is no word to split over: 能 comes off as a character, 解压 joins back.
      expect(withDictionary(['', 'ab', '解'])('能解压')).toEqual(['解压']);
      expect(withDictionary(['', '  ', 'docker'])('docker 镜像')).toEqual(['docker', '镜像']);
    });
  });

  it('reads a reader’s word as the terms of the group it means, without searching the word itself', () => {
    const withReaderWords: SearchTerms = { ...terms, readerWords: [{ word: '变小', means: 'Volume' }, { word: '找不到的词', means: '不存在' }] };
    expect(understandQuery('镜像怎么变小', withReaderWords).concepts).toEqual([
      { text: '镜像', alternatives: ['镜像'], weight: 1 },
      { text: '变小', alternatives: ['数据卷', '存储卷', 'volume', '-v'], weight: 1 },
    ]);
    // A reader's word for a term of no group (the data file forbids it) is an ordinary word.
    expect(understandQuery('找不到的词', withReaderWords).concepts).toEqual(understandQuery('找不到的词', terms).concepts);
    expect(hasReaderWord('镜像怎么变小？', ['变小'])).toBe(true);
    expect(hasReaderWord('镜像变大', ['变小'])).toBe(false);
  });

  it('weighs a lone character or a number as a question word, not a synonym term of one character', () => {
    // Over a dictionary without 到底, 到 (filler) comes off and 底 is left alone.
    const withVolume: SearchTerms = { ...terms, synonyms: [...terms.synonyms, ['卷', 'volume']].slice(1), filler: [...terms.filler, '到'], dictionary: ['个人'] };
    const weights = Object.fromEntries(understandQuery('到底 2 个 卷', withVolume).concepts.map((concept) => [concept.text, concept.weight]));
    expect(weights).toEqual({ 底: QUESTION_WORD_WEIGHT, 2: QUESTION_WORD_WEIGHT, 个: QUESTION_WORD_WEIGHT, 卷: 1 });
  });

  it('drops stopwords from a question like filler words', () => {
    const withStopwords: SearchTerms = { ...terms, stopwords: ['自己', '以后'], dictionary: ['重启'] };
    expect(understandQuery('重启以后容器自己起来', withStopwords).concepts.map((concept) => concept.text)).toEqual(['重启', '容器', '起来']);
  });

  it('also searches an English plural as its singular, as the pages’ keywords say it', () => {
    expect(singularOf('containers')).toEqual(['container']);
    expect(singularOf('policies')).toEqual(['policy']);
    expect(singularOf('processes')).toEqual(['process', 'processe']);
    expect(singularOf('caches')).toEqual(['cach', 'cache']);
    for (const word of ['process', 'status', 'docker', 'cgroups1', 'ps', 'k8s', '镜像们']) expect(singularOf(word), word).toEqual([]);
    expect(understandQuery('where images stored', terms).concepts.map((concept) => concept.alternatives)).toEqual([['where'], ['images', 'image'], ['stored']]);
  });

  it('survives hostile input', () => {
    expect(understandQuery('', terms).concepts).toEqual([]);
    expect(understandQuery('？？？ …… ！！', terms).concepts).toEqual([]);
    expect(texts('.*+?^${}()|[]\\')).toEqual([]);
    expect(texts('<script>alert(1)</script>')).toEqual(['script', 'alert', '1']);
    // A pasted wall of text: every concept once.
    expect(texts('容器和镜像的区别'.repeat(500))).toEqual(['容器', '镜像', '区别']);
  });
});
