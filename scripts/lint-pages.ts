/**
 * `npm run lint:pages`: prints every prose line of the generated Chinese pages that
 * autocorrect-node would typeset differently, and the glued one-line terminal outputs left in
 * code blocks; exits 1 when a prose lint line is not accepted by data/lint-allowed.yaml.
 */
import { LONG_CODE_LINE, lintPages } from './lint-pages/lint-pages.ts';

const measured = lintPages(process.cwd());
const open = measured.lint.filter((found) => !found.allowedBy);
for (const found of measured.lint) {
  const mark = found.allowedBy ? `allowed (${found.allowedBy})` : 'lint';
  console.log(`${found.page}:${found.line}: ${mark}: ${found.old.trim()} -> ${found.new.trim()}`);
}
for (const long of measured.longCodeLines) console.log(`${long.page}:${long.line}: code line of ${long.length} characters: ${long.start}…`);
console.log(
  `${measured.pages} pages: ${open.length} prose lint line(s), ${measured.lint.length - open.length} allowed; ` +
    `${measured.longCodeLines.length} code line(s) over ${LONG_CODE_LINE} characters`,
);
process.exitCode = open.length > 0 ? 1 : 0;
