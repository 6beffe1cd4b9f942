/**
 * The annotate-commands stage: checks every docker command, Dockerfile and Compose block of each
 * question's answer and puts an aside right after each block that has findings, so a page never
 * shows an invalid or outdated command without saying so. Runs on the questions (after ids), not
 * on entries: findings are per page, merged answers are checked as shown, and the editorial
 * decisions name pages by their stable id.
 *
 * Decisions (`commands` in editorial/overrides.yaml) change what a finding gets: `annotate` (own
 * explanation and replacement), `ignore`, `fix` (text substituted). Without one, a finding is
 * annotated with the checker's own text (`auto`). Pure: the model in, the model out.
 */
import type { BlockContent, Parents, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { IdRegistry } from '../ids/id-registry.ts';
import type { CanonicalQuestion, CommandCheck, CommandDecisionKind, CommandFindingRecord, Entry, Fix, Message, Model } from '../model.ts';
import { overridesMessage } from '../overrides/parse.ts';
import type { CommandDecision, Overrides } from '../overrides/schema.ts';
import { staleDecision, unmatchedIdMessage } from '../overrides/unmatched.ts';
import { defaultAsideText, type AsideText } from './aside-text.ts';
import { checkInvocation, defaultCheckTables, type CheckTables } from './check-command.ts';
import { commandAside, withoutCommandAsides, type AsideItem } from './command-aside.ts';
import { blockKind, checkTree, findCommandsInTree, type TreeFinding } from './find-commands-in-tree.ts';
import type { FindingKind } from './finding.ts';
import { countFixedByCleaning } from './fixed-by-cleaning.ts';
import { findDockerInvocations } from './parse-command.ts';

/** Kinds counted as `invalid` (never valid); the others (`removed`, `deprecated`) are `outdated`. */
export const INVALID_FINDING_KINDS: ReadonlySet<FindingKind> = new Set(['unknown-command', 'unknown-flag', 'invalid-value', 'unknown-instruction']);

/** Containers whose children are blocks of their own (an aside goes next to the child, inside). */
const FLOW_CONTAINERS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/** What the stage needs besides the model; the defaults are the project's tables and wording. */
export interface AnnotateOptions {
  tables?: CheckTables;
  text?: AsideText;
  /**
   * The committed id registry: a decision naming an id that is no page any more (merged into
   * another) applies to the page that now holds that id's entries.
   */
  registry?: IdRegistry;
}

/** A decision with its index in the overrides file's `commands` list. */
interface IndexedDecision {
  decision: CommandDecision;
  index: number;
}

/**
 * Check and annotate every question that has an id (hidden ones too, so a decision about a
 * hidden page is not an error). Sets `question.commands` and returns new answers with asides;
 * decisions that name no finding or `fix` text that is not on the page (the notes changed under
 * them) become stale-decision warnings saying what the page holds now, replacements that are
 * themselves flagged and ids no page ever had become errors, all naming the overrides file and
 * line (scripts/normaliser/overrides/unmatched.ts).
 */
export function annotateCommands(
  model: Model,
  overrides: Overrides,
  { tables = defaultCheckTables, text = defaultAsideText, registry }: AnnotateOptions = {},
): Model {
  const entriesByKey = new Map(model.notes.flatMap((note) => note.entries.map((entry) => [entry.key, entry] as const)));
  // A question's members only count fixes of their own notes: look those up, not every fix of the run.
  const fixesByNote = new Map<string, Fix[]>();
  for (const fix of model.notes.flatMap((note) => note.fixes)) {
    const ofNote = fixesByNote.get(fix.note);
    if (ofNote) ofNote.push(fix);
    else fixesByNote.set(fix.note, [fix]);
  }
  const used = new Set<number>();
  const messages: Message[] = [];
  const report = (index: number, reason: string): void => {
    messages.push(overridesMessage(overrides.file, overrides.lines.commands[index], `commands: ${reason}`));
  };
  // What the notes changed under a decision that matched once: a warning, not a failed run.
  const reportStale = (index: number, change: string): void => {
    messages.push(staleDecision(overrides.file, overrides.lines.commands[index], 'commands', change));
  };
  const decisionsById = new Map<string, IndexedDecision[]>();
  overrides.commands.forEach((decision, index) => {
    const id = pageIdFor(decision.id, model.questions, registry);
    if (id === undefined) {
      used.add(index);
      const line = overrides.lines.commands[index];
      messages.push(unmatchedIdMessage('commands', decision.id, line, { file: overrides.file, questions: model.questions, registry }));
      return;
    }
    decisionsById.set(id, [...(decisionsById.get(id) ?? []), { decision, index }]);
  });

  const questions = model.questions.map((question) => {
    if (question.id === undefined) return question;
    const members = question.members.map((key) => entriesByKey.get(key)).filter((entry): entry is Entry => entry !== undefined);
    const decisions = decisionsById.get(question.id) ?? [];
    const fixes = [...new Set(members.map((entry) => entry.source.note))].flatMap((note) => fixesByNote.get(note) ?? []);
    const result = annotateQuestion(question, members, fixes, decisions, { tables, text });
    for (const index of result.used) used.add(index);
    for (const { index, reason } of result.problems) reportStale(index, reason);
    return { ...question, answer: result.answer, commands: result.commands };
  });

  const findingsById = new Map(questions.map((question) => [question.id, question.commands?.findings ?? []]));
  overrides.commands.forEach((decision, index) => {
    if (!used.has(index)) {
      const where = decision.line === undefined ? '' : ` at line ${decision.line}`;
      const pageId = pageIdFor(decision.id, questions, registry) ?? decision.id;
      const onPage = [...new Set((findingsById.get(pageId) ?? []).map((finding) => `"${finding.subject}"`))];
      const now = onPage.length === 0 ? 'it has no findings now' : `its findings now: ${onPage.join(', ')}`;
      reportStale(index, `no finding with subject "${decision.subject}"${where} on the page ${pageId} (${now})`);
    }
    for (const reason of flaggedReplacement(decision, tables)) report(index, reason);
  });
  return { ...model, questions, messages: [...model.messages, ...messages] };
}

/** The id of the question a decision's id names: that id, or the page now holding its registry members. */
function pageIdFor(id: string, questions: readonly CanonicalQuestion[], registry: IdRegistry | undefined): string | undefined {
  if (questions.some((question) => question.id === id)) return id;
  const members = new Set(registry?.ids[id]?.members ?? []);
  return questions.find((question) => question.id !== undefined && question.members.some((key) => members.has(key)))?.id;
}

/** One question's annotated answer, its counts, the decisions it used and their problems. */
interface QuestionResult {
  answer: Root;
  commands: CommandCheck;
  used: number[];
  problems: { index: number; reason: string }[];
}

function annotateQuestion(
  question: CanonicalQuestion,
  members: readonly Entry[],
  fixes: readonly Fix[],
  decisions: readonly IndexedDecision[],
  { tables, text }: { tables: CheckTables; text: AsideText },
): QuestionResult {
  // Asides of an earlier run go first, so running the stage twice changes nothing.
  const answer = withoutCommandAsides(question.answer);
  const noteOf = noteAttribution(members, question.sources[0]?.note ?? '', tables);
  const findings: CommandFindingRecord[] = [];
  const used: number[] = [];
  const problems: { index: number; reason: string }[] = [];
  let fixedByDecision = 0;
  const checked = countChecked(answer, tables);
  const fixedByCleaning = countFixedByCleaning(answer, members, fixes, tables);

  forEachBlock(answer, (block) => {
    const items: AsideItem[] = [];
    const shown = new Set<string>();
    for (const finding of checkTree({ type: 'root', children: [block] }, tables)) {
      const match = decisions.find(({ decision }) => decision.subject === finding.subject && (decision.line === undefined || decision.line === finding.line));
      const decision: CommandDecisionKind = match?.decision.decision ?? 'auto';
      if (match) used.push(match.index);
      findings.push({
        note: noteOf(finding),
        line: finding.line,
        kind: finding.kind,
        severity: finding.severity,
        command: finding.command,
        subject: finding.subject,
        decision,
      });
      if (match?.decision.decision === 'ignore') continue;
      if (match?.decision.decision === 'fix') {
        const target = match.decision.match ?? finding.command;
        if (substitute(block, target, match.decision.replacement)) fixedByDecision += 1;
        else problems.push({ index: match.index, reason: `fix: the page ${question.id} does not show "${target}" now` });
        continue;
      }
      const item = asideItem(finding, match?.decision.decision === 'annotate' ? match.decision : undefined, text);
      const key = JSON.stringify([item.command, item.explanation, item.replacement]);
      if (!shown.has(key)) items.push(item);
      shown.add(key);
    }
    return items.length > 0 ? commandAside(items, text) : undefined;
  });

  const count = (wanted: (record: CommandFindingRecord) => boolean): number => findings.filter(wanted).length;
  return {
    answer,
    commands: {
      checked,
      invalid: count((record) => INVALID_FINDING_KINDS.has(record.kind as FindingKind)),
      outdated: count((record) => !INVALID_FINDING_KINDS.has(record.kind as FindingKind)),
      fixed: fixedByCleaning + fixedByDecision,
      annotated: count((record) => record.decision === 'auto' || record.decision === 'annotate'),
      ignored: count((record) => record.decision === 'ignore'),
      findings,
    },
    used,
    problems,
  };
}

/**
 * Calls `annotate` on every leaf block (paragraph, code, heading, table, ...) of the tree, looking
 * into lists, list items, block quotes and footnotes, and inserts the aside it returns right after
 * the block, inside the same container. Changes `tree`.
 */
export function forEachBlock(tree: Parents, annotate: (block: RootContent) => BlockContent | undefined): void {
  if (!FLOW_CONTAINERS.has(tree.type) && tree.type !== 'list') return;
  const children: RootContent[] = [];
  for (const child of tree.children as RootContent[]) {
    children.push(child);
    if (child.type === 'list' || FLOW_CONTAINERS.has(child.type)) {
      forEachBlock(child as Parents, annotate);
      continue;
    }
    const aside = annotate(child);
    if (aside) children.push(aside);
  }
  tree.children = children as never;
}

/** What the aside says about one finding: the decision's text first, then the table's, then the kind's. */
function asideItem(finding: TreeFinding, decision: Extract<CommandDecision, { decision: 'annotate' }> | undefined, text: AsideText): AsideItem {
  const explanation = decision?.explanation ?? finding.zh?.reason ?? fillTemplate(text.reasons[finding.kind], finding.subject);
  const replacement: AsideItem['replacement'] = decision?.replacement
    ? { code: decision.replacement }
    : finding.zh?.replacement
      ? { advice: finding.zh.replacement }
      : finding.replacement
        ? { code: finding.replacement }
        : undefined;
  return { kind: finding.kind, severity: finding.severity, command: finding.command, explanation, ...(replacement ? { replacement } : {}) };
}

/** A reason template with `` `{subject}` `` filled in as a code span that survives any backticks. */
export function fillTemplate(template: string, subject: string): string {
  const longestRun = Math.max(0, ...(subject.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padded = /^`|`$/.test(subject) ? ` ${subject} ` : subject;
  return template.split('`{subject}`').join(`${fence}${padded}${fence}`).split('{subject}').join(subject);
}

/** Docker commands plus Dockerfile and Compose blocks in an answer. */
function countChecked(answer: Root, tables: CheckTables): number {
  let blocks = 0;
  visit(answer, 'code', (code) => {
    const kind = blockKind(code, tables);
    if (kind === 'dockerfile' || kind === 'compose') blocks += 1;
  });
  return findCommandsInTree(answer, tables).length + blocks;
}

/**
 * Which note a page finding comes from: the first member (lead first) whose own answer has the
 * same finding at the same line; the lead's note otherwise.
 */
function noteAttribution(members: readonly Entry[], leadNote: string, tables: CheckTables): (finding: TreeFinding) => string {
  const keyOf = (finding: TreeFinding): string => JSON.stringify([finding.line, finding.kind, finding.subject, finding.command]);
  // Each member's findings are checked when first needed: the lead usually has the finding, and a
  // question of a large corpus can have a hundred members.
  const keysByMember: (Set<string> | undefined)[] = [];
  const keysOf = (index: number): Set<string> =>
    (keysByMember[index] ??= new Set(checkTree(members[index]!.answer, tables).map(keyOf)));
  return (finding) => {
    const key = keyOf(finding);
    const index = members.findIndex((_member, memberIndex) => keysOf(memberIndex).has(key));
    return index === -1 ? leadNote : members[index]!.source.note;
  };
}

/** Replaces the first `target` in the block's code, inline code or text; false when it is not there. */
function substitute(block: RootContent, target: string, replacement: string): boolean {
  let done = false;
  visit(block, (node) => {
    if (done || (node.type !== 'code' && node.type !== 'inlineCode' && node.type !== 'text')) return;
    if (!node.value.includes(target)) return;
    node.value = node.value.replace(target, () => replacement);
    done = true;
  });
  return done;
}

/** Problems of a decision's replacement: docker commands in it that the checker itself flags as errors. */
function flaggedReplacement(decision: CommandDecision, tables: CheckTables): string[] {
  if (decision.decision === 'ignore' || decision.replacement === undefined) return [];
  return findDockerInvocations(decision.replacement)
    .flatMap((invocation) => checkInvocation(invocation, tables))
    .filter((finding) => finding.severity === 'error')
    .map((finding) => `the replacement for "${decision.subject}" on ${decision.id} is itself flagged: ${finding.reason}`);
}
