/**
 * Temporary folders for the benchmark: corpora, a normaliser root, a copy of this project and a
 * plain Starlight site, all under os.tmpdir()/docker-notes-bench, never in the repository.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CorpusNote } from './corpus.ts';
import { runMeasured, type ProcessCost } from './measure.ts';
import { plainPageText } from './plain-page.ts';

/** Root of every temporary folder the benchmark makes. */
export const BENCH_DIR = join(tmpdir(), 'docker-notes-bench');

/** Top-level entries of the project never copied into a temporary site. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.git', '.astro', 'reports', 'tests', 'test-results', 'docs']);
/** node_modules entries that hold per-site caches (Astro's data store, Vite): each site has its own. */
const NOT_LINKED = new Set(['.astro', '.vite', '.cache']);

/** Write `notes` as the only files of `dir` (emptied first). */
export function writeCorpus(dir: string, notes: readonly CorpusNote[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const note of notes) writeFileSync(join(dir, note.name), note.text);
}

/**
 * Give `siteDir` the project's packages as a tree of hard links (`cp -al`: seconds, no extra
 * space), without the cache folders, so each site has its own Astro data store. Symbolic links do
 * not work: Astro then compiles Starlight's components from outside the site's root and fails
 * ("No cached compile metadata found").
 */
export function linkNodeModules(projectRoot: string, siteDir: string): void {
  const target = join(siteDir, 'node_modules');
  rmSync(target, { recursive: true, force: true });
  execFileSync('cp', ['-al', join(projectRoot, 'node_modules'), target]);
  for (const cache of NOT_LINKED) rmSync(join(target, cache), { recursive: true, force: true });
}

/** Copy the project (sources, data, notes, config; no build output, tests or git) to `siteDir`. */
export function copyProject(projectRoot: string, siteDir: string): void {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(siteDir, { recursive: true });
  for (const entry of readdirSync(projectRoot)) {
    if (NOT_COPIED.has(entry) || entry.startsWith('.')) continue;
    cpSync(join(projectRoot, entry), join(siteDir, entry), { recursive: true });
  }
  linkNodeModules(projectRoot, siteDir);
}

/**
 * A root the normaliser can run in with `notes` as its notes: copies of data/ and editorial/
 * (it reads them and writes generated data next to them) and a notes/ folder.
 */
export function prepareNormaliserRoot(projectRoot: string, rootDir: string, notes: readonly CorpusNote[]): void {
  rmSync(rootDir, { recursive: true, force: true });
  mkdirSync(rootDir, { recursive: true });
  for (const entry of ['data', 'editorial']) {
    if (existsSync(join(projectRoot, entry))) cpSync(join(projectRoot, entry), join(rootDir, entry), { recursive: true });
  }
  writeCorpus(join(rootDir, 'notes'), notes);
}

/** The plain Starlight site's config: Starlight with the same title, locales and URL style; nothing of ours. */
export const PLAIN_ASTRO_CONFIG = `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://docker-notes.example.com',
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: { 'zh-CN': 'Docker 面试笔记', en: 'Docker Interview Notes' },
      defaultLocale: 'root',
      locales: {
        root: { label: '简体中文', lang: 'zh-CN' },
        en: { label: 'English', lang: 'en' },
      },
    }),
  ],
});
`;

const PLAIN_CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * A plain Starlight site in `siteDir` with the same pages (the same files, same text) as the
 * site in `pagesFrom`, minus our components (see plain-page.ts). Starlight's schema ignores our
 * extra frontmatter fields.
 */
export function preparePlainSite(projectRoot: string, siteDir: string, pagesFrom: string): void {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(join(siteDir, 'src', 'content'), { recursive: true });
  writeFileSync(join(siteDir, 'package.json'), `${JSON.stringify({ name: 'plain-starlight', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(join(siteDir, 'astro.config.mjs'), PLAIN_ASTRO_CONFIG);
  writeFileSync(join(siteDir, 'src', 'content.config.ts'), PLAIN_CONTENT_CONFIG);
  const docsDir = join(siteDir, 'src', 'content', 'docs');
  cpSync(join(pagesFrom, 'src', 'content', 'docs'), docsDir, { recursive: true });
  for (const page of listFiles(docsDir).filter((path) => path.endsWith('.mdx'))) {
    writeFileSync(join(docsDir, page), plainPageText(readFileSync(join(docsDir, page), 'utf8')));
  }
  linkNodeModules(projectRoot, siteDir);
}

/** Run `astro build` in `siteDir` from a cold start (no dist, no caches) and measure it. */
export async function buildSite(siteDir: string): Promise<ProcessCost> {
  for (const cache of ['dist', '.astro', join('node_modules', '.astro'), join('node_modules', '.vite')]) {
    rmSync(join(siteDir, cache), { recursive: true, force: true });
  }
  return runMeasured(process.execPath, [join(siteDir, 'node_modules', 'astro', 'astro.js'), 'build'], {
    cwd: siteDir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

/** Paths (relative, POSIX, sorted) of every file under `dir`. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (current: string, prefix: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(current, entry.name), `${prefix}${entry.name}/`);
      else files.push(`${prefix}${entry.name}`);
    }
  };
  walk(dir, '');
  return files.sort();
}

/** Paths of every HTML page in a built site. */
export function builtPages(distDir: string): string[] {
  return listFiles(distDir).filter((path) => path.endsWith('.html'));
}

/** Total size in bytes of the files under `dir`. */
export function folderBytes(dir: string): number {
  return listFiles(dir).reduce((sum, path) => sum + statSync(join(dir, path)).size, 0);
}
