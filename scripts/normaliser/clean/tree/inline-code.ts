/**
 * Inline code in prose (Fix kind `inline-code`):
 *
 * - flags and commands that lost their separator are split where the known names make it
 *   unambiguous: `-m--memory` was "`-m` 或 `--memory`" (short and long form of one option),
 *   `--memory-reservation--cpu-period--cpu-quota` a list, `docker createdocker start` two commands,
 *   `syslogfluentd` two log drivers. Two names of one option join with 或, two different names with
 *   和, three or more with 、;
 * - Docker commands (`docker run`, `docker network inspect`, with the plain arguments that follow)
 *   and known flags (`--cpus`) written as plain prose are wrapped in inline code.
 */
import type { InlineCode, Parent, PhrasingContent, Text } from 'mdast';
import type { NoteRecord } from '../../model.ts';
import type { CodeVocabulary } from './data.ts';
import { editEntries, escapeRegExp, forEachProseText, preparedPer, type TreePass } from './edit.ts';

/** Splits `token` into a sequence of names from `names` (longest first), or undefined. */
export function segment(token: string, names: ReadonlySet<string>): string[] | undefined {
  if (token === '') return [];
  const candidates = [...names].filter((name) => token.startsWith(name)).sort((a, b) => b.length - a.length);
  for (const name of candidates) {
    const rest = segment(token.slice(name.length), names);
    if (rest) return [name, ...rest];
  }
  return undefined;
}

/** Joins names: 或 for two names of one option, 和 for two, 、 for more. */
function joiner(names: string[], aliases: ReadonlyMap<string, string>): string {
  if (names.length === 2 && (aliases.get(names[0]!) === names[1] || aliases.get(names[1]!) === names[0])) return ' 或 ';
  return names.length === 2 ? ' 和 ' : '、';
}

