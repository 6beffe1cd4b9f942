/**
 * Classifiers for single lines of plain text: commands and shell sessions, question cues, list
 * markers, step labels. The word lists live in data/plain-text-cues.json.
 */
import { PLAIN_TEXT_CUES } from './plain-text-cues.ts';

export { PLAIN_TEXT_CUES };

const HAN = /\p{Script=Han}/u;
const SENTENCE_END = /[。.!！?？:：;；,，、…]$/;
const CUE_PREFIX = new RegExp(`^(${PLAIN_TEXT_CUES.questionPrefixes.join('|')})\\s*[:：]\\s*\\S`);

/** True when the text contains a Chinese character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Length in characters (code points), not UTF-16 units. */
export function charLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** True when the trimmed line ends with sentence or clause punctuation (。：，; …). */
export function endsWithPunctuation(text: string): boolean {
  return SENTENCE_END.test(text.trim());
}

/** The ordered-list marker at the start of a line (`1、`, `2.`, `**3、`, `（4）`, `(5)`, `6）`), or undefined. */
export function numberedMarker(text: string): { number: number; marker: string } | undefined {
  const match = /^(\*\*)?(?:(\d{1,3})(?:、|\.(?!\d)|．)|[（(](\d{1,3})[）)]|(\d{1,3})[）)])\s*/.exec(text.trim());
  if (!match) return undefined;
  return { number: Number(match[2] ?? match[3] ?? match[4]), marker: match[0] };
}

/** True for a line starting with a Chinese-numeral section marker (`一、`, `二、`). */
export function hasChineseNumeralMarker(text: string): boolean {
  return /^[一二三四五六七八九十]{1,3}、/.test(text.trim());
}

/** The bullet at the start of a line (`•`, `●`, `-`, `*`, `·`), or undefined. */
export function bulletMarker(text: string): string | undefined {
  const match = /^([•●·▪◆■]|[-*+](?=\s))\s*/.exec(text.trim());
  return match?.[0];
}

/** True when a line starts with an explicit question cue such as `聊聊:` or `说说:`. */
export function hasQuestionCue(text: string): boolean {
  return CUE_PREFIX.test(text.trim());
}

/** True when a line reads as a question: ends with ?/？ or holds a question word (什么, 如何, 区别, ...). */
export function isQuestionLike(text: string): boolean {
  const trimmed = text.trim();
  if (/[?？]\)?$/.test(trimmed)) return true;
  return PLAIN_TEXT_CUES.questionWords.some((word) => trimmed.includes(word));
}

/**
 * True for a line that is a command, a shell prompt, a collapsed shell session, config or
 * machine output rather than prose: starts with a known command word and an argument, a prompt
 * (`[root@host ~]#`), a path, JSON/INI brackets, or is one ASCII token holding a digit, `/`, `=`...
 * A command line that ends in a Chinese gloss in parentheses (`docker daemon (docker守护进程)`) is prose.
 */
export function isCommandLike(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return false;
  if (PLAIN_TEXT_CUES.promptPrefixes.some((prefix) => trimmed.startsWith(prefix))) return true;
  if (trimmed.includes('[root@') || trimmed.includes('docker@default:')) return true;
  if (/^[/{[|]/.test(trimmed)) return true;
  const firstWord = /^([A-Za-z][\w.-]*)(\s+|$)/.exec(trimmed);
  if (firstWord && PLAIN_TEXT_CUES.commandWords.includes(firstWord[1] ?? '') && firstWord[2] !== '') {
    const rest = trimmed.slice(firstWord[0].length);
    // `docker 镜像查看` (only Chinese after the word) and `docker daemon (docker守护进程)` are prose.
    if (!/[\x21-\x7e]/.test(rest)) return false;
    return !/[(（][^)）]*\p{Script=Han}[^)）]*[)）]$/u.test(trimmed);
  }
  if (!/\s/.test(trimmed) && !hasHan(trimmed) && /[\d/=@:]/.test(trimmed) && charLength(trimmed) >= 6) return true;
  // Mostly ASCII with shell punctuation: `配置私有仓库cat>/etc/docker/daemon.json<<EOF{...}`.
  const ascii = [...trimmed].filter((char) => char.charCodeAt(0) < 0x80).length;
  return charLength(trimmed) >= 20 && ascii / charLength(trimmed) >= 0.85 && /[/=>{}$|]/.test(trimmed) && /\s-{1,2}\w|[/>]/.test(trimmed);
}

/** True when a short line is a walkthrough step label (`查看活跃容器`, `结果如下`) rather than a heading. */
export function isStepLabel(text: string): boolean {
  const trimmed = text.trim().replace(/^\d{1,3}(、|\.)\s*/, '');
  return (
    PLAIN_TEXT_CUES.labelPrefixes.some((prefix) => trimmed.startsWith(prefix)) ||
    PLAIN_TEXT_CUES.labelSuffixes.some((suffix) => trimmed.endsWith(suffix))
  );
}
