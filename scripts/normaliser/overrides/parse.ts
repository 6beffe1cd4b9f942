/**
 * Parses `editorial/overrides.yaml` into `Overrides`, with the line of every decision kept for
 * messages. Bad YAML or a decision that fails the schema is an error Message naming file and line.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Message } from '../model.ts';
import { OVERRIDE_KINDS, overrideDecisionsSchema, type OverrideKind, type Overrides } from './schema.ts';

/** The overrides file's conventional path. */
export const OVERRIDES_FILE = 'editorial/overrides.yaml';

/** Overrides with no decisions. */
export function emptyOverrides(file: string = OVERRIDES_FILE): Overrides {
  return {
    file,
    pin: [],
    merge: [],
    forbid: [],
    title: [],
    titleEn: [],
    order: [],
    hide: [],
    commands: [],
    split: [],
    lines: { pin: [], merge: [], forbid: [], title: [], titleEn: [], order: [], hide: [], commands: [], split: [] },
  };
}

/** An error Message about a line of the overrides file. */
export function overridesMessage(file: string, line: number | undefined, reason: string): Message {
  return { note: file, ...(line === undefined ? {} : { line }), severity: 'error', source: 'overrides', reason };
}

/** Line of the node at `path` in the document, or of the deepest node on the way there. */
function lineAt(root: Node | null, path: readonly PropertyKey[], lineCounter: LineCounter): number | undefined {
  let node: unknown = root;
  let line: number | undefined;
  const lineOf = (candidate: unknown) => {
    const range = (candidate as Node | null)?.range;
    if (range) line = lineCounter.linePos(range[0]).line;
  };
  lineOf(node);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      lineOf(pair.key);
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
    } else break;
    lineOf(node);
  }
  return line;
}

/**
 * Parses the overrides file's text. Returns the overrides (empty when the file is unusable)
 * and error messages with the file and line of each problem.
 *
 * @example parseOverrides('hide:\n  - { id: old-question, reason: outdated }\n', 'editorial/overrides.yaml')
 */
export function parseOverrides(text: string, file: string = OVERRIDES_FILE): { overrides: Overrides; messages: Message[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const messages: Message[] = document.errors.map((error) =>
    overridesMessage(file, lineCounter.linePos(error.pos[0]).line, `invalid YAML: ${error.message.split('\n')[0]}`),
  );
  if (messages.length > 0) return { overrides: emptyOverrides(file), messages };

  const result = overrideDecisionsSchema.safeParse(document.toJS() ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      messages.push(overridesMessage(file, lineAt(document.contents, issue.path, lineCounter), `${where}${issue.message}`));
    }
    return { overrides: emptyOverrides(file), messages };
  }

  const lines = {} as Record<OverrideKind, number[]>;
  for (const kind of OVERRIDE_KINDS) {
    lines[kind] = result.data[kind].map((_, index) => lineAt(document.contents, [kind, index], lineCounter) ?? 1);
  }
  return { overrides: { ...result.data, file, lines }, messages };
}
