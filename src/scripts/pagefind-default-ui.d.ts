/** The part of Pagefind UI (`@pagefind/default-ui`, which ships no types) that src/scripts/pagefind-ui.ts uses. */
declare module '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs' {
  /** Options of `new PagefindUI()`; those it does not know go to pagefind.js's `options()`. */
  export interface PagefindUIOptions {
    element?: string | HTMLElement;
    bundlePath?: string;
    debounceTimeoutMs?: number;
    mergeIndex?: { bundlePath: string; [option: string]: unknown }[];
    [option: string]: unknown;
  }

  export class PagefindUI {
    constructor(options: PagefindUIOptions);
    triggerSearch(term: string): void;
    destroy(): void;
  }
}
