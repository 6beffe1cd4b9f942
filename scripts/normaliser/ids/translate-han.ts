/**
 * English id words for a run of Chinese the id glossary does not know: the run is split into
 * dictionary words by longest match, each word gets the words of its best sense
 * (gloss-words.ts), and only characters the dictionary lacks are spelt in pinyin.
 */
import { pinyin } from 'pinyin-pro';
import type { ChineseDictionary } from './cedict.ts';
import { glossIdWords, isClassifier } from './gloss-words.ts';

/** One word of a translated run. */
export interface HanWord {
  /** The Chinese it covers. */
  text: string;
  /** Its id words; empty for a measure word after a number, which the id drops. */
  words: string[];
  origin: 'dictionary' | 'pinyin';
}

/** Where a run stands in its title. */
export interface HanContext {
  /** The run follows a number (`100道`): a measure word at its start is dropped. */
  afterNumber: boolean;
}

/** Turns a run of unknown Chinese into id words. */
export type HanTranslator = (run: string, context: HanContext) => HanWord[];

/**
 * The whole run in pinyin, one word: what ids were before a dictionary, and what a run the
 * dictionary cannot read becomes.
 * @example pinyinTranslator('编排', { afterNumber: false }) // [{ text: '编排', words: ['bianpai'], origin: 'pinyin' }]
 */
export const pinyinTranslator: HanTranslator = (run) => {
  const word = pinyinWord(run);
  return word ? [{ text: run, words: [word], origin: 'pinyin' }] : [];
};

/**
 * A translator over a dictionary: longest dictionary word first at each position, characters it
 * lacks gathered into one pinyin word. `preferred` English words win ties between senses.
 * @example dictionaryTranslator(cedict)('维护', { afterNumber: false }) // [{ text: '维护', words: ['maintain'] … }] with 'maintain' preferred
 */
export function dictionaryTranslator(dictionary: ChineseDictionary, preferred: ReadonlySet<string> = new Set()): HanTranslator {
  return (run, { afterNumber }) => {
    const chars = [...run];
    const words: HanWord[] = [];
    let unknown = '';
    const flushUnknown = (): void => {
      if (unknown) words.push(...pinyinTranslator(unknown, { afterNumber: false }));
      unknown = '';
    };
    let index = 0;
    while (index < chars.length) {
      const found = bestWordAt(chars, index, { afterNumber: afterNumber && index === 0 }, dictionary, preferred);
      if (!found) {
        unknown += chars[index];
        index += 1;
        continue;
      }
      flushUnknown();
      words.push(found);
      index += [...found.text].length;
    }
    flushUnknown();
    return words;
  };
}

/**
 * The longest dictionary word at `index` that has a usable sense (or is a measure word right
 * after a number), with its id words; undefined when no word there has one.
 */
function bestWordAt(
  chars: readonly string[],
  index: number,
  { afterNumber }: HanContext,
  dictionary: ChineseDictionary,
  preferred: ReadonlySet<string>,
): HanWord | undefined {
  for (let length = Math.min(dictionary.maxWordLength, chars.length - index); length >= 1; length -= 1) {
    const text = chars.slice(index, index + length).join('');
    const entries = dictionary.glosses(text);
    if (!entries) continue;
    if (afterNumber && isClassifier(entries)) return { text, words: [], origin: 'dictionary' };
    const words = glossIdWords(entries, { preferred, englishUses: dictionary.englishUses });
    if (words) return { text, words, origin: 'dictionary' };
  }
  return undefined;
}

/** Toneless pinyin of Chinese text as one ASCII word. */
function pinyinWord(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed' }).join('').replace(/[^a-z0-9]/g, '');
}
