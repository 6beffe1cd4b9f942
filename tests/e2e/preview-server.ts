/** Starts `astro preview` on a free localhost port for the browser suite, building first if needed. */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { buildEnv } from '../site/build-env.ts';

const ASTRO = 'node_modules/.bin/astro';

/** A running preview server. */
export interface PreviewServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  stop(): Promise<void>;
}

/** Builds the site with `astro build` when dist/ is missing, then starts `astro preview`. */
export async function startPreview(): Promise<PreviewServer> {
  if (!existsSync('dist/index.html')) {
    await promisify(execFile)(ASTRO, ['build'], { env: buildEnv(), maxBuffer: 64 * 1024 * 1024 });
  }
  const port = await freePort();
  const server = spawn(ASTRO, ['preview', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: buildEnv(),
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(origin, server);
  return {
    origin,
    stop: () =>
      new Promise((resolve) => {
        if (server.exitCode !== null) return resolve();
        server.once('exit', () => resolve());
        server.kill('SIGTERM');
      }),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(origin: string, server: ChildProcess): Promise<void> {
  let output = '';
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (server.exitCode !== null) throw new Error(`astro preview exited:\n${output}`);
    try {
      if ((await fetch(origin)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill('SIGTERM');
  throw new Error(`astro preview did not answer at ${origin}:\n${output}`);
}
