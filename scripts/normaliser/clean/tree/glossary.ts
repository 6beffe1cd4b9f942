/**
 * Glossary and typo rules from data/glossary/regional-terms.yaml and typos.yaml: Taiwan-style terms
 * become mainland usage (Fix kind `glossary:regional`), known typos are corrected (Fix kind `typo`).
 * Each rule names its scope: `prose` (text outside code, and questions), `code` (code blocks and
 * inline code), `dockerfile` (the instruction word at a line start in a dockerfile code block).
 */
import type { NoteRecord } from '../../model.ts';
import type { GlossaryRule, GlossaryScope } from './data.ts';
import { CJK, editEntries, escapeRegExp, forEachNode, forEachProseText, preparedPer, type PassLog, type TreePass } from './edit.ts';

/** One replacement made in a string. */
export interface Replacement {
  from: string;
  to: string;
  index: number;
}

const WORD_CHAR = /[A-Za-z0-9_]/;
const isLatin = (term: string) => /[A-Za-z0-9]/.test(term) && !CJK.test(term);

/** A rule's context conditions as compiled expressions. */
const ruleContext = preparedPer((rule: GlossaryRule) => ({
  wholeWord: isLatin(rule.from) && !rule.insideWords,
  before: rule.before === undefined ? undefined : new RegExp(`^(?:${rule.before})`, 'u'),
  after: rule.after === undefined ? undefined : new RegExp(`(?:${rule.after})$`, 'u'),
  notBefore: rule.notBefore === undefined ? undefined : new RegExp(`^(?:${rule.notBefore})`, 'u'),
  notAfter: rule.notAfter === undefined ? undefined : new RegExp(`(?:${rule.notAfter})$`, 'u'),
}));

/** True when the rule's context conditions hold for a match at `index` in `text`. */
function contextAllows(rule: GlossaryRule, text: string, index: number): boolean {
  const head = text.slice(0, index);
  const tail = text.slice(index + rule.from.length);
  const context = ruleContext(rule);
  if (context.wholeWord) {
    if (WORD_CHAR.test(head.at(-1) ?? '') || WORD_CHAR.test(tail[0] ?? '')) return false;
  }
  if (context.before && !context.before.test(tail)) return false;
  if (context.after && !context.after.test(head)) return false;
  if (context.notBefore && context.notBefore.test(tail)) return false;
  if (context.notAfter && context.notAfter.test(head)) return false;
  return true;
}

/** A rule list's terms as one expression (longest first) and its rules by term, in list order. */
const ruleMatcher = preparedPer((rules: readonly GlossaryRule[]) => {
  const terms = [...new Set(rules.map((rule) => rule.from))].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const rulesByTerm = new Map<string, GlossaryRule[]>();
  for (const rule of rules) rulesByTerm.set(rule.from, [...(rulesByTerm.get(rule.from) ?? []), rule]);
  return { pattern: new RegExp(terms.map(escapeRegExp).join('|'), 'gu'), rulesByTerm };
});

/**
 * Applies `rules` to `text`, longest term first where terms overlap, and returns the new text
 * with the replacements made (in order).
 * @example applyRules('开发人员将程式码提交', [{ from: '程式码', to: '代码', scope: ['prose'] }]).text // '开发人员将代码提交'
 */
export function applyRules(text: string, rules: readonly GlossaryRule[]): { text: string; replacements: Replacement[] } {
  if (rules.length === 0) return { text, replacements: [] };
  const { pattern, rulesByTerm } = ruleMatcher(rules);
  pattern.lastIndex = 0;
  const replacements: Replacement[] = [];
  let output = '';
  let copied = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const index = match.index;
    const rule = rulesByTerm.get(match[0])?.find((candidate) => contextAllows(candidate, text, index));
    if (!rule) {
      pattern.lastIndex = index + 1;
      continue;
    }
    output += text.slice(copied, index) + rule.to;
    copied = index + rule.from.length;
    replacements.push({ from: rule.from, to: rule.to, index });
  }
  return { text: output + text.slice(copied), replacements };
}

/** Applies `rules` to the instruction word at each line start of a Dockerfile. */
export function applyDockerfileRules(code: string, rules: readonly GlossaryRule[]): { text: string; replacements: Replacement[] } {
  const replacements: Replacement[] = [];
  const text = code.replace(/^(\s*)(\S+)/gm, (whole, indent: string, word: string, offset: number) => {
    const rule = rules.find((candidate) => candidate.from === word);
    if (!rule) return whole;
    replacements.push({ from: rule.from, to: rule.to, index: offset + indent.length });
    return indent + rule.to;
  });
  return { text, replacements };
}

/** A rule set split by scope (the same arrays every time, so their matchers are built once). */
const rulesByScope = preparedPer((rules: readonly GlossaryRule[]) => {
  const inScope = (scope: GlossaryScope) => rules.filter((rule) => rule.scope.includes(scope));
  return { prose: inScope('prose'), code: inScope('code'), dockerfile: inScope('dockerfile') };
});

/** Applies one rule set (regional terms or typos) to every entry, recording Fixes of `kind`. */
function applyRuleSet(note: NoteRecord, rules: readonly GlossaryRule[], kind: string): NoteRecord {
  const { prose, code, dockerfile } = rulesByScope(rules);
  const record = (log: PassLog, replacements: Replacement[], node?: Parameters<PassLog['fix']>[2]) => {
    for (const { from, to } of replacements) log.fix(kind, `${from} -> ${to}`, node);
  };
  return editEntries(note, `clean/glossary`, (entry, log) => {
    const question = applyRules(entry.question, prose);
    record(log, question.replacements);
    entry.question = question.text;
    forEachProseText(entry.answer, (text) => {
      const result = applyRules(text.value, prose);
      record(log, result.replacements, text);
      text.value = result.text;
    });
    forEachNode(entry.answer, 'inlineCode', (inline) => {
      const result = applyRules(inline.value, code);
      record(log, result.replacements, inline);
      inline.value = result.text;
    });
    forEachNode(entry.answer, 'code', (block) => {
      let result = applyRules(block.value, code);
      record(log, result.replacements, block);
      if (/^dockerfile$/i.test(block.lang ?? '')) {
        const instructions = applyDockerfileRules(result.text, dockerfile);
        record(log, instructions.replacements, block);
        result = instructions;
      }
      block.value = result.text;
    });
  });
}

/** Replaces regional terms by mainland usage (Fix kind `glossary:regional`). */
export const applyRegionalTerms: TreePass = (note, context) => applyRuleSet(note, context.data.regionalTerms, 'glossary:regional');

/** Corrects known typos (Fix kind `typo`). */
export const correctTypos: TreePass = (note, context) => applyRuleSet(note, context.data.typos, 'typo');
