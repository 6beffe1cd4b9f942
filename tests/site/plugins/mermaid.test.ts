import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mermaidSetup } from '../../../src/plugins/mermaid.ts';

describe('mermaidSetup', () => {
  it('renders in the browser, and says so in one line, when there is no Chromium', () => {
    const setup = mermaidSetup('/nonexistent/chromium');
    expect(setup.strategy).toBe('pre-mermaid');
    expect(setup.plugin[1]).toEqual({ strategy: 'pre-mermaid' });
    expect(setup.notice).toContain('/nonexistent/chromium');
    expect(setup.notice?.split('\n')).toHaveLength(1);
  });

  it('rejects a path that exists but cannot be executed', () => {
    const notExecutable = join(mkdtempSync(join(tmpdir(), 'mermaid-')), 'chromium');
    writeFileSync(notExecutable, '', { mode: 0o644 });
    expect(mermaidSetup(notExecutable).strategy).toBe('pre-mermaid');
  });

  it('renders inline SVG at build time with an executable Chromium, launched with the team flags', () => {
    // /bin/sh stands in for an executable: the choice only checks that the file can be run.
    const setup = mermaidSetup('/bin/sh');
    expect(setup.strategy).toBe('inline-svg');
    expect(setup.notice).toBeUndefined();
    expect(setup.plugin[1].launchOptions).toMatchObject({
      executablePath: '/bin/sh',
      args: expect.arrayContaining(['--no-sandbox', '--disable-gpu']),
    });
  });
});
