import { describe, expect, it } from 'vitest';
import { PARTS, selectParts } from '../../scripts/bench/bench.ts';
import { lighthouseScores } from '../../scripts/bench/parts/lighthouse.ts';

describe('selectParts', () => {
  it('runs every part by default, in order', () => {
    expect(selectParts(undefined)).toEqual([...PARTS]);
  });
  it('runs the named parts in the standard order, comma-separated or repeated', () => {
    expect(selectParts(['search,normalise'])).toEqual(['normalise', 'search']);
    expect(selectParts(['build', 'weight'])).toEqual(['build', 'weight']);
  });
  it('rejects an unknown part', () => {
    expect(() => selectParts(['speed'])).toThrow(/unknown part "speed"/);
  });
});

describe('lighthouseScores', () => {
  it('turns category scores into 0–100', () => {
    const report = JSON.stringify({ categories: { performance: { score: 0.97 }, accessibility: { score: 1 }, 'best-practices': { score: 0.96 }, seo: { score: 1 } } });
    expect(lighthouseScores(report)).toEqual({ performance: 97, accessibility: 100, 'best-practices': 96, seo: 100 });
  });
  it('fails when a category has no score (e.g. the page errored)', () => {
    const report = JSON.stringify({ categories: { performance: { score: null }, accessibility: { score: 1 }, 'best-practices': { score: 1 }, seo: { score: 1 } } });
    expect(() => lighthouseScores(report)).toThrow(/no performance score/);
  });
});
