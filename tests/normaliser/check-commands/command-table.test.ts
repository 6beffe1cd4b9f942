import { describe, expect, it } from 'vitest';
import {
  defaultCommandTable,
  findCommand,
  mergeCommandTables,
  parseCoreTable,
  parsePluginTable,
} from '../../../scripts/normaliser/check-commands/command-table.ts';

describe('command table', () => {
  it('merges the plugins under docker with the versions they describe', () => {
    expect(defaultCommandTable.plugins).toEqual({ buildx: 'v0.24', compose: 'v2.36', scout: 'v1.18' });
    expect(findCommand(defaultCommandTable.root, ['compose', 'up'])?.flags).toContainEqual({ name: '--detach', short: '-d', value: false });
    expect(findCommand(defaultCommandTable.root, ['compose', 'convert'])).toBe(findCommand(defaultCommandTable.root, ['compose', 'config']));
  });

  it('docker build also takes buildx build flags (alsoAccepts)', () => {
    const names = findCommand(defaultCommandTable.root, ['build'])?.flags.map((flag) => flag.name);
    expect(names).toEqual(expect.arrayContaining(['--push', '--platform', '--squash']));
  });

  it('rejects bad data with a clear error', () => {
    expect(() => parseCoreTable('{"comment":"","client":"x","globalFlags":[],"commands":{}}')).toThrow(/client/);
    const core = parseCoreTable('{"comment":"","client":"1.0.0","globalFlags":[],"commands":{"run":{"summary":"","flags":[]}}}');
    const clash = parsePluginTable('{"comment":"","alsoAccepts":{},"plugins":{"run":{"version":"1","source":"s","summary":"","flagsComplete":true,"flags":[],"commands":{}}}}');
    expect(() => mergeCommandTables(core, clash)).toThrow(/clashes/);
  });
});
