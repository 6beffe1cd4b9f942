/**
 * All line passes, in the order they run: site noise first (so a dropped counter never joins a
 * sentence), then broken-line joining for plain-text notes.
 */
import type { SourceLine } from '../../model.ts';
import { isMarkdownShape, type LinePassContext, type LinePassResult } from './line-pass.ts';
import { joinBrokenLines } from './line-wraps.ts';
import { removeSiteNoise } from './site-noise.ts';

/** Run the line passes over a note's lines and merge what they report. */
export function runLinePasses(lines: readonly SourceLine[], context: LinePassContext): LinePassResult {
  const noise = removeSiteNoise(lines, context);
  if (isMarkdownShape(context.shape)) return noise;
  const wraps = joinBrokenLines(noise.lines, context);
  return {
    lines: wraps.lines,
    dropped: [...noise.dropped, ...wraps.dropped],
    fixes: [...noise.fixes, ...wraps.fixes],
    messages: [...noise.messages, ...wraps.messages],
    meta: { ...noise.meta, ...wraps.meta },
  };
}
