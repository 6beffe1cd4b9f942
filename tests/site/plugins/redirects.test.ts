import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRedirects } from '../../../src/plugins/redirects.ts';

function fixture(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'redirects-')), 'redirects.json');
  writeFileSync(path, content);
  return path;
}

describe('readRedirects', () => {
  it('maps each old path to its new path, and the same under /en/', () => {
    const path = fixture('{"/basics/old-id/": "/storage/new-id/"}');
    expect(readRedirects(path)).toEqual({
      '/basics/old-id/': '/storage/new-id/',
      '/en/basics/old-id/': '/en/storage/new-id/',
    });
  });

  it('gives no redirects when the file does not exist', () => {
    expect(readRedirects('/nonexistent/redirects.json')).toEqual({});
  });

  it('rejects a target that is not a site path, naming the file and the entry', () => {
    const path = fixture('{"/basics/old-id/": "storage/new-id/"}');
    expect(() => readRedirects(path)).toThrow(/redirects\.json: "\/basics\/old-id\/"/);
  });

  it('rejects JSON that is not an object', () => {
    const path = fixture('[["/a/", "/b/"]]');
    expect(() => readRedirects(path)).toThrow(/expected a JSON object/);
  });
});
