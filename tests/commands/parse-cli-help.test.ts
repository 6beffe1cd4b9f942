import { describe, expect, it } from 'vitest';
import { parseCliHelp } from '../../scripts/commands/parse-cli-help.ts';

// Trimmed from `docker container ls --help` and `docker --help` of client 28.2.2.
const LS_HELP = `Usage:  docker container ls [OPTIONS]

List containers

Aliases:
  docker container ls, docker container list, docker container ps, docker ps

Options:
  -a, --all             Show all containers (default shows just running)
  -f, --filter filter   Filter output based on conditions provided
      --format string   Format output using a custom template:
                        'table':            Print output in table format
                        --not-a-flag wrapped description line
      --no-trunc        Don't truncate output
`;

const ROOT_HELP = `Usage:  docker [OPTIONS] COMMAND

Common Commands:
  run         Create and run a new container from an image

Management Commands:
  builder     Manage builds
  compose*    Docker Compose (Docker Inc., v2.36.2)

Global Options:
  -c, --context string     Name of the context to use to connect to the
                           daemon (overrides DOCKER_HOST env var and
      --tls                Use TLS; implied by --tlsverify
`;

describe('parseCliHelp', () => {
  it('reads flags with shorthand and value, skipping wrapped description lines', () => {
    expect(parseCliHelp(LS_HELP).flags).toEqual([
      { name: '--all', short: '-a', value: false },
      { name: '--filter', short: '-f', value: true },
      { name: '--format', value: true },
      { name: '--no-trunc', value: false },
    ]);
  });

  it('reads every alias path without the leading docker', () => {
    expect(parseCliHelp(LS_HELP).aliases).toEqual([
      ['container', 'ls'],
      ['container', 'list'],
      ['container', 'ps'],
      ['ps'],
    ]);
  });

  it('reads subcommands from every Commands section and leaves out plugins (marked *)', () => {
    const page = parseCliHelp(ROOT_HELP);
    expect(page.subcommands.map((sub) => sub.name)).toEqual(['run', 'builder']);
    expect(page.subcommands[0]?.summary).toBe('Create and run a new container from an image');
  });

  it('keeps global options apart from command options', () => {
    const page = parseCliHelp(ROOT_HELP);
    expect(page.flags).toEqual([]);
    expect(page.globalFlags).toEqual([
      { name: '--context', short: '-c', value: true },
      { name: '--tls', value: false },
    ]);
    expect(page.usage).toBe('docker [OPTIONS] COMMAND');
  });
});
