import { describe, expect, it } from 'vitest';
import type { CommandCheck, CommandFindingRecord } from '../../../scripts/normaliser/model.ts';
import { commandTotals, formatCommandTotals, formatUndecided, undecidedErrors } from '../../../scripts/normaliser/report/command-counts.ts';
import type { QuestionReport } from '../../../scripts/normaliser/report/outcomes.ts';

const finding = (line: number, severity: CommandFindingRecord['severity'], decision: CommandFindingRecord['decision']): CommandFindingRecord => ({
  note: 'notes/a.txt',
  line,
  kind: 'unknown-command',
  severity,
  command: 'docker volume backup v',
  subject: 'volume backup',
  decision,
});
const question = (id: string, commands: CommandCheck, hidden = false): QuestionReport => ({
  id,
  question: id,
  topic: 'storage',
  margin: 1,
  closeCall: false,
  pinned: false,
  hidden,
  members: [],
  related: [],
  keywords: [],
  commands,
});
const counts = (findings: CommandFindingRecord[], rest: Partial<CommandCheck> = {}): CommandCheck => ({
  checked: 4, invalid: findings.length, outdated: 0, fixed: 1, annotated: findings.length, ignored: 0, findings, ...rest,
});

describe('command counts', () => {
  const questions = [
    question('a', counts([finding(3, 'error', 'auto'), finding(5, 'warning', 'auto')])),
    question('b', counts([finding(9, 'error', 'annotate')])),
    question('c', counts([])),
    question('hidden', counts([finding(1, 'error', 'auto')]), true),
  ];

  it('sums the published pages and counts the pages with findings', () => {
    expect(commandTotals(questions)).toEqual({ checked: 12, invalid: 3, outdated: 0, fixed: 3, annotated: 3, ignored: 0, pages: 2 });
    expect(formatCommandTotals(commandTotals(questions))).toBe('commands: checked 12, invalid 3, outdated 0 (on 2 pages), fixed 3, annotated 3, ignored 0');
  });

  it('lists for --strict only undecided errors on published pages', () => {
    expect(undecidedErrors(questions).map(formatUndecided)).toEqual([
      'notes/a.txt:3: error [check-commands] storage/a: unknown-command "volume backup" in docker volume backup v (no decision in editorial/overrides.yaml)',
    ]);
  });
});
