/**
 * Shell lines in prose: recognising a command line, and splitting lines that copy-paste collapsed
 * (a session `[root@host ~]# cmd1[root@host ~]# cmd2`, commands glued after a comment, JSON output
 * glued after `cat file.json`). Pure string functions over the code vocabulary.
 */
import type { CodeVocabulary } from './data.ts';
import { CJK, escapeRegExp } from './edit.ts';

/** A shell prompt: `[root@host ~]# `, `[root@host dir]$ `, `docker@default:~$ `. */
export const PROMPT = /\[[\w.-]+@[\w.-]+(?:\s+[^\]\n]*)?\]\s*[#$]|[\w.-]+@[\w.-]+:[~/][^\s$#]*[$#]/g;

const startsWithPrompt = (line: string) => new RegExp(`^(?:${PROMPT.source})`).test(line);

/** CJK punctuation that only prose has. */
const CJK_PUNCTUATION = /[，。：；、！？“”「」（）]/u;

/** The part of a shell line before its `#` comment (a `#` at the start or after a space). */
function withoutComment(line: string): string {
  const at = line.search(/(?:^|\s)#/);
  return at === -1 ? line : line.slice(0, at);
}

/**
 * True when `line` is a shell command (optionally after a prompt or a root `# `): it starts with
 * a known command, and outside its comment has no Chinese punctuation and no Chinese word that is
 * not part of an argument placeholder (`镜像id`, `[卷名]`).
 * @example isCommandLine('docker save 镜像id -o /home/mysql.tar', vocabulary) // true
 * @example isCommandLine('docker cp 命令用于容器与主机之间的数据拷贝', vocabulary) // false
 */
export function isCommandLine(line: string, vocabulary: CodeVocabulary): boolean {
  let text = line.trim().replace(new RegExp(`^(?:${PROMPT.source})\\s*`), '');
  text = text.replace(/^[#$]\s+(?=\S)/, '');
  const [first, second = ''] = text.split(/\s+/);
  if (!first || !vocabulary.shellCommands.includes(first)) return false;
  if (first === 'docker' && second !== '' && !vocabulary.dockerSubcommands.includes(second) && !second.startsWith('-')) return false;
  const code = withoutComment(text);
  if (CJK_PUNCTUATION.test(code)) return false;
  const cjkRun = new RegExp(`${CJK.source}+`, 'gu');
  return code.split(/\s+/).every((token) => {
    if (!CJK.test(token) || /^[[<"'(].*[\]>"')]$/.test(token)) return true;
    // A placeholder argument: a short Chinese word with Latin letters or digits (`镜像id`, `容器name`).
    const longestRun = Math.max(...(token.match(cjkRun) ?? []).map((run) => run.length));
    return longestRun <= 3 && /[A-Za-z0-9]/.test(token.replace(cjkRun, ''));
  });
}

/** Phrases that start a command, for finding commands glued to what precedes them. */
function commandStarts(vocabulary: CodeVocabulary): RegExp {
  const docker = `docker (?:${vocabulary.dockerSubcommands.map(escapeRegExp).join('|')})(?![\\w-])`;
  const others = vocabulary.gluedCommandStarts.map(escapeRegExp).join('|');
  return new RegExp(`${docker}|${others}`, 'g');
}

/** Tokens after which `docker <subcommand>` is an argument, not a new command. */
const TAKES_COMMAND = /(?:^|\s)(?:sudo|time|exec|xargs|nohup|watch|\||&&|\|\||;)\s*$/;

/**
 * Splits one command line where another command was glued onto it: after a non-space character
 * (`mysql.tardocker save`), inside a `#` comment (`#重载unit配置文件systemctl start docker`), or
 * after two or more spaces (`... pstree -p  docker exec ...`).
 */
export function splitGluedCommands(line: string, vocabulary: CodeVocabulary): string[] {
  const starts = commandStarts(vocabulary);
  const cuts: number[] = [];
  const commentAt = () => {
    const last = cuts.at(-1) ?? 0;
    const at = line.slice(last).search(/(?:^|\s|[A-Za-z0-9])#(?!!)/);
    return at === -1 ? Infinity : last + at;
  };
  for (const match of line.matchAll(starts)) {
    const index = match.index;
    if (index === 0 || index <= (cuts.at(-1) ?? 0)) continue;
    const previous = line[index - 1] ?? '';
    const head = line.slice(cuts.at(-1) ?? 0, index);
    const glued = /[A-Za-z0-9)\].\u3400-\u9fff]/u.test(previous);
    const inComment = index > commentAt();
    const afterGap = /\s{2,}$/.test(head) && match[0].startsWith('docker ') && !TAKES_COMMAND.test(head);
    if ((glued || inComment || afterGap) && !/[($`=|"']$/.test(head.trimEnd())) cuts.push(index);
  }
  const pieces: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    pieces.push(line.slice(from, cut).trimEnd());
    from = cut;
  }
  pieces.push(line.slice(from).trimEnd());
  return pieces.filter((piece) => piece.trim() !== '');
}

/** Splits `text` before every prompt that is not at its start. */
export function splitAtPrompts(text: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const match of text.matchAll(PROMPT)) {
    if (match.index > from && text.slice(from, match.index).trim() !== '') {
      pieces.push(text.slice(from, match.index).trim());
      from = match.index;
    } else if (match.index > from) {
      from = match.index;
    }
  }
  pieces.push(text.slice(from).trim());
  return pieces.filter((piece) => piece !== '');
}

/** Pretty-prints `text` when it is a JSON object or array, else undefined. */
export function prettyJson(text: string): string | undefined {
  const trimmed = text.trim();
  if (!/^[{[]/.test(trimmed)) return undefined;
  try {
    return JSON.stringify(JSON.parse(trimmed), null, 2);
  } catch {
    return undefined;
  }
}

/** Splits JSON output glued after a command (`cat /etc/docker/daemon.json{ ... }`) onto its own lines. */
export function splitGluedJson(line: string): string[] {
  for (let at = line.indexOf('{'); at > 0; at = line.indexOf('{', at + 1)) {
    const json = prettyJson(line.slice(at));
    if (json) return [line.slice(0, at).trimEnd(), ...json.split('\n')];
  }
  return [line];
}

/**
 * True when a session line still carries terminal output glued to its command, which cannot be
 * cut off reliably: column output (3+ spaces), `word: ` output, `lowerUpper` word joins, or a line
 * too long to be one command.
 */
export function hasGluedOutput(line: string): boolean {
  const command = line.replace(new RegExp(`^(?:${PROMPT.source})\\s*`), '');
  const unquoted = withoutComment(command).replace(/"[^"]*"|'[^']*'/g, '""');
  return (
    command.length > 160 ||
    /\S {3,}\S/.test(unquoted) ||
    /[A-Za-z0-9]: /.test(unquoted) ||
    /[a-z0-9][A-Z][a-z]{2,}/.test(unquoted)
  );
}

/**
 * Restores one collapsed shell text to lines: split at prompts, then at glued commands, then JSON
 * output onto its own lines.
 */
export function restoreShellLines(text: string, vocabulary: CodeVocabulary): string[] {
  return splitAtPrompts(text)
    .flatMap((line) => {
      const prompt = line.match(new RegExp(`^(?:${PROMPT.source})\\s*`))?.[0] ?? '';
      const [first = '', ...rest] = splitGluedCommands(line.slice(prompt.length), vocabulary);
      return [prompt + first, ...rest];
    })
    .flatMap(splitGluedJson);
}

export { startsWithPrompt };
