/**
 * Checks one docker invocation against the command table: the subcommand path, every flag
 * (global flags before the subcommand, `--flag=value`, combined shorthands `-itd`, values of
 * known-wrong filters), and the removed/deprecated table. Words after `--`, and after the first
 * positional of commands like `docker run IMAGE [COMMAND]`, belong to the container's own
 * command and are not checked.
 */
import { closest, distance } from 'fastest-levenshtein';
import { defaultCommandTable, subcommand, type CliFlag, type CommandSpec, type CommandTable } from './command-table.ts';
import { defaultDockerfileTable, type DockerfileTable } from './dockerfile-table.ts';
import { DEFAULT_SEVERITY, type CommandFinding } from './finding.ts';
import type { DockerInvocation } from './parse-command.ts';
import { defaultRemovedTable, type RemovedEntry, type RemovedTable } from './removed-table.ts';

/** Everything the checker looks things up in. */
export interface CheckTables {
  commands: CommandTable;
  removed: RemovedTable;
  dockerfile: DockerfileTable;
}

/** The project's tables. */
export const defaultCheckTables: CheckTables = {
  commands: defaultCommandTable,
  removed: defaultRemovedTable,
  dockerfile: defaultDockerfileTable,
};

// `-h` is cobra's deprecated help shorthand; it is accepted wherever a command has no `-h` of its own.
const HELP_FLAG: CliFlag = { name: '--help', short: '-h', value: false };
// Dashes a word processor or a CJK input method puts where `-` or `--` belongs.
const TYPOGRAPHIC_DASH = /^[\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]+/;

/**
 * Checks one invocation and returns its findings (empty when the command is fine).
 *
 * @example
 *   checkInvocation({ program: 'docker', argv: ['status'], text: 'docker status', line: 1, nested: false })
 *   // [{ kind: 'unknown-command', subject: 'status', replacement: 'docker stats', ... }]
 */
