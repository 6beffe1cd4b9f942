/**
 * The data the tree passes use (data/glossary/*.yaml): schemas, parsing, and the loader the CLI
 * calls. Passes never read the disk; they get this through `CleanContext.data`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const scopeSchema = z.enum(['prose', 'code', 'dockerfile']);

const ruleSchema = z
  .object({
    from: z.string().min(1),
    to: z.string(),
    scope: z.array(scopeSchema).min(1),
    /** The text right after the match must match this (anchored there). */
    before: z.string().optional(),
    /** The text right before the match must end with a match of this. */
    after: z.string().optional(),
    /** The text right after the match must not match this. */
    notBefore: z.string().optional(),
    /** The text right before the match must not end with a match of this. */
    notAfter: z.string().optional(),
    /** Latin terms: also match inside a longer identifier (`CreateVolumn`). */
    insideWords: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict();

const rulesSchema = z.array(ruleSchema);

const vocabularySchema = z
  .object({
    shellCommands: z.array(z.string().min(1)),
    dockerSubcommands: z.array(z.string().min(1)),
    dockerManagementSubcommands: z.array(z.string().min(1)),
    dockerFlags: z.array(
      z.object({ short: z.string().regex(/^-[A-Za-z]$/).optional(), long: z.string().regex(/^--[a-z][a-z0-9-]*$/) }).strict(),
    ),
    logDrivers: z.array(z.string().min(1)),
    dockerfileInstructions: z.array(z.string().min(1)),
    systemdSections: z.array(z.string().min(1)),
    systemdKeys: z.array(z.string().min(1)),
    gluedCommandStarts: z.array(z.string().min(1)),
    imagePlaceholders: z.array(z.string().min(1)),
  })
  .strict();

const privacySchema = z
  .object({
    documentationNetworks: z.array(z.string().regex(/^\d+\.\d+\.\d+$/)).min(1),
    personalMirrorDomains: z.array(z.string().min(1)),
    personalIdPlaceholder: z.string().min(1),
    hosts: z.record(z.string().min(1), z.string().min(1)),
  })
  .strict();

/** A JavaScript regular expression (flags `gu`), rejected when it does not compile. */
const regexSource = z
  .string()
  .min(1)
  .refine((source) => {
    try {
      new RegExp(source, 'gu');
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression');

const punctuationSchema = z.array(
  z
    .object({
      pattern: regexSource,
      to: z.string(),
      reason: z.string().min(1),
    })
    .strict(),
);

const outputShapeSchema = z
  .object({
    name: z.string().min(1),
    command: regexSource.optional(),
    header: z.array(z.string().min(1)).min(2).optional(),
    keys: z.array(z.string().min(1)).min(1).optional(),
    listKeys: z.array(z.string().min(1)).optional(),
    lineStarts: z.array(regexSource).optional(),
    json: z.literal(true).optional(),
  })
  .strict()
  .refine((shape) => shape.header || shape.keys || shape.lineStarts || shape.json, 'a shape needs header, keys, lineStarts or json')
  .refine((shape) => shape.command || shape.header, 'a shape without a command needs a header')
  .refine((shape) => (shape.listKeys ?? []).every((key) => shape.keys?.includes(key)), 'every listKey must be one of keys');

const terminalOutputSchema = z.object({ shapes: z.array(outputShapeSchema).min(1) }).strict();

const captionsSchema = z
  .object({
    captions: z.array(
      z.object({ kind: z.string().regex(/^[a-z][a-z-]*$/), pattern: regexSource, reason: z.string().min(1), nextToPicture: z.boolean() }).strict(),
    ),
  })
  .strict();

/** One glossary or typo rule: replace `from` by `to` where `scope` and the context conditions say. */
export type GlossaryRule = z.infer<typeof ruleSchema>;
/** Where a rule applies: prose text, any code, or a Dockerfile instruction at a line start. */
export type GlossaryScope = z.infer<typeof scopeSchema>;
/** Commands, flags and config keys the code passes recognise. */
export type CodeVocabulary = z.infer<typeof vocabularySchema>;
/** What the privacy pass replaces besides private addresses. */
export type PrivacyRules = z.infer<typeof privacySchema>;

/** A punctuation rule for Chinese prose: `pattern` (flags `gu`) -> `to`, and why. */
export type PunctuationRule = z.infer<typeof punctuationSchema>[number];

/** A known shape of terminal output (data/glossary/terminal-output.yaml). */
export type OutputShape = z.infer<typeof outputShapeSchema>;

/** A kind of caption line that lost its picture (data/glossary/captions.yaml). */
export type CaptionRule = z.infer<typeof captionsSchema>['captions'][number];

/** Everything from data/glossary/ the tree passes use. */
export interface TreeCleanData {
  regionalTerms: GlossaryRule[];
  typos: GlossaryRule[];
  vocabulary: CodeVocabulary;
  privacy: PrivacyRules;
  punctuation: PunctuationRule[];
  terminalOutput: OutputShape[];
  captions: CaptionRule[];
}

/** The YAML texts of the data files, by file name. */
export interface TreeCleanDataTexts {
  regionalTerms: string;
  typos: string;
  vocabulary: string;
  privacy: string;
  punctuation: string;
  terminalOutput: string;
  captions: string;
}

/** Parses and validates the data files; throws naming the file and the zod issue on bad data. */
export function parseTreeCleanData(texts: TreeCleanDataTexts): TreeCleanData {
  const parseFile = <T>(name: string, schema: z.ZodType<T>, text: string): T => {
    const result = schema.safeParse(parse(text));
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(`data/glossary/${name}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
    }
    return result.data;
  };
  return {
    regionalTerms: parseFile('regional-terms.yaml', rulesSchema, texts.regionalTerms),
    typos: parseFile('typos.yaml', rulesSchema, texts.typos),
    vocabulary: parseFile('vocabulary.yaml', vocabularySchema, texts.vocabulary),
    privacy: parseFile('privacy.yaml', privacySchema, texts.privacy),
    punctuation: parseFile('punctuation.yaml', punctuationSchema, texts.punctuation),
    terminalOutput: parseFile('terminal-output.yaml', terminalOutputSchema, texts.terminalOutput).shapes,
    captions: parseFile('captions.yaml', captionsSchema, texts.captions).captions,
  };
}

/** Reads data/glossary/*.yaml under the project root. The CLI calls this once per run. */
export function loadTreeCleanData(projectRoot: string): TreeCleanData {
  const read = (name: string) => readFileSync(join(projectRoot, 'data', 'glossary', name), 'utf8');
  return parseTreeCleanData({
    regionalTerms: read('regional-terms.yaml'),
    typos: read('typos.yaml'),
    vocabulary: read('vocabulary.yaml'),
    privacy: read('privacy.yaml'),
    punctuation: read('punctuation.yaml'),
    terminalOutput: read('terminal-output.yaml'),
    captions: read('captions.yaml'),
  });
}
