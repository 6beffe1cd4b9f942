import { describe, expect, it } from 'vitest';
import { glossIdWords, isClassifier } from '../../../scripts/normaliser/ids/gloss-words.ts';

// Glosses as CC-CEDICT writes them (one list per entry), trimmed to what each case needs.
describe('glossIdWords', () => {
  it('takes a tech-tagged sense over the ones before it', () => {
    expect(glossIdWords([['journal', 'log (computing)']])).toEqual(['log']);
    expect(glossIdWords([['to roll', 'to scroll (computing)']])).toEqual(['scroll']);
  });

  it('drops "to", articles and parentheses, and takes the sense with the fewest words', () => {
    expect(glossIdWords([['high level', 'high grade', 'advanced', 'high-ranking']])).toEqual(['advanced']);
    expect(glossIdWords([['to start (a machine)', '(fig.) to set in motion']])).toEqual(['start']);
    expect(glossIdWords([['(computing) load balancing']])).toEqual(['load', 'balancing']);
  });

  it('prefers English the project already uses when senses are as short', () => {
    expect(glossIdWords([['to restrict', 'to limit']], { preferred: new Set(['limit']) })).toEqual(['limit']);
    expect(glossIdWords([['to restrict', 'to limit']])).toEqual(['restrict']);
  });

  it('skips cross references, surnames, pronunciation notes and words the dictionary hardly uses', () => {
    expect(glossIdWords([['surname Ti'], ['topic', 'exam question']])).toEqual(['topic']);
    expect(glossIdWords([['variant of 週|周[zhou1]'], ['week']])).toEqual(['week']);
    expect(glossIdWords([['part; portion; piece', 'Taiwan pr. [bu4fen4]']])).toEqual(['part']);
    const uses = (word: string) => (word === 'gyonshi' ? 1 : 50);
    expect(glossIdWords([['gyonshi', 'Chinese vampire', 'zombie']], { englishUses: uses })).toEqual(['zombie']);
  });

  it('gives nothing when no sense is plain short English', () => {
    expect(glossIdWords([['surname Zhang']])).toBeUndefined();
    expect(glossIdWords([['a long definition of something that takes many words']])).toBeUndefined();
    expect(glossIdWords([])).toBeUndefined();
  });
});

describe('isClassifier', () => {
  it('is true for a measure word', () => {
    expect(isClassifier([['road; path', 'classifier for long thin things, questions (in an exam etc)']])).toBe(true);
    expect(isClassifier([['topic', 'exam question']])).toBe(false);
  });
});
