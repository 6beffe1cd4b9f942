/**
 * Runs a command as a child process under GNU time and returns what it cost: wall time, CPU time
 * (user + sys, the child and the children it waited for) and peak resident memory.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** GNU time, which reports the child's rusage (Node cannot read a child's rusage itself). */
export const TIME_PATH = '/usr/bin/time';

/** What one run of a command cost. */
export interface ProcessCost {
  wallMs: number;
  /** User + system CPU time. */
  cpuMs: number;
  /** Peak resident set size of the largest process in the tree, in bytes. */
  maxRssBytes: number;
  exitCode: number;
  /** What the command printed (stdout and stderr, interleaved). */
  output: string;
}

/** Thrown by {@link runMeasured} when the command ran past its time limit and was killed. */
export class TimeoutError extends Error {
  constructor(readonly limitMs: number, command: string) {
    super(`${command} ran longer than ${Math.round(limitMs / 1000)} s and was stopped`);
  }
}

/** Options of {@link runMeasured}. */
export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the command after this long (default 10 minutes). */
  timeoutMs?: number;
  /** Exit codes that count as a finished run (default: only 0). */
  okExitCodes?: readonly number[];
}

/**
 * Parse GNU time's output for the format `%U %S %M` (user s, sys s, max RSS KB): the last line
 * holds them (earlier lines may be "Command exited with non-zero status").
 * @example parseTimeOutput('0.50 0.10 20480\n') // { cpuMs: 600, maxRssBytes: 20971520 }
 */
export function parseTimeOutput(text: string): { cpuMs: number; maxRssBytes: number } {
  const last = text.trim().split('\n').pop() ?? '';
  const match = /^(\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+)$/.exec(last.trim());
  if (!match) throw new Error(`cannot read GNU time output: ${JSON.stringify(text)}`);
  return {
    cpuMs: Math.round((Number(match[1]) + Number(match[2])) * 1000),
    maxRssBytes: Number(match[3]) * 1024,
  };
}

/**
 * Run `command args` in `cwd` under GNU time. Resolves with its cost when it exits with one of
 * `okExitCodes` (default 0); rejects with the end of its output otherwise.
 */
export async function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<ProcessCost> {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const timeFile = join(scratch, 'time.txt');
  const output: Buffer[] = [];
  const started = performance.now();
  const limitMs = options.timeoutMs ?? 600_000;
  let timedOut = false;
  try {
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(TIME_PATH, ['-f', '%U %S %M', '-o', timeFile, command, ...args], {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      const timer = setTimeout(() => {
        timedOut = true;
        // GNU time passes no signal on; kill its whole process group (it was started detached).
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      }, limitMs);
      child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
    const wallMs = performance.now() - started;
    if (timedOut) throw new TimeoutError(limitMs, `${command} ${args.join(' ')}`);
    if (exitCode === null || !(options.okExitCodes ?? [0]).includes(exitCode)) {
      const tail = Buffer.concat(output).toString('utf8').slice(-3000);
      throw new Error(`${command} ${args.join(' ')} (in ${options.cwd}) exited with ${exitCode}:\n${tail}`);
    }
    return { wallMs, exitCode, output: Buffer.concat(output).toString('utf8'), ...parseTimeOutput(readFileSync(timeFile, 'utf8')) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
