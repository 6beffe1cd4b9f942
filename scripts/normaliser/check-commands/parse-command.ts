/**
 * Finds docker invocations in a shell snippet and splits each into argv.
 *
 * Word splitting and quoting are `shell-quote`'s; this module adds what it does not do for
 * note text: `\` line continuations, shell prompts (`$ `, `[root@host ~]# `, `user@host:~$ `,
 * also when a copy-paste glued several onto one line), `# ` as root prompt vs comment,
 * backticks, `$(...)` (commands inside are found too), here-documents, `<placeholder>` words,
 * and the prefixes a command hides behind (`sudo`, `FOO=bar`, `xargs`, `time`, ...).
 */
import { parse, type ParseEntry } from 'shell-quote';

/** One docker (or docker-compose, docker-machine ...) command found in a snippet. */
export interface DockerInvocation {
  /** The program as a command name: `docker`, `docker-compose` (a path is reduced to its name). */
  program: string;
  /** The words after the program: `['run', '-it', '--rm', 'ubuntu', 'bash']`. */
  argv: string[];
  /** The command for messages: program and argv, words with spaces quoted. */
  text: string;
  /** 1-based line in the snippet where the command's line starts. */
  line: number;
  /** The prompt the line started with, as written (`$`, `#`, `[root@host ~]#`), when it had one. */
  prompt?: string;
  /** True when found inside `$(...)` or backticks. */
  nested: boolean;
}

/** Programs recognised by default: the docker CLI and the retired tools a note may still use. */
export const DOCKER_PROGRAMS: readonly string[] = ['boot2docker', 'docker', 'docker-compose', 'docker-machine'];