export function checkInvocation(invocation: DockerInvocation, tables: CheckTables = defaultCheckTables): CommandFinding[] {
  if (invocation.program !== 'docker') return checkOtherProgram(invocation, tables.removed);
  const findings: CommandFinding[] = [];
  const report = (subject: string, entry: RemovedEntry): void => {
    findings.push(finding(invocation, subject, entry));
  };
  const root = tables.commands.root;
  const path: string[] = [];
  let node: CommandSpec = root;
  let inherited: CliFlag[] = [];
  let flagsComplete = true;
  const argv = invocation.argv;
  for (let index = 0; index < argv.length; index++) {
    const word = argv[index] ?? '';
    if (word === '--') break;
    if (isPlaceholder(word)) continue;
    const dashed = TYPOGRAPHIC_DASH.exec(word);
    if (word.startsWith('-') && word.length > 1 || dashed) {
      const flagWord = dashed ? word.replace(TYPOGRAPHIC_DASH, word.length - dashed[0].length > 1 ? '--' : '-') : word;
      const flags = [...node.flags, ...inherited, HELP_FLAG];
      const consumed = checkFlagWord(flagWord, argv[index + 1], flags, path, tables.removed, (subject, entry) => {
        report(subject, entry);
      });
      if (dashed) {
        report(word.split('=')[0] ?? word, {
          finding: 'unknown-flag',
          reason: `"${dashed[0]}" is a typographic dash; shell flags start with ASCII "-".`,
          replacement: flagWord.split('=')[0] ?? flagWord,
        });
      }
      if (!flagsComplete) downgradeUnknownFlags(findings);
      index += consumed;
      continue;
    }
    // A positional word: a subcommand while the node has subcommands, otherwise an argument.
    const removed = removedCommand(tables.removed, [...path, word]);
    const next = subcommand(node, word);
    if (removed) report([...path, word].join(' '), removed);
    if (!node.commands) {
      if (node.stopsAtFirstArg) break;
      continue;
    }
    if (!next) {
      if (!removed && !/[$`]/.test(word)) findings.push(unknownCommand(invocation, node, path, word));
      break;
    }
    inherited = [...inherited, ...(node.persistentFlags ?? [])];
    if (next.flagsComplete === false) flagsComplete = false;
    path.push(word);
    node = next;
  }
  return findings;
}

/** `docker-compose`, `docker-machine`, ...: report what the removed table says about the program. */
function checkOtherProgram(invocation: DockerInvocation, removed: RemovedTable): CommandFinding[] {
  const entry = removed.programs.find((program) => program.program === invocation.program);
  if (!entry) return [];
  // `docker-compose up -d` -> `docker compose up -d`: the subcommand and the flags right after it
  // (v1's `-v`/`--version` is v2's `version`); the rest may be output a copy-paste glued on.
  let replacement = entry.replacement;
  if (invocation.program === 'docker-compose' && replacement) {
    const [first, ...rest] = invocation.argv.map((word) => (/^--?v(ersion)?$/.test(word) ? 'version' : word));
    if (first !== undefined && /^[a-z][a-z-]*$/.test(first)) {
      const flags = rest.slice(0, Math.max(0, rest.findIndex((word) => !word.startsWith('-')))).filter((word) => word.startsWith('-'));
      replacement = [replacement, first, ...(rest.every((word) => word.startsWith('-')) ? rest : flags)].join(' ');
    }
  }
  return [finding(invocation, invocation.program, replacement ? { ...entry, replacement } : entry)];
}

/**
 * Checks one flag word (`--rm`, `--name=x`, `-itd`, `-p8080:80`) and returns how many following
 * words it consumed as its value (0 or 1).
 */
function checkFlagWord(
  word: string,
  nextWord: string | undefined,
  flags: readonly CliFlag[],
  path: readonly string[],
  removed: RemovedTable,
  report: (subject: string, entry: RemovedEntry) => void,
): number {
  if (word.startsWith('--')) {
    const equals = word.indexOf('=');
    const name = equals === -1 ? word : word.slice(0, equals);
    const flag = flags.find((candidate) => candidate.name === name) ?? removedFlag(removed, path, name);
    const value = equals === -1 ? nextWord : word.slice(equals + 1);
    checkKnownFlag(name, flag, value, flags, path, removed, report);
    return flag?.value && equals === -1 ? 1 : 0;
  }
  // Shorthands: every letter is a flag until one takes a value; the rest of the word is its value.
  for (let position = 1; position < word.length; position++) {
    const name = `-${word[position]}`;
    const flag = flags.find((candidate) => candidate.short === name) ?? removedFlag(removed, path, name);
    // `-aCONTAINER ID ...`, `-vDocker version ...`: a copy-paste glued the output onto the flags.
    const glueAt = flag ? -1 : word.slice(2).search(/[A-Z][A-Za-z]{2,}/) + 2;
    if (glueAt > 1 && glueAt <= position + 1) {
      const kept = word.slice(0, glueAt);
      report(word, { finding: 'unknown-flag', reason: `"${word}" is ${kept} with output glued on.`, replacement: kept });
      return 0;
    }
    if (!flag?.value) {
      checkKnownFlag(name, flag, undefined, flags, path, removed, report);
      if (!flag) return 0;
      continue;
    }
    const value = word.slice(position + 1).replace(/^=/, '');
    checkKnownFlag(name, flag, value === '' ? nextWord : value, flags, path, removed, report);
    return value === '' ? 1 : 0;
  }
  return 0;
}

/** Reports a flag that the table lacks or the removed table names, and known-wrong values. */
function checkKnownFlag(
  name: string,
  flag: CliFlag | undefined,
  value: string | undefined,
  flags: readonly CliFlag[],
  path: readonly string[],
  removed: RemovedTable,
  report: (subject: string, entry: RemovedEntry) => void,
): void {
  const pathText = path.join(' ');
  const entry = removed.flags.find((candidate) => candidate.flag === name && candidate.paths.includes(pathText));
  if (entry) {
    report(name, entry);
    return;
  }
  if (!flag) {
    const names = flags.map((candidate) => candidate.name);
    const guess = name.startsWith('--') ? closest(name, names) : undefined;
    const unknown: RemovedEntry = {
      finding: 'unknown-flag',
      reason: `${['docker', ...path].join(' ')} has no ${name} flag.`,
    };
    if (guess !== undefined && distance(guess, name) <= 2) unknown.replacement = guess;
    report(name, unknown);
    return;
  }
  if (value === undefined) return;
  for (const rule of removed.values) {
    const names = [flag.name, flag.short].filter((candidate) => candidate !== undefined);
    if (rule.paths.includes(pathText) && rule.flags.some((ruleFlag) => names.includes(ruleFlag))) {
      const pattern = new RegExp(rule.pattern);
      if (pattern.test(value)) {
        const fixed = rule.replacement ? value.replace(pattern, rule.replacement) : undefined;
        report(value, fixed ? { ...rule, replacement: `${flag.name} ${fixed}` } : rule);
      }
    }
  }
}

/** A flag the table does not list but the removed table knows, so its value is skipped too. */
function removedFlag(removed: RemovedTable, path: readonly string[], name: string): CliFlag | undefined {
  const pathText = path.join(' ');
  const entry = removed.flags.find((candidate) => candidate.flag === name && candidate.paths.includes(pathText));
  if (!entry) return undefined;
  return name.startsWith('--') ? { name, value: entry.value } : { name, short: name, value: entry.value };
}

/** The removed-table entry for a command path (`['volume', 'backup']`), if any. */
function removedCommand(removed: RemovedTable, path: readonly string[]): RemovedEntry | undefined {
  const text = path.join(' ');
  return removed.commands.find((entry) => entry.path === text);
}

/** An unknown subcommand, with the nearest real one (or the one glued to output) as replacement. */
function unknownCommand(invocation: DockerInvocation, node: CommandSpec, path: readonly string[], word: string): CommandFinding {
  const parent = ['docker', ...path].join(' ');
  const names = Object.keys(node.commands ?? {}).sort();
  // `infoClient:` is `info` with its output glued on by a copy-paste.
  const glued = names
    .filter((name) => word.length > name.length && word.startsWith(name) && /^[^a-z-]/.test(word.slice(name.length)))
    .sort((a, b) => b.length - a.length)[0];
  const near = closest(word, names);
  const entry: RemovedEntry = glued
    ? { finding: 'unknown-command', reason: `${parent} has no command "${word}"; it looks like "${glued}" with output glued on.`, replacement: `${parent} ${glued}` }
    : { finding: 'unknown-command', reason: `${parent} has no command "${word}".` };
  if (!glued && near !== undefined && distance(near, word) <= 2 && near.length > 2) entry.replacement = `${parent} ${near}`;
  return finding(invocation, [...path, word].join(' '), entry);
}

/** Unknown flags on a command whose flag list is partial are only noted. */
function downgradeUnknownFlags(findings: CommandFinding[]): void {
  for (const item of findings) if (item.kind === 'unknown-flag') item.severity = 'info';
}

/** Usage placeholders: `[OPTIONS]`, `[-options]`, `<image>`, `...`. */
function isPlaceholder(word: string): boolean {
  return /^\[.*\]$|^<.*>$|^\.\.\.$|^…$/.test(word);
}

function finding(invocation: DockerInvocation, subject: string, entry: RemovedEntry): CommandFinding {
  const result: CommandFinding = {
    kind: entry.finding,
    severity: entry.severity ?? DEFAULT_SEVERITY[entry.finding],
    command: invocation.text,
    subject,
    reason: entry.reason,
    line: invocation.line,
  };
  if (entry.replacement !== undefined) result.replacement = entry.replacement;
  if (entry.zh !== undefined) result.zh = entry.zh;
  return result;
}
