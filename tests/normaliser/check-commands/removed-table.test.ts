import { describe, expect, it } from 'vitest';
import { defaultRemovedTable } from '../../../scripts/normaliser/check-commands/removed-table.ts';

describe('removed table: what the site says', () => {
  const entries = [
    ...defaultRemovedTable.programs.map((entry) => [entry.program, entry] as const),
    ...defaultRemovedTable.commands.map((entry) => [`docker ${entry.path}`, entry] as const),
    ...defaultRemovedTable.flags.map((entry) => [`${entry.paths[0]} ${entry.flag}`, entry] as const),
    ...defaultRemovedTable.values.map((entry) => [entry.pattern, entry] as const),
    ...defaultRemovedTable.dockerfile.map((entry) => [entry.instruction, entry] as const),
    ...defaultRemovedTable.compose.map((entry) => [entry.key, entry] as const),
  ];

  it.each(entries)('%s has a Chinese reason for the page', (_name, entry) => {
    expect(entry.zh?.reason).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each(entries.filter(([, entry]) => entry.replacement !== undefined && !/^(?:docker|dockerd|--?[a-z]|[A-Z]+\b|[a-z]+=)\S*(?: [^,]*)?$/.test(entry.replacement)))(
    '%s: a replacement in words has Chinese advice (the page shows it instead of the English)',
    (_name, entry) => {
      expect(entry.zh?.replacement).toMatch(/[\u4e00-\u9fff]/);
    },
  );
});
