import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  completeOptionalDependencies,
  missingOptionalDependencies,
  type PackageLock,
} from '../../scripts/lockfile/complete-optional-deps.ts';

const lockWithGaps: PackageLock = {
  lockfileVersion: 3,
  packages: {
    '': { name: 'app' },
    'node_modules/pagefind': {
      version: '1.6.0',
      optionalDependencies: { '@pagefind/linux-x64': '1.6.0', '@pagefind/darwin-arm64': '1.6.0' },
    },
    'node_modules/@pagefind/linux-x64': { version: '1.6.0', optional: true },
    'node_modules/a': { version: '1.0.0', optionalDependencies: { b: '^2.1.0' } },
    // b is nested under a's parent chain: resolvable from node_modules/a/node_modules/c.
    'node_modules/a/node_modules/c': { version: '1.0.0', optionalDependencies: { d: '~3.0.0' } },
    'node_modules/a/node_modules/d': { version: '3.0.1', optional: true },
  },
};

describe('missingOptionalDependencies', () => {
  it('lists optional dependencies that no lock entry provides, walking up node_modules', () => {
    expect(missingOptionalDependencies(lockWithGaps)).toEqual([
      { name: '@pagefind/darwin-arm64', spec: '1.6.0', requiredBy: 'node_modules/pagefind' },
      { name: 'b', spec: '^2.1.0', requiredBy: 'node_modules/a' },
    ]);
  });
});

describe('completeOptionalDependencies', () => {
  it('adds optional top-level entries with the spec as version, and nothing else', () => {
    const completed = completeOptionalDependencies(lockWithGaps);
    expect(completed.packages['node_modules/@pagefind/darwin-arm64']).toEqual({ version: '1.6.0', optional: true });
    expect(completed.packages['node_modules/b']).toEqual({ version: '2.1.0', optional: true });
    expect(missingOptionalDependencies(completed)).toEqual([]);
    expect(Object.keys(completed.packages)[0]).toBe('');
    expect(lockWithGaps.packages['node_modules/b']).toBeUndefined();
  });
});

describe('the committed package-lock.json', () => {
  it('provides every optional dependency, so npm ci accepts it on this registry', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as PackageLock;
    expect(missingOptionalDependencies(lock).map((m) => `${m.name} (${m.requiredBy})`)).toEqual([]);
  });
});
