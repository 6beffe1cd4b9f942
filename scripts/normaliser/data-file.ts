/**
 * The normaliser's YAML data files (glossaries, keyword and wording tables under data/): parsed,
 * validated by a zod schema, and on bad data rejected with one error that names the file and the
 * line, instead of a bare zod or YAML stack trace.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';

/** A data file that is not valid YAML or does not fit its schema; the message names file and line. */
export class DataFileError extends Error {
  override name = 'DataFileError';
}

/**
 * Parse `yamlText` (the contents of `file`) and validate it with `schema`.
 * @example parseDataYaml(z.object({ a: z.number() }), 'a: x\n', 'data/t.yaml')
 *   // throws DataFileError('data/t.yaml:1: a: Expected number, received string')
 */
export function parseDataYaml<Schema extends z.ZodTypeAny>(schema: Schema, yamlText: string, file: string): z.infer<Schema> {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter });
  const [syntaxError] = document.errors;
  if (syntaxError) {
    const line = syntaxError.linePos?.[0].line;
    throw new DataFileError(`${file}${line ? `:${line}` : ''}: ${syntaxError.message.split('\n')[0]}`);
  }
  const result = schema.safeParse(document.toJS());
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  throw new DataFileError(`${file}:${lineOfPath(document, lineCounter, issue.path)}: ${where}: ${issue.message}`);
}

/** The text of a data file, `path` relative to the project root (e.g. `data/topics.yaml`). */
export function readDataText(path: string): string {
  return readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
}

/** Line of the deepest node on `path` that exists (a missing key points at its parent). */
function lineOfPath(document: ReturnType<typeof parseDocument>, lineCounter: LineCounter, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = document.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
    const start = depth === 0 ? document.contents?.range?.[0] : node?.range?.[0];
    if (start !== undefined) return lineCounter.linePos(start).line;
  }
  return 1;
}
