import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCliTable, collectAliasPaths } from '../../scripts/commands/build-cli-table.ts';
import { CLI_TABLE_PATH, generateCliTable, serialiseCliTable } from '../../scripts/commands/generate-cli-table.ts';
import { findCommand, defaultCoreTable } from '../../scripts/normaliser/check-commands/command-table.ts';
import { defaultRemovedTable } from '../../scripts/normaliser/check-commands/removed-table.ts';

const HELP: Record<string, string> = {
  '': `Usage:  docker [OPTIONS] COMMAND

Commands:
  run         Create and run a new container from an image
  volume      Manage volumes

Global Options:
  -D, --debug              Enable debug mode
`,
  run: `Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]

Options:
      --rm                               Automatically remove the container
  -t, --tty                              Allocate a pseudo-TTY
`,
  volume: `Usage:  docker volume COMMAND

Commands:
  rm          Remove one or more volumes
`,
  'volume rm': `Usage:  docker volume rm [OPTIONS] VOLUME [VOLUME...]

Aliases:
  docker volume rm, docker volume remove

Options:
  -f, --force   Force the removal of one or more volumes
`,
};
const readHelp = (path: readonly string[]): string => {
  const text = HELP[path.join(' ')];
  if (text === undefined) throw new Error(`no fixture for ${path.join(' ')}`);
  return text;
};

describe('buildCliTable', () => {
  it('walks Commands sections recursively and records flags, sibling aliases and where flag parsing stops', () => {
    expect(buildCliTable(readHelp, '1.2.3')).toEqual({
      comment: expect.stringContaining('docker client 1.2.3'),
      client: '1.2.3',
      globalFlags: [{ name: '--debug', short: '-D', value: false }],
      commands: {
        run: {
          summary: 'Create and run a new container from an image',
          flags: [
            { name: '--rm', value: false },
            { name: '--tty', short: '-t', value: false },
          ],
          stopsAtFirstArg: true,
        },
        volume: {
          summary: 'Manage volumes',
          flags: [],
          commands: {
            rm: { summary: 'Remove one or more volumes', aliases: ['remove'], flags: [{ name: '--force', short: '-f', value: false }] },
          },
        },
      },
    });
  });
});

describe('data/docker-cli/cli.json', () => {
  it('has the commands and flags a reader of the notes relies on', () => {
    const root = { summary: 'docker', flags: defaultCoreTable.globalFlags, commands: defaultCoreTable.commands };
    expect(findCommand(root, ['container', 'list'])).toBe(findCommand(root, ['container', 'ls']));
    expect(findCommand(root, ['run'])?.flags).toContainEqual({ name: '--volume', short: '-v', value: true });
    expect(findCommand(root, ['system', 'prune'])?.flags).toContainEqual({ name: '--volumes', value: false });
    expect(findCommand(root, ['status'])).toBeUndefined();
    expect(defaultCoreTable.client).toBe('28.2.2');
  });

  const hasDocker = (() => {
    try {
      execFileSync('docker', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  // The one conditional skip: without a docker client there is nothing to regenerate from.
  it.skipIf(!hasDocker)('matches the docker client on PATH, and the client agrees with removed.yaml (needs a docker client on PATH; skipped without one)', () => {
    const table = generateCliTable();
    expect(serialiseCliTable(table)).toBe(readFileSync(CLI_TABLE_PATH, 'utf8'));

    // Every alias path the help names resolves in the table.
    const helpOf = (path: readonly string[]): string =>
      execFileSync('docker', [...path, '--help'], { encoding: 'utf8', stdio: 'pipe', env: { PATH: process.env.PATH ?? '', DOCKER_BUILDKIT: '0' } });
    const root = { summary: 'docker', flags: table.globalFlags, commands: table.commands };
    for (const alias of collectAliasPaths(helpOf, table)) expect(findCommand(root, alias), alias.join(' ')).toBeDefined();

    // removed.yaml's claims, against the client; DOCKER_HOST points nowhere so nothing ever runs.
    const run = (args: string[]): string => {
      try {
        return execFileSync('docker', args, { encoding: 'utf8', stdio: 'pipe', env: { PATH: process.env.PATH ?? '', DOCKER_HOST: 'unix:///nonexistent/docker.sock' } });
      } catch (error) {
        const failed = error as { stdout?: string; stderr?: string };
        return `${failed.stdout ?? ''}${failed.stderr ?? ''}`;
      }
    };
    for (const entry of defaultRemovedTable.commands) {
      expect(run(entry.path.split(' ')), entry.path).toMatch(/unknown command|is not a docker command/);
    }
    for (const entry of defaultRemovedTable.flags) {
      for (const path of entry.paths) {
        const words = path === '' ? [] : path.split(' ');
        const output = run([...words, entry.flag, ...(entry.value ? ['x'] : []), 'image-x']);
        const rejected = /unknown (shorthand )?flag/.test(output);
        expect(rejected, `${path} ${entry.flag}: ${output.split('\n')[0]}`).toBe(entry.accepted !== true);
      }
    }
  });
});
