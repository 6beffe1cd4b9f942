import { describe, expect, it } from 'vitest';
import { checkDockerfile } from '../../../scripts/normaliser/check-commands/check-dockerfile.ts';

const summary = (text: string): [number, string, string, string | undefined][] =>
  checkDockerfile(text).map((found) => [found.line, found.kind, found.subject, found.replacement]);

describe('checkDockerfile', () => {
  it('a valid Dockerfile with comments, directives, continuations and a heredoc raises nothing', () => {
    const text = '# syntax=docker/dockerfile:1\nFROM node:20 AS build\nWORKDIR /app\nRUN apt-get update && \\\n    FORM not-an-instruction\nRUN <<EOF\nRUM inside heredoc\nEOF\nCOPY . .\nonbuild RUN npm ci\nCMD ["node", "server.js"]\n';
    expect(summary(text)).toEqual([]);
  });

  it('known misspellings get their instruction', () => {
    expect(summary('FORM alpine\nRUM apk add curl\nENTRYOINT ["sh"]\n')).toEqual([
      [1, 'unknown-instruction', 'FORM', 'FROM'],
      [2, 'unknown-instruction', 'RUM', 'RUN'],
      [3, 'unknown-instruction', 'ENTRYOINT', 'ENTRYPOINT'],
    ]);
  });

  it('other unknown words get the nearest instruction, or none', () => {
    expect(summary('FROM alpine\nEXPOZE 80\nFROBNICATE x\n')).toEqual([
      [2, 'unknown-instruction', 'EXPOZE', 'EXPOSE'],
      [3, 'unknown-instruction', 'FROBNICATE', undefined],
    ]);
  });

  it('MAINTAINER is deprecated, also under ONBUILD', () => {
    expect(summary('FROM alpine\nMAINTAINER me <me@example.com>\nONBUILD RUM x\n')).toEqual([
      [2, 'deprecated', 'MAINTAINER', 'LABEL maintainer="NAME <EMAIL>"'],
      [3, 'unknown-instruction', 'RUM', 'RUN'],
    ]);
  });
});
