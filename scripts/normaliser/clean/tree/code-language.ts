/**
 * Detects the language of an untagged code block. Rules, first match wins:
 *
 * 1. `mermaid`    - starts with a Mermaid diagram keyword (graph, flowchart, sequenceDiagram, ...)
 * 2. `text`       - an ASCII tree (├── └── │ or |---)
 * 3. `json`       - parses as a JSON object or array
 * 4. `go`         - `package x`, or `func name(` / `import (` lines
 * 5. `dockerfile` - the first instruction line is FROM or ARG and most lines (not comments or
 *                   continuations) start with a Dockerfile instruction
 * 6. `ini`        - `[section]` headers with `key=value` lines (systemd units, daemon config)
 * 7. `shell`      - most lines are commands (known command words, prompts), `#` comments or
 *                   continuations of a line ending in `\`
 * 8. `yaml`       - most lines are `key:` / `key: value` / `- item` with nesting by spaces
 * 9. `text`       - anything else (terminal output, pseudo code)
 */
import type { CodeVocabulary } from './data.ts';
import { isCommandLine, startsWithPrompt } from './shell-lines.ts';
import { prettyJson } from './shell-lines.ts';

const MERMAID = /^(?:graph|flowchart|sequenceDiagram|classDiagram|stateDiagram(?:-v2)?|erDiagram|gantt|pie|journey|gitGraph|mindmap|timeline)\b/;

/** The share of `lines` for which `test` holds (0 when there are none). */
const share = (lines: string[], test: (line: string) => boolean) =>
  lines.length === 0 ? 0 : lines.filter(test).length / lines.length;

/**
 * The language of `code`, one of mermaid, text, json, go, dockerfile, ini, shell, yaml.
 * @example detectLanguage('FROM alpine\nRUN apk add curl', vocabulary) // 'dockerfile'
 */
export function detectLanguage(code: string, vocabulary: CodeVocabulary): string {
  const lines = code.split('\n').map((line) => line.trimEnd()).filter((line) => line.trim() !== '');
  const first = lines[0]?.trim() ?? '';
  if (MERMAID.test(first)) return 'mermaid';
  if (lines.some((line) => /[├└│]──|^\s*[|│]\s*[-─]{2,}/.test(line))) return 'text';
  if (prettyJson(code) !== undefined) return 'json';
  if (/^package \w+/m.test(code) || /^(?:func \w*\s*\(|import \()/m.test(code)) return 'go';

  const instructions = new RegExp(`^(?:${vocabulary.dockerfileInstructions.join('|')})\\s`, 'i');
  const statements = lines.filter((line, index) => !/^\s*#/.test(line) && !/\\$/.test(lines[index - 1] ?? ''));
  const firstInstruction = statements[0]?.trim() ?? '';
  if (/^(?:FROM|ARG)\s/i.test(firstInstruction) && share(statements, (line) => instructions.test(line.trim())) >= 0.6) {
    return 'dockerfile';
  }

  if (lines.some((line) => /^\[[\w. -]+\]$/.test(line.trim())) && share(lines, (line) => /^(?:\[[\w. -]+\]|#.*|;.*|[\w.-]+\s*=.*)$/.test(line.trim())) >= 0.8) {
    return 'ini';
  }

  const shellLine = (line: string, index: number) =>
    /^\s*#/.test(line) || startsWithPrompt(line.trim()) || isCommandLine(line, vocabulary) || /\\$/.test(lines[index - 1] ?? '');
  if (lines.filter((line, index) => shellLine(line, index)).length / Math.max(lines.length, 1) >= 0.6 && lines.some((line) => !/^\s*#/.test(line))) {
    return 'shell';
  }

  if (share(lines, (line) => /^\s*(?:-\s+\S.*|-\s*$|[\w.-]+:(?:\s+.*)?|"[^"]+":\s.*|#.*)$/.test(line)) >= 0.8 && lines.some((line) => /^[\w.-]+:/.test(line))) {
    return 'yaml';
  }
  return 'text';
}
