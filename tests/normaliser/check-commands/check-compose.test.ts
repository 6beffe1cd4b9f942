import { describe, expect, it } from 'vitest';
import { checkCompose, looksLikeCompose } from '../../../scripts/normaliser/check-commands/check-compose.ts';

describe('checkCompose', () => {
  it('notes the obsolete top-level version key, at its line, as info', () => {
    expect(checkCompose('# app\nversion: "3.8"\nservices:\n  web:\n    image: nginx\n')).toEqual([
      expect.objectContaining({ kind: 'deprecated', severity: 'info', subject: 'version', line: 2, command: 'version: "3.8"' }),
    ]);
  });

  it('a nested version key and a file without one raise nothing', () => {
    expect(checkCompose('services:\n  web:\n    image: nginx\n    labels:\n      version: "1"\n')).toEqual([]);
  });

  it('invalid YAML raises nothing (not this checker\'s business)', () => {
    expect(checkCompose('version: "3"\nservices: [\n')).toEqual([]);
  });

  it('recognises compose files by their services key', () => {
    expect(looksLikeCompose('services:\n  web: {}\n')).toBe(true);
    expect(looksLikeCompose('apiVersion: v1\nkind: Pod\n')).toBe(false);
  });
});
