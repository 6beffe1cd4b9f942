/**
 * Split a question title into glossary phrases, ASCII words and, for the Chinese the glossary
 * does not know, the words a translator gives (dictionary English, else pinyin). Longest
 * glossary match wins at each position.
 */
import { matchForm, type IdTerms, type PhraseRole } from './id-terms.ts';
import { pinyinTranslator, type HanTranslator } from './translate-han.ts';

/** Where a term's words came from. */
export type TermOrigin = 'glossary' | 'ascii' | 'dictionary' | 'pinyin';

/** One piece of a title. */
export interface TitleToken {
  /** `break` is punctuation; the rest are glossary roles. */
  kind: PhraseRole | 'break';
  /** The title text this token covers, in match form. */
  text: string;
  /** Id words of a term; empty for other kinds. */
  words: string[];
  /** For terms: glossary, an ASCII word as written, or pinyin. */
  origin?: TermOrigin;
  /** True inside parentheses (`数据卷(Volume)`): an alias of what precedes. */
  inParens: boolean;
}

const asciiWordChar = /[a-z0-9]/;
const asciiWord = /^[a-z0-9]+(?:[-_./+][a-z0-9]+)*/;
const han = /\p{Script=Han}/u;

/**
 * Split a title into tokens, in order. Runs of Chinese the glossary lacks go to `translate`
 * (default: one pinyin word per run, which is all search keywords need: they skip those).
 */
export function titleTokens(title: string, terms: IdTerms, translate: HanTranslator = pinyinTranslator): TitleToken[] {
  const text = matchForm(title);
  const tokens: TitleToken[] = [];
  let depth = 0;
  let unknownHan = '';
  const flushHan = (): void => {
    if (!unknownHan) return;
    const previous = tokens[tokens.length - 1];
    const afterNumber = previous?.origin === 'ascii' && /^\d+$/.test(previous.text);
    for (const word of translate(unknownHan, { afterNumber })) {
      if (word.words.length > 0) tokens.push({ kind: 'term', text: word.text, words: word.words, origin: word.origin, inParens: depth > 0 });
    }
    unknownHan = '';
  };

  let index = 0;
  while (index < text.length) {
    const char = text[index] ?? '';
    const phrase = matchPhraseAt(text, index, terms);
    if (phrase) {
      flushHan();
      tokens.push({
        kind: phrase.role,
        text: phrase.text,
        words: phrase.words,
        ...(phrase.role === 'term' ? { origin: 'glossary' as const } : {}),
        inParens: depth > 0,
      });
      index += phrase.text.length;
      continue;
    }
    if (han.test(char)) {
      unknownHan += char;
      index += 1;
      continue;
    }
    flushHan();
    const ascii = asciiWordChar.test(char) ? asciiWord.exec(text.slice(index)) : null;
    if (ascii) {
      const words = ascii[0].split(/[-_./+]/).filter(Boolean);
      tokens.push({ kind: 'term', text: ascii[0], words, origin: 'ascii', inParens: depth > 0 });
      index += ascii[0].length;
      continue;
    }
    if (char === '(' || char === '[') depth += 1;
    if ((char === ')' || char === ']') && depth > 0) depth -= 1;
    if (char !== ' ') tokens.push({ kind: 'break', text: char, words: [], inParens: depth > 0 });
    index += 1;
  }
  flushHan();
  return tokens;
}

/** The longest glossary phrase at `index`, respecting ASCII word boundaries. */
function matchPhraseAt(text: string, index: number, terms: IdTerms) {
  const candidates = terms.phrasesByFirstChar.get(text[index] ?? '') ?? [];
  const before = text[index - 1] ?? '';
  for (const phrase of candidates) {
    if (!text.startsWith(phrase.text, index)) continue;
    const after = text[index + phrase.text.length] ?? '';
    const first = phrase.text[0] ?? '';
    const last = phrase.text[phrase.text.length - 1] ?? '';
    if (asciiWordChar.test(first) && continuesWord(before, text[index - 2] ?? '')) continue;
    if (asciiWordChar.test(last) && continuesWord(after, text[index + phrase.text.length + 1] ?? '')) continue;
    return phrase;
  }
  return undefined;
}

/** True when `char` (followed by `next` on the far side) continues an ASCII word: `a`, or `-` in `docker-in`. */
function continuesWord(char: string, next: string): boolean {
  return asciiWordChar.test(char) || (/[-_]/.test(char) && asciiWordChar.test(next));
}
