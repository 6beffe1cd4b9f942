import { statSync } from 'node:fs';
import rehypeMermaid, { type RehypeMermaidOptions } from 'rehype-mermaid';

/** Flags every headless Chromium launch in this project uses (see the team rules). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where the Debian Chromium lives unless `CHROMIUM_PATH` says otherwise. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** How ```mermaid blocks end up in the HTML. */
export interface MermaidSetup {
  /** `inline-svg`: rendered at build time; `pre-mermaid`: rendered in the browser. */
  strategy: 'inline-svg' | 'pre-mermaid';
  /** The Chromium used at build time (inline-svg only). */
  chromiumPath: string;
  /** The rehype plugin entry to put in `markdown.rehypePlugins`. */
  plugin: [typeof rehypeMermaid, RehypeMermaidOptions];
  /** One line to print when diagrams cannot be rendered at build time; undefined otherwise. */
  notice?: string;
}

/**
 * Chooses how to render Mermaid: inline SVG at build time when a Chromium is executable at
 * `chromiumPath`, otherwise `<pre class="mermaid">` that a client script renders in the browser.
 *
 * @example
 *   mermaidSetup(process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH)
 */
export function mermaidSetup(chromiumPath: string): MermaidSetup {
  if (isExecutable(chromiumPath)) {
    return {
      strategy: 'inline-svg',
      chromiumPath,
      plugin: [
        rehypeMermaid,
        {
          strategy: 'inline-svg',
          launchOptions: { executablePath: chromiumPath, args: CHROMIUM_FLAGS },
          mermaidConfig: { theme: 'neutral' },
        },
      ],
    };
  }
  return {
    strategy: 'pre-mermaid',
    chromiumPath,
    plugin: [rehypeMermaid, { strategy: 'pre-mermaid' }],
    notice:
      `[mermaid] no Chromium at ${chromiumPath} (set CHROMIUM_PATH): ` +
      'diagrams are rendered in the browser instead of as build-time SVG.',
  };
}

/** A regular file with an execute bit (access(X_OK) says yes to everything for root). */
function isExecutable(path: string): boolean {
  try {
    const stats = statSync(path);
    return stats.isFile() && (stats.mode & 0o111) !== 0;
  } catch {
    return false;
  }
}
