/**
 * `npm run cli-table`: regenerates `data/docker-cli/cli.json` from the docker client on PATH
 * (`docker <command> --help` needs no daemon). Run with `--check` to fail when the file differs.
 *
 * The help is read with an empty config dir and DOCKER_BUILDKIT=0, so a user's aliases or an
 * installed buildx plugin do not change what `docker build --help` prints.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCliTable, type ReadHelp } from './build-cli-table.ts';
import type { CoreTable } from '../normaliser/check-commands/command-table.ts';

/** Where the generated table lives. */
export const CLI_TABLE_PATH = fileURLToPath(new URL('../../data/docker-cli/cli.json', import.meta.url));

/** Runs the docker client at `dockerPath` and builds the core table from its help. */
export function generateCliTable(dockerPath = 'docker'): CoreTable {
  const configDir = mkdtempSync(join(tmpdir(), 'docker-cli-table-'));
  try {
    const env = { PATH: process.env.PATH ?? '', HOME: configDir, DOCKER_CONFIG: configDir, DOCKER_BUILDKIT: '0' };
    const run = (args: string[]): string => execFileSync(dockerPath, args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const readHelp: ReadHelp = (path) => run([...path, '--help']);
    // `docker version` needs the daemon; `docker --version` does not: "Docker version 28.2.2, build e6534b4".
    const version = /version (\d+\.\d+\.\d+\S*),/.exec(run(['--version']))?.[1];
    if (!version) throw new Error(`${dockerPath} --version: no version number in its output`);
    return buildCliTable(readHelp, version);
  } finally {
    rmSync(configDir, { recursive: true, force: true });
  }
}

/** The table as it is written to disk: pretty-printed, keys in table order, trailing newline. */
export function serialiseCliTable(table: CoreTable): string {
  return `${JSON.stringify(table, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = serialiseCliTable(generateCliTable());
  if (process.argv.includes('--check')) {
    if (readFileSync(CLI_TABLE_PATH, 'utf8') !== text) {
      process.stderr.write(`${CLI_TABLE_PATH} is out of date: run npm run cli-table\n`);
      process.exit(1);
    }
  } else {
    writeFileSync(CLI_TABLE_PATH, text);
    process.stdout.write(`wrote ${CLI_TABLE_PATH}\n`);
  }
}
