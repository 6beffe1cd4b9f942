/**
 * One `astro build` into dist/ per vitest run, shared by every site test file that needs it:
 * the first file to ask builds (holding a lock folder), the others wait and reuse dist/ and the
 * build's output. A run is told apart by the vitest main process (the parent of a forked worker,
 * or the process itself with thread workers).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import { buildEnv } from './build-env.ts';

const STATE_DIR = 'test-results';
const LOCK = `${STATE_DIR}/site-build.lock`;
const STAMP = `${STATE_DIR}/site-build.json`;
/** A lock older than this belongs to a run that died: building takes a few minutes at most. */
const STALE_LOCK_MS = 20 * 60 * 1000;

/** Identifies the current vitest run. */
function runKey(): string {
  return String(isMainThread ? process.ppid : process.pid);
}

async function acquireLock(): Promise<void> {
  mkdirSync(STATE_DIR, { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** Builds the site into dist/ unless this vitest run already did; returns the build's stdout + stderr. */
export async function buildSiteOnce(): Promise<string> {
  await acquireLock();
  try {
    const key = runKey();
    if (existsSync(STAMP) && existsSync('dist/index.html')) {
      const stamp = JSON.parse(readFileSync(STAMP, 'utf8')) as { run: string; output: string };
      if (stamp.run === key) return stamp.output;
    }
    rmSync(STAMP, { force: true });
    const { stdout, stderr } = await promisify(execFile)('node_modules/.bin/astro', ['build'], {
      env: buildEnv(),
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = stdout + stderr;
    writeFileSync(STAMP, JSON.stringify({ run: key, output }));
    return output;
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
