/**
 * Finds docker commands in an answer's mdast tree and checks them: shell code blocks (and
 * untagged ones), Dockerfile and Compose blocks, inline code, and prose spans that are clearly
 * commands (`使用 docker status <name> 查看`, a pasted `[root@host ~]# docker ps` line).
 * Positions are lines of the original note, taken from the tree's node positions.
 */
import type { Code, InlineCode, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { checkInvocation, defaultCheckTables, type CheckTables } from './check-command.ts';
import { checkCompose, looksLikeCompose } from './check-compose.ts';
import { isCommandAside } from './command-aside.ts';
import { checkDockerfile } from './check-dockerfile.ts';
import type { CommandFinding } from './finding.ts';
import { findDockerInvocations, type DockerInvocation } from './parse-command.ts';

/** Where in the answer a command was found. */
export type CommandPlace = 'code' | 'inline-code' | 'prose';

/** One docker command in a tree. */
export interface CommandOccurrence {
  place: CommandPlace;
  invocation: DockerInvocation;
  /** 1-based line in the note (the node's position plus the command's line in it). */
  line: number;
}

/** A finding in a tree, with the note line and where it was found. */
export interface TreeFinding extends CommandFinding {
  place: CommandPlace;
}

// `text` blocks are not checked: the code-block cleaner tags terminal output and sessions whose
// output is glued onto the command (`docker psCONTAINER ID ...`) as text, to be read, not run.
const SHELL_LANGS = new Set(['', 'bash', 'sh', 'shell', 'console', 'zsh', 'shell-session', 'sh-session', 'shellsession', 'cmd', 'terminal']);
const DOCKERFILE_LANGS = new Set(['dockerfile', 'docker']);
const YAML_LANGS = new Set(['yaml', 'yml']);
// A prose run ends at the first CJK character or full-width punctuation.
const PROSE_STOP = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const PROSE_START = /(?<![\w./-])(?:sudo\s+)?(?:docker|docker-compose|docker-machine|boot2docker)(?=\s|$)/g;

/** Every docker command in `tree`, in document order. */
export function findCommandsInTree(tree: Root, tables: CheckTables = defaultCheckTables): CommandOccurrence[] {
  const occurrences: CommandOccurrence[] = [];
  visit(tree, (node) => {
    // An aside the checker added quotes the wrong command on purpose.
    if (isCommandAside(node)) return SKIP;
    if (node.type === 'code') {
      const code = node as Code;
      if (blockKind(code, tables) !== 'shell') return;
      for (const invocation of findDockerInvocations(code.value)) {
        occurrences.push({ place: 'code', invocation, line: codeStartLine(code) + invocation.line - 1 });
      }
    } else if (node.type === 'inlineCode') {
      const inline = node as InlineCode;
      for (const invocation of findDockerInvocations(inline.value)) {
        // `跟 \`docker daemon\` 交互`: a bare noun-like command in inline code names the thing, not a command.
        if (!invocation.nested && bareNoun(invocation, tables)) continue;
        occurrences.push({ place: 'inline-code', invocation, line: (inline.position?.start.line ?? 1) + invocation.line - 1 });
      }
    } else if (node.type === 'text') {
      const text = node as Text;
      const startLine = text.position?.start.line ?? 1;
      text.value.split('\n').forEach((lineText, offset) => {
        for (const run of proseRuns(lineText)) {
          for (const invocation of findDockerInvocations(run)) {
            if (!invocation.nested && !clearlyACommand(invocation, tables)) continue;
            occurrences.push({ place: 'prose', invocation, line: startLine + offset });
          }
        }
      });
    }
  });
  return occurrences;
}

/**
 * Checks every command, Dockerfile block and Compose block in `tree`, plus Dockerfile
 * misspellings in prose (`ENTRYOINT`). Sorted by line, then subject.
 */
export function checkTree(tree: Root, tables: CheckTables = defaultCheckTables): TreeFinding[] {
  const findings: TreeFinding[] = [];
  for (const occurrence of findCommandsInTree(tree, tables)) {
    for (const item of checkInvocation(occurrence.invocation, tables)) {
      findings.push({ ...item, line: occurrence.line, place: occurrence.place });
    }
  }
  const proseTypos = Object.keys(tables.dockerfile.typos).filter((typo) => typo.length >= 5).sort();
  visit(tree, (node) => {
    if (isCommandAside(node)) return SKIP;
    if (node.type === 'code') {
      const code = node as Code;
      const kind = blockKind(code, tables);
      const start = codeStartLine(code);
      const blockFindings = kind === 'dockerfile' ? checkDockerfile(code.value, tables) : kind === 'compose' ? checkCompose(code.value, tables) : [];
      for (const item of blockFindings) findings.push({ ...item, line: start + item.line - 1, place: 'code' });
    } else if (node.type === 'text' || node.type === 'inlineCode') {
      const { value, position } = node as Text | InlineCode;
      value.split('\n').forEach((lineText, offset) => {
        for (const typo of proseTypos) {
          if (!new RegExp(`(?<![A-Za-z])${typo}(?![A-Za-z])`).test(lineText)) continue;
          const fix = tables.dockerfile.typos[typo] ?? '';
          findings.push({
            kind: 'unknown-instruction',
            severity: 'error',
            command: lineText.trim(),
            subject: typo,
            reason: `"${typo}" is not a Dockerfile instruction; "${fix}" is meant.`,
            replacement: fix,
            line: (position?.start.line ?? 1) + offset,
            place: node.type === 'text' ? 'prose' : 'inline-code',
          });
        }
      });
    }
  });
  return findings.sort((a, b) => a.line - b.line || compare(a.subject, b.subject) || compare(a.kind, b.kind) || compare(a.command, b.command));
}

/** What a code block holds, from its language tag or, when untagged, its content. */
export function blockKind(code: Code, tables: CheckTables = defaultCheckTables): 'shell' | 'dockerfile' | 'compose' | 'other' {
  const lang = (code.lang ?? '').toLowerCase();
  if (DOCKERFILE_LANGS.has(lang)) return 'dockerfile';
  if (YAML_LANGS.has(lang)) return looksLikeCompose(code.value) ? 'compose' : 'other';
  if (!SHELL_LANGS.has(lang)) return 'other';
  if (lang === '' && looksLikeDockerfile(code.value, tables)) return 'dockerfile';
  if (lang === '' && looksLikeCompose(code.value)) return 'compose';
  return 'shell';
}

/**
 * An untagged block is a Dockerfile when most of its lines start with an upper-case word and one
 * of those words is FROM or a misspelling of it (`FORM alpine`).
 */
function looksLikeDockerfile(text: string, tables: CheckTables): boolean {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
  const firstWords = lines.map((line) => line.split(/\s+/)[0] ?? '');
  const upper = firstWords.filter((word) => /^[A-Z]{2,}$/.test(word)).length;
  const from = firstWords.some((word) => word === 'FROM' || tables.dockerfile.typos[word] === 'FROM');
  return from && upper >= lines.length * 0.6;
}

/** First line of a code block's content: the line after the opening fence when fenced. */
function codeStartLine(code: Code): number {
  const start = code.position?.start.line ?? 1;
  const end = code.position?.end.line ?? start;
  const contentLines = code.value === '' ? 0 : code.value.split('\n').length;
  return end - start + 1 > contentLines ? start + 1 : start;
}

/** The ASCII runs of a prose line that start with a docker program, cut at the first CJK character. */
function proseRuns(line: string): string[] {
  const runs: string[] = [];
  const starts = [...line.matchAll(PROSE_START)].map((match) => match.index ?? 0);
  starts.forEach((start, index) => {
    const end = starts[index + 1] ?? line.length;
    const text = line.slice(start, end);
    const stop = PROSE_STOP.exec(text);
    // Half-width `,` `.` `:` end a clause in these notes: `使用 docker network inspect,来查看`.
    runs.push((stop ? text.slice(0, stop.index) : text).trim().replace(/[,.;:!?]+$/, ''));
  });
  return runs;
}

/**
 * A docker mention in running text is a command when it names a command and gives it something:
 * arguments or flags (`docker run -d nginx`), or a command that is never a noun (`docker status`).
 */
function clearlyACommand(invocation: DockerInvocation, tables: CheckTables): boolean {
  const [first, second] = invocation.argv;
  if (first === undefined) return false;
  if (first.startsWith('-')) return true;
  if (invocation.program !== 'docker') {
    return invocation.program === 'docker-compose' ? composeCommand(first, tables) : /^[a-z][a-z-]*$/.test(first);
  }
  const removed = tables.removed.commands.find((entry) => entry.path === first || entry.path.startsWith(`${first} `));
  if (removed) return second !== undefined || removed.nounInProse !== true;
  const known = tables.commands.root.commands?.[first];
  return known !== undefined && (second !== undefined || known.commands === undefined);
}

/** A removed command that prose also uses as a noun (`docker daemon`), written with no arguments. */
function bareNoun(invocation: DockerInvocation, tables: CheckTables): boolean {
  const [first, ...rest] = invocation.argv;
  return invocation.program === 'docker' && rest.length === 0 && tables.removed.commands.some((entry) => entry.path === first && entry.nounInProse === true);
}

function composeCommand(word: string, tables: CheckTables): boolean {
  return Object.hasOwn(tables.commands.root.commands?.compose?.commands ?? {}, word);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

