/**
 * Keeps `npm ci` working against a registry that only serves this platform's packages.
 *
 * The npm registry these machines reach has no builds for other platforms (e.g.
 * `@pagefind/darwin-arm64`), so `npm install` leaves them out of package-lock.json, and `npm ci`
 * then refuses the lock ("Missing: … from lock file"). A lock written against the full registry
 * would list them as optional packages that this platform skips; this adds those entries.
 *
 * Run after every `npm install`: `npm run lock:complete`. tests/lockfile checks the lock.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The parts of a package-lock.json (lockfileVersion 3) that this needs. */
export interface PackageLock {
  packages: Record<string, LockedPackage>;
  [key: string]: unknown;
}

export interface LockedPackage {
  version?: string;
  optional?: boolean;
  optionalDependencies?: Record<string, string>;
  [key: string]: unknown;
}

/** An optional dependency that no lock entry provides. */
export interface MissingOptional {
  name: string;
  spec: string;
  /** Lock path of the package that asks for it. */
  requiredBy: string;
}

/**
 * Finds optional dependencies that Node's resolution (walking up `node_modules` folders) would
 * not find in the lock.
 * @example missingOptionalDependencies(lock) // [{ name: '@pagefind/darwin-x64', spec: '1.6.0', requiredBy: 'node_modules/pagefind' }]
 */
export function missingOptionalDependencies(lock: PackageLock): MissingOptional[] {
  const missing: MissingOptional[] = [];
  for (const [location, locked] of Object.entries(lock.packages)) {
    for (const [name, spec] of Object.entries(locked.optionalDependencies ?? {})) {
      if (!resolvesInLock(lock, location, name)) missing.push({ name, spec, requiredBy: location });
    }
  }
  return missing.sort((a, b) => compare(a.name, b.name) || compare(a.requiredBy, b.requiredBy));
}

/**
 * Returns a copy of the lock with a top-level optional entry for each missing optional
 * dependency (version taken from the spec), packages sorted as npm sorts them.
 */
export function completeOptionalDependencies(lock: PackageLock): PackageLock {
  const packages = { ...lock.packages };
  for (const { name, spec } of missingOptionalDependencies(lock)) {
    const location = `node_modules/${name}`;
    if (!packages[location]) packages[location] = { version: exactVersion(spec), optional: true };
  }
  const sorted = Object.fromEntries(
    Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : compare(a, b))),
  );
  return { ...lock, packages: sorted };
}

function resolvesInLock(lock: PackageLock, from: string, name: string): boolean {
  let base = from;
  for (;;) {
    if (lock.packages[`${base ? `${base}/` : ''}node_modules/${name}`]) return true;
    if (!base) return false;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent === -1 ? '' : base.slice(0, parent);
  }
}

function exactVersion(spec: string): string {
  return spec.replace(/^[\^~=v]+/, '');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = process.argv[2] ?? 'package-lock.json';
  const lock = JSON.parse(readFileSync(path, 'utf8')) as PackageLock;
  const missing = missingOptionalDependencies(lock);
  writeFileSync(path, `${JSON.stringify(completeOptionalDependencies(lock), null, 2)}\n`);
  console.log(`${path}: added ${missing.length} optional platform package entries`);
}
