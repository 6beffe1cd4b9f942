/** YAML frontmatter for generated pages, written with the `yaml` package. */
import { Document, isSeq, visit } from 'yaml';

/** Keys whose lists print on one line (`lines: [1, 12]`, `keywords: [容器, container]`). */
const FLOW_LISTS = new Set(['lines', 'keywords']);

/**
 * The frontmatter block for `data`, between `---` lines, ending with a newline. Keys keep the
 * order of `data`; long strings are never folded; undefined values are left out.
 */
export function frontmatter(data: Record<string, unknown>): string {
  const document = new Document(data);
  visit(document, {
    Pair(_key, pair) {
      const key = (pair.key as { value?: unknown } | null)?.value;
      if (typeof key === 'string' && FLOW_LISTS.has(key) && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  return `---\n${document.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n`;
}
