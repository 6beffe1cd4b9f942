import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DataFileError, parseDataYaml, readDataText } from '../../scripts/normaliser/data-file.ts';
import { parseTopicTables } from '../../scripts/normaliser/classify/topic-tables.ts';

const schema = z.object({ weights: z.record(z.string(), z.number()), name: z.string() }).strict();

describe('parseDataYaml', () => {
  it('returns the validated data', () => {
    expect(parseDataYaml(schema, 'name: t\nweights:\n  a: 1\n', 'data/t.yaml')).toEqual({ name: 't', weights: { a: 1 } });
  });

  it('names the file and the line of a value that does not fit the schema', () => {
    const text = 'name: t\nweights:\n  a: 1\n  b: heavy\n';
    expect(() => parseDataYaml(schema, text, 'data/t.yaml')).toThrow(DataFileError);
    expect(() => parseDataYaml(schema, text, 'data/t.yaml')).toThrow(/^data\/t\.yaml:4: weights\.b: Expected number/);
  });

  it('points a missing key at its parent, and an unknown key at the mapping', () => {
    expect(() => parseDataYaml(schema, 'weights: {}\n', 'data/t.yaml')).toThrow(/^data\/t\.yaml:1: name: Required/);
    expect(() => parseDataYaml(schema, 'name: t\nweights: {}\nextra: 1\n', 'data/t.yaml')).toThrow(/^data\/t\.yaml:1: \(top level\): Unrecognized key/);
  });

  it('names the file and line of a YAML syntax error', () => {
    expect(() => parseDataYaml(schema, 'name: t\nweights: [1,\n', 'data/t.yaml')).toThrow(/^data\/t\.yaml:\d+: /);
  });
});

describe('the project data files', () => {
  it('reads a real table through a loader, which names the file when an edit breaks it', () => {
    const text = readDataText('data/topics.yaml');
    expect(() => parseTopicTables(text)).not.toThrow();
    expect(() => parseTopicTables(`${text}\nunexpected: 1\n`)).toThrow(/^data\/topics\.yaml:\d+: /);
  });
});
