/**
 * Launcher of the normaliser CLI (`npm run normalise [-- --check] [-- --strict]`): runs
 * scripts/normalise.ts from a JavaScript bundle with plain Node, so a run does not spend its first
 * seconds transpiling some 150 TypeScript modules with tsx.
 *
 * The bundle (node_modules/.cache/normalise/normalise.mjs, made with esbuild) is rebuilt when any
 * file it was built from (the normaliser's sources, the JSON data they import, the packages) has
 * changed size or modification time since, as listed in the manifest next to it. Each module
 * keeps its own `import.meta.url`, so data files read relative to a module are found as under tsx.
 *
 * `--build-only` makes sure the bundle is up to date and exits (the benchmark calls it before
 * timing runs). Tests import scripts/normalise.ts through tsx and never use the bundle.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Bump when the build options change: an older bundle is then rebuilt. */
const BUNDLE_FORMAT = 1;

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(projectRoot, 'scripts', 'normalise.ts');
const cacheDir = join(projectRoot, 'node_modules', '.cache', 'normalise');
const bundlePath = join(cacheDir, 'normalise.mjs');
const manifestPath = join(cacheDir, 'manifest.json');

/** Size and modification time of a file, or undefined when it is gone. */
function stamp(path) {
  try {
    const stats = statSync(path);
    return `${stats.size}:${stats.mtimeMs}`;
  } catch {
    return undefined;
  }
}

/** True when the bundle exists and every file it was built from is as it was then. */
function bundleIsCurrent() {
  if (!existsSync(bundlePath) || !existsSync(manifestPath)) return false;
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    return false;
  }
  if (manifest.format !== BUNDLE_FORMAT || manifest.node !== process.version || manifest.entry !== entry) return false;
  return Object.entries(manifest.inputs).every(([path, recorded]) => stamp(join(projectRoot, path)) === recorded);
}

/** esbuild plugin: a project module's `import.meta.url` stays the URL of its source file. */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
      if (args.path.includes(`${join('node_modules', '')}`)) return undefined;
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      return {
        contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
        loader: args.path.endsWith('.ts') ? 'ts' : 'js',
      };
    });
  },
};

/** Build the bundle and its manifest (written to temporary names, then renamed into place). */
async function buildBundle() {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: projectRoot,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    // Native addon: loaded from node_modules at run time.
    external: ['autocorrect-node'],
    // CommonJS packages inside an ES module bundle still call require().
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    plugins: [keepModuleUrls],
    metafile: true,
    write: false,
    logLevel: 'warning',
    outfile: bundlePath,
  });
  const inputs = {};
  for (const path of Object.keys(result.metafile.inputs).sort()) {
    const recorded = stamp(join(projectRoot, path));
    if (recorded !== undefined) inputs[path] = recorded;
  }
  mkdirSync(cacheDir, { recursive: true });
  const suffix = `.${process.pid}.tmp`;
  writeFileSync(bundlePath + suffix, result.outputFiles[0].contents);
  writeFileSync(manifestPath + suffix, `${JSON.stringify({ format: BUNDLE_FORMAT, node: process.version, entry, inputs }, null, 2)}\n`);
  renameSync(bundlePath + suffix, bundlePath);
  renameSync(manifestPath + suffix, manifestPath);
}

if (!bundleIsCurrent()) await buildBundle();
if (!process.argv.includes('--build-only')) {
  // The CLI runs its main() when it is the script Node was started with.
  process.argv[1] = entry;
  // Note workers (worker threads) run this same bundle.
  process.env.NORMALISE_BUNDLE = bundlePath;
  await import(pathToFileURL(bundlePath).href);
}
