import { describe, expect, it } from 'vitest';
import { loadCedict, type ChineseDictionary } from '../../../scripts/normaliser/ids/cedict.ts';
import { dictionaryTranslator, pinyinTranslator } from '../../../scripts/normaliser/ids/translate-han.ts';

/** A hand-made dictionary: 面试 and 面 overlap, so longest match matters; 道 can be a measure word. */
function smallDictionary(): ChineseDictionary {
  const words = new Map<string, string[][]>([
    ['面试', [['to be interviewed (as a candidate)', 'interview']]],
    ['面', [['face']]],
    ['题', [['topic', 'exam question']]],
    ['道', [['road; path', 'classifier for questions (in an exam etc)']]],
    ['张', [['surname Zhang']]],
  ]);
  return { glosses: (word) => words.get(word), maxWordLength: 2, englishUses: () => 10 };
}

const alone = { afterNumber: false };

describe('dictionaryTranslator', () => {
  it('splits a run by longest dictionary word and gives each its sense', () => {
    expect(dictionaryTranslator(smallDictionary())('面试题', alone)).toEqual([
      { text: '面试', words: ['interview'], origin: 'dictionary' },
      { text: '题', words: ['topic'], origin: 'dictionary' },
    ]);
  });

  it('spells in pinyin only what the dictionary lacks or cannot translate, one word per stretch', () => {
    expect(dictionaryTranslator(smallDictionary())('面试宿主机张', alone)).toEqual([
      { text: '面试', words: ['interview'], origin: 'dictionary' },
      { text: '宿主机张', words: ['suzhujizhang'], origin: 'pinyin' },
    ]);
  });

  it('drops a measure word right after a number, and reads it as a word elsewhere', () => {
    expect(dictionaryTranslator(smallDictionary())('道', { afterNumber: true })).toEqual([{ text: '道', words: [], origin: 'dictionary' }]);
    expect(dictionaryTranslator(smallDictionary())('道', alone)).toEqual([{ text: '道', words: ['road'], origin: 'dictionary' }]);
  });
});

describe('pinyinTranslator', () => {
  it('is the whole run as one toneless pinyin word', () => {
    expect(pinyinTranslator('编排', alone)).toEqual([{ text: '编排', words: ['bianpai'], origin: 'pinyin' }]);
  });
});

describe('dictionaryTranslator over CC-CEDICT', () => {
  it('translates everyday words of notes the glossary lacks', () => {
    const translate = dictionaryTranslator(loadCedict());
    const words = (run: string) => translate(run, alone).flatMap((word) => word.words);
    expect(words('名称')).toEqual(['name']);
    expect(words('备份')).toEqual(['backup']);
    expect(words('节点')).toEqual(['node']);
    expect(words('僵尸')).toEqual(['zombie']);
    expect(words('负载均衡')).toEqual(['load', 'balancing']);
    expect(translate('轮转', alone).every((word) => word.origin === 'dictionary')).toBe(true);
  });
});
