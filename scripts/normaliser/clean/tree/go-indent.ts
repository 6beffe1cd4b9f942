/**
 * Re-indents Go source whose indentation was lost, by bracket depth, with tabs as gofmt does: one
 * level per line that leaves brackets open (however many it opens), a line starting with a closing
 * bracket one level out. Strings, runes and comments are skipped when counting.
 */

/** Brackets of one line outside strings and comments, in order. */
function brackets(line: string): string[] {
  const found: string[] = [];
  let quote: string | undefined;
  for (let at = 0; at < line.length; at++) {
    const char = line[at]!;
    if (quote) {
      if (char === '\\' && quote !== '`') at++;
      else if (char === quote) quote = undefined;
    } else if (char === '/' && line[at + 1] === '/') break;
    else if (char === '"' || char === "'" || char === '`') quote = char;
    else if ('{([)}]'.includes(char)) found.push(char);
  }
  return found;
}

/** True when no line of `code` is indented but its brackets nest: the indentation was lost. */
export function lostIndentation(code: string): boolean {
  const lines = code.split('\n').filter((line) => line.trim() !== '');
  return lines.length > 2 && lines.every((line) => !/^\s/.test(line)) && lines.some((line) => /[{(]\s*$/.test(line));
}

/**
 * Indents `code` by bracket depth with tabs.
 * @example reindentGo('func main() {\nfmt.Println(1)\n}') // 'func main() {\n\tfmt.Println(1)\n}'
 */
export function reindentGo(code: string): string {
  const levels: number[] = []; // per line that opened a level: its brackets still open
  const closeOne = () => {
    if (levels.length === 0) return;
    levels[levels.length - 1]!--;
    if (levels.at(-1) === 0) levels.pop();
  };
  return code
    .split('\n')
    .map((raw) => {
      const line = raw.trim();
      const found = brackets(line);
      const leadingClosers = line.match(/^[)}\]]+/)?.[0].length ?? 0;
      for (let at = 0; at < leadingClosers; at++) closeOne();
      const indent = levels.length;
      let opened = 0;
      for (const bracket of found.slice(leadingClosers)) {
        if ('{(['.includes(bracket)) opened++;
        else if (opened > 0) opened--;
        else closeOne();
      }
      if (opened > 0) levels.push(opened);
      return line === '' ? '' : '\t'.repeat(indent) + line;
    })
    .join('\n');
}