/** The command text at the start of `rest` (after `docker <subcommand>`): plain arguments. */
function commandArguments(rest: string): string {
  const match = rest.match(/^(?: +[^\s，。；：！？、,;\u3400-\u9fff]+)*/u);
  let args = match?.[0] ?? '';
  // A placeholder argument in Chinese (`-t 镜像名:tag`): keep only the command, not half its arguments.
  const after = rest.slice(args.length);
  if (/^\s*[\u3400-\u9fff]+[A-Za-z0-9:<[]/u.test(after)) return '';
  args = args.replace(/[.:]+$/, '');
  // Unbalanced parentheses mean the arguments ran into the sentence.
  const opens = (args.match(/\(/g) ?? []).length;
  const closes = (args.match(/\)/g) ?? []).length;
  return opens === closes ? args : '';
}

interface Vocabulary {
  flags: ReadonlySet<string>;
  aliases: ReadonlyMap<string, string>;
  drivers: ReadonlySet<string>;
  pattern: RegExp;
}

/** The vocabulary's flags, aliases, log drivers and the expression finding commands and flags in prose. */
const prepare = preparedPer((vocabulary: CodeVocabulary): Vocabulary => {
  const flags = new Set<string>();
  const aliases = new Map<string, string>();
  for (const flag of vocabulary.dockerFlags) {
    flags.add(flag.long);
    if (flag.short) {
      flags.add(flag.short);
      aliases.set(flag.short, flag.long);
    }
  }
  const subs = [...vocabulary.dockerSubcommands].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const mgmt = [...vocabulary.dockerManagementSubcommands].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const command = `docker (?:${subs})(?: (?:${mgmt})(?![\\w-]))?`;
  const pattern = new RegExp(
    [
      `(?<commands>(?<![\\w./-])(?:sudo )?(?:${command})(?:${command})*(?![\\w-]))`,
      `(?<compose>(?<![\\w./-])docker-compose (?:up|down|ps|logs|build|config|exec|run|pull|push|restart|start|stop|version)(?![\\w-]))`,
      `(?<flags>(?<![\\w./-])-{1,2}[A-Za-z][A-Za-z0-9-]*(?![\\w-]))`,
      `(?<word>(?<![\\w./-])[a-z][a-z-]{5,}(?![\\w-]))`,
    ].join('|'),
    'g',
  );
  return { flags, aliases, drivers: new Set(vocabulary.logDrivers), pattern };
});

/** The nodes `text` becomes, or undefined when nothing changes; `details` gets one line per change. */
function rewrite(text: Text, vocabulary: Vocabulary, details: string[]): PhrasingContent[] | undefined {
  const value = text.value;
  const nodes: PhrasingContent[] = [];
  let copied = 0;
  const code = (name: string): InlineCode => ({ type: 'inlineCode', value: name });
  const emit = (index: number, length: number, replacement: PhrasingContent[]) => {
    if (index > copied) nodes.push({ type: 'text', value: value.slice(copied, index) });
    nodes.push(...replacement);
    copied = index + length;
  };
  const list = (names: string[], join: string): PhrasingContent[] =>
    names.flatMap((name, at) => (at === 0 ? [code(name)] : [{ type: 'text', value: join } as Text, code(name)]));

  for (const match of value.matchAll(vocabulary.pattern)) {
    const index = match.index;
    if (index < copied) continue;
    const groups = match.groups ?? {};
    if (groups.commands !== undefined) {
      const commands = groups.commands.split(/(?<=\S)(?=docker )/);
      if (commands.length > 1) {
        emit(index, groups.commands.length, list(commands, joiner(commands, new Map())));
        details.push(`${groups.commands} -> ${commands.join(' / ')}`);
      } else {
        const args = commandArguments(value.slice(index + groups.commands.length));
        const whole = groups.commands + args;
        emit(index, whole.length, [code(whole)]);
        details.push(`${whole} -> \`${whole}\``);
      }
    } else if (groups.compose !== undefined) {
      emit(index, groups.compose.length, [code(groups.compose)]);
      details.push(`${groups.compose} -> \`${groups.compose}\``);
    } else if (groups.flags !== undefined) {
      const names = segment(groups.flags, vocabulary.flags);
      if (!names) continue;
      emit(index, groups.flags.length, list(names, joiner(names, vocabulary.aliases)));
      details.push(names.length > 1 ? `${groups.flags} -> ${names.join(' / ')}` : `${groups.flags} -> \`${groups.flags}\``);
    } else if (groups.word !== undefined && !vocabulary.drivers.has(groups.word)) {
      const drivers = segment(groups.word, vocabulary.drivers);
      if (!drivers || drivers.length < 2) continue;
      emit(index, groups.word.length, [{ type: 'text', value: drivers.join('、') }]);
      details.push(`${groups.word} -> ${drivers.join('、')}`);
    }
  }
  if (copied === 0) return undefined;
  if (copied < value.length) nodes.push({ type: 'text', value: value.slice(copied) });
  return nodes;
}

/** Splits glued flags and commands and wraps commands and flags in prose as inline code. */
export const markInlineCode: TreePass = (note: NoteRecord, context) => {
  const vocabulary = prepare(context.data.vocabulary);
  return editEntries(note, 'clean/inline-code', (entry, log) => {
    const edits: Array<{ parent: Parent; index: number; nodes: PhrasingContent[] }> = [];
    forEachProseText(entry.answer, (text, parent, index) => {
      const details: string[] = [];
      const nodes = rewrite(text, vocabulary, details);
      if (!nodes) return;
      for (const node of nodes) if (text.position) node.position = text.position;
      edits.push({ parent, index, nodes });
      for (const detail of details) log.fix('inline-code', detail, text);
    });
    // Replace from the last edit back, so earlier indices stay valid.
    for (const { parent, index, nodes } of edits.reverse()) {
      (parent.children as PhrasingContent[]).splice(index, 1, ...nodes);
    }
  });
};