// Prompts that may appear anywhere on a line (copy-paste glues sessions together).
// `user@host:~$ ` starts with a letter, so output glued in front of it (`2000docker@default:~$`) stays output.
const GLUED_PROMPT = /\[[^\[\]\n]*@[^\[\]\n]*\][#$]|[A-Za-z_][\w.-]*@[\w.-]+:[^\s#$]*[#$](?=\s|$)/g;
// Prompts only recognised at the start of a line.
const LEADING_PROMPT = /^(?:PS [A-Za-z]:\\[^>]*>|[$%>])(?=\s)/;
const ROOT_PROMPT_OR_COMMENT = /^#+/;
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const PLACEHOLDER = /<[A-Za-z_\u4e00-\u9fff][^<>\s]*>/g;
const HEREDOC = /<<-?\s*(['"]?)([A-Za-z_]\w*)\1/;

const SEPARATORS = new Set(['|', '||', '&&', ';', '&', ';;', '|&', '\n']);
const REDIRECTS = new Set(['>', '>>', '<', '>&', '<&', '>|', '<<', '<<<', '&>', '&>>', '<>']);
const ENV_ASSIGNMENT = /^[A-Za-z_]\w*=/;
// Wrappers that run the command after them, with the options that take a value.
const WRAPPERS: Record<string, { valueOptions: string[] }> = {
  sudo: { valueOptions: ['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U', '--user', '--group'] },
  doas: { valueOptions: ['-u', '-C'] },
  env: { valueOptions: ['-u', '-C', '-S'] },
  time: { valueOptions: ['-f', '-o'] },
  nohup: { valueOptions: [] },
  exec: { valueOptions: ['-a'] },
  command: { valueOptions: [] },
  xargs: { valueOptions: ['-I', '-n', '-L', '-P', '-d', '-E', '-s', '-a'] },
  watch: { valueOptions: ['-n', '-d'] },
};

/**
 * Finds every docker invocation in `snippet`.
 *
 * @example
 *   findDockerInvocations('$ sudo docker rm $(docker ps -aq)').map((c) => c.argv)
 *   // [['rm', '$(docker ps -aq)'], ['ps', '-aq']]
 */
export function findDockerInvocations(
  snippet: string,
  programs: readonly string[] = DOCKER_PROGRAMS,
): DockerInvocation[] {
  const found: DockerInvocation[] = [];
  for (const logical of logicalLines(snippet)) {
    for (const segment of promptSegments(logical.text)) {
      const commandLine = stripLeadingPrompt(segment, programs);
      if (!commandLine) continue;
      collectFromLine(commandLine.text, logical.line, commandLine.prompt, false, programs, found);
    }
  }
  return found;
}

/** A command line and the physical line it starts on. */
interface LogicalLine {
  line: number;
  text: string;
}

/** Joins `\`-continued lines and leaves out here-document bodies. */
function logicalLines(snippet: string): LogicalLine[] {
  const physical = snippet.replace(/\r\n?/g, '\n').split('\n');
  const lines: LogicalLine[] = [];
  let heredocEnd: string | undefined;
  for (let index = 0; index < physical.length; index++) {
    const start = index;
    let text = physical[index] ?? '';
    if (heredocEnd !== undefined) {
      if (text.trim() === heredocEnd) heredocEnd = undefined;
      continue;
    }
    while (/(?<!\\)(?:\\\\)*\\\s*$/.test(text) && index + 1 < physical.length) {
      text = `${text.replace(/\\\s*$/, '')} ${physical[++index] ?? ''}`;
    }
    const heredoc = HEREDOC.exec(text);
    if (heredoc?.[2]) heredocEnd = heredoc[2];
    lines.push({ line: start + 1, text });
  }
  return lines;
}

/** A piece of a line and the prompt in front of it. */
interface PromptSegment {
  prompt?: string;
  text: string;
}

/** Splits a line at prompts glued into it: `cmd1[root@h ~]# cmd2` -> `cmd1`, `cmd2`. */
function promptSegments(line: string): PromptSegment[] {
  const segments: PromptSegment[] = [];
  let last = 0;
  let prompt: string | undefined;
  for (const match of line.matchAll(GLUED_PROMPT)) {
    const before = line.slice(last, match.index);
    if (prompt !== undefined || before.trim() !== '') segments.push(segment(prompt, before));
    prompt = match[0];
    last = (match.index ?? 0) + match[0].length;
  }
  segments.push(segment(prompt, line.slice(last)));
  return segments;
}

function segment(prompt: string | undefined, text: string): PromptSegment {
  return prompt === undefined ? { text } : { prompt, text };
}

/**
 * Removes a prompt at the start of a segment. A leading `#` is a root prompt when what follows
 * starts a command this module looks for, and a comment otherwise (then the segment is skipped).
 */
function stripLeadingPrompt(segment: PromptSegment, programs: readonly string[]): PromptSegment | undefined {
  const text = segment.text.trim();
  const leading = LEADING_PROMPT.exec(text);
  if (leading) return { prompt: segment.prompt ?? leading[0], text: text.slice(leading[0].length).trim() };
  const hash = ROOT_PROMPT_OR_COMMENT.exec(text);
  if (hash) {
    const rest = text.slice(hash[0].length).trim();
    // `# docker 命令示例` is prose about docker; a command has no CJK outside its own `# comment`.
    const commandPart = rest.replace(/\s#.*$/, '');
    const isCommand = startsWithProgram(rest, programs) && !CJK.test(commandPart);
    return isCommand ? { prompt: segment.prompt ?? '#', text: rest } : undefined;
  }
  return { ...segment, text };
}

/** True when the first command of `text` (after sudo, FOO=bar, ...) runs one of `programs`. */
function startsWithProgram(text: string, programs: readonly string[]): boolean {
  const words = tokenize(text).filter((entry): entry is string => typeof entry === 'string');
  const command = unwrap(words);
  return command !== undefined && programs.includes(programName(command[0] ?? ''));
}

/** Tokenizes one command line with shell-quote, after making note text safe for it. */
function tokenize(text: string): ParseEntry[] {
  const placeholders: string[] = [];
  const marked = backticksToSubstitution(text).replace(PLACEHOLDER, (placeholder) => {
    placeholders.push(placeholder);
    return `\uE000${placeholders.length - 1}\uE001`;
  });
  // Keep `$VAR` as written: the notes' variables are not ours to expand.
  const entries = parse(marked, (name) => `$${name}`);
  const restore = (word: string): string =>
    word.replace(/\uE000(\d+)\uE001/g, (_, index: string) => placeholders[Number(index)] ?? '');
  return entries.map((entry) => {
    if (typeof entry === 'string') return restore(entry);
    if ('pattern' in entry) return restore(entry.pattern);
    return entry;
  });
}

/** Rewrites backticks outside single quotes to `$(` ... `)`. */
function backticksToSubstitution(text: string): string {
  let out = '';
  let quote: string | undefined;
  let open = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? '';
    if (char === '\\' && quote !== "'") {
      out += char + (text[index + 1] ?? '');
      index++;
      continue;
    }
    if (quote === undefined && (char === "'" || char === '"')) quote = char;
    else if (char === quote) quote = undefined;
    if (char === '`' && quote !== "'") {
      out += open ? ')' : '$(';
      open = !open;
      continue;
    }
    out += char;
  }
  return open ? `${out})` : out;
}

/** A command under construction: its words and whether it sits inside a substitution. */
interface Frame {
  words: string[];
  nested: boolean;
}

/** Splits a tokenized line into simple commands and records those that run a docker program. */
function collectFromLine(
  text: string,
  line: number,
  prompt: string | undefined,
  nested: boolean,
  programs: readonly string[],
  found: DockerInvocation[],
): void {
  const entries = tokenize(text);
  const stack: Frame[] = [{ words: [], nested }];
  let first = true;
  const finish = (frame: Frame): void => {
    const invocation = toInvocation(frame.words, line, first ? prompt : undefined, frame.nested, programs);
    if (invocation) found.push(invocation);
    if (frame.words.length > 0 && !frame.nested) first = false;
    frame.words = [];
  };
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index];
    const frame = stack[stack.length - 1];
    if (entry === undefined || frame === undefined) break;
    if (typeof entry === 'string') {
      const next = entries[index + 1];
      if (entry.endsWith('$') && typeof next === 'object' && 'op' in next && next.op === '(') {
        // `$(`: shell-quote splits it into a word ending in `$` and a `(` operator.
        if (entry.length > 1) frame.words.push(`${entry.slice(0, -1)}$(…)`);
        else frame.words.push('$(…)');
        stack.push({ words: [], nested: true });
        index++;
        continue;
      }
      frame.words.push(entry);
      // A substitution inside double quotes stays one word; look inside it too.
      for (const inner of substitutions(entry)) collectFromLine(inner, line, undefined, true, programs, found);
      continue;
    }
    if ('comment' in entry) break;
    if (!('op' in entry)) continue;
    if (entry.op === '(') {
      stack.push({ words: [], nested: frame.nested });
    } else if (entry.op === ')') {
      finish(frame);
      if (stack.length > 1) stack.pop();
    } else if (SEPARATORS.has(entry.op)) {
      finish(frame);
    } else if (REDIRECTS.has(entry.op)) {
      // `2>&1`: shell-quote leaves the file descriptor as a word of its own.
      const previous = frame.words[frame.words.length - 1];
      if (previous !== undefined && /^\d$/.test(previous)) frame.words.pop();
      index++; // the redirect target
    }
  }
  for (let depth = stack.length - 1; depth >= 0; depth--) {
    const frame = stack[depth];
    if (frame) finish(frame);
  }
}

/** The bodies of `$(...)` inside a word (balanced parentheses, outermost only). */
function substitutions(word: string): string[] {
  const bodies: string[] = [];
  let start = word.indexOf('$(');
  while (start !== -1) {
    let depth = 0;
    let end = -1;
    for (let index = start + 1; index < word.length; index++) {
      if (word[index] === '(') depth++;
      else if (word[index] === ')' && --depth === 0) {
        end = index;
        break;
      }
    }
    bodies.push(word.slice(start + 2, end === -1 ? word.length : end));
    if (end === -1) break;
    start = word.indexOf('$(', end);
  }
  return bodies;
}

/** Builds an invocation from a simple command's words, or undefined when it runs no docker program. */
function toInvocation(
  words: readonly string[],
  line: number,
  prompt: string | undefined,
  nested: boolean,
  programs: readonly string[],
): DockerInvocation | undefined {
  const command = unwrap(words);
  if (!command || command.length === 0) return undefined;
  const program = programName(command[0] ?? '');
  if (!programs.includes(program)) return undefined;
  const argv = command.slice(1);
  const invocation: DockerInvocation = { program, argv, text: [program, ...argv].map(displayWord).join(' '), line, nested };
  if (prompt !== undefined) invocation.prompt = prompt;
  return invocation;
}

/** Drops env assignments and wrapper commands (`sudo -E`, `xargs -n1`, `time`) in front of a command. */
function unwrap(words: readonly string[]): string[] | undefined {
  let index = 0;
  while (index < words.length) {
    const word = words[index] ?? '';
    if (ENV_ASSIGNMENT.test(word)) {
      index++;
      continue;
    }
    const wrapper = WRAPPERS[word];
    if (!wrapper) break;
    index++;
    while (index < words.length && (words[index] ?? '').startsWith('-')) {
      const option = words[index] ?? '';
      index += wrapper.valueOptions.includes(option) ? 2 : 1;
    }
  }
  return index < words.length ? words.slice(index) : undefined;
}

/** `/usr/local/bin/docker-compose` -> `docker-compose`. */
function programName(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}

function displayWord(word: string): string {
  return word === '' || /\s/.test(word) ? `"${word.replace(/(["\\$`])/g, '\\$1')}"` : word;
}
