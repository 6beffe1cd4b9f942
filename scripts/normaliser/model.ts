/**
 * The normaliser's data model. Every pipeline stage imports its types from here:
 *
 *   read -> parse (line passes, one adapter per shape) -> clean (tree passes)
 *        -> merge -> classify -> assign ids -> emit
 *
 * Only `read` and the CLI's final write touch the disk; every stage in between is a pure
 * function from the model to the model.
 */
import type { Root } from 'mdast';
import type { TreeCleanData } from './clean/tree/data.ts';

/** The seven topics, in sidebar order. */
export const TOPICS = [
  'basics',
  'dockerfile',
  'networking',
  'storage',
  'internals',
  'security',
  'orchestration',
] as const;
export type Topic = (typeof TOPICS)[number];

/** How a note is laid out; detected from its content, never from its file name. */
export type NoteShape =
  | 'html-export'
  | 'front-matter-markdown'
  | 'heading-markdown'
  | 'qa-list'
  | 'scraped-page'
  | 'tab-separated'
  | 'generic';

/** A note file as read from disk and decoded to text. */
export interface SourceNote {
  /** Path relative to the project root, POSIX separators: `notes/000_x.txt`. */
  path: string;
  /** Encoding it was decoded from: `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `gb18030`. */
  encoding: string;
  /**
   * Decoded text with LF line endings and NBSP / U+3000 / zero-width characters normalised.
   * Line N of this text (1-based) is line N of the original file.
   */
  text: string;
  /** Problems found while decoding (bytes that are not valid in the detected encoding), with line. */
  messages?: Message[];
  /** The note's readable name from the notes catalogue (`notes/README.md`), when it lists the note. */
  name?: string;
  /** Lines where an editorial `split` (editorial/overrides.yaml) starts an entry, sorted. */
  splitAt?: number[];
}

/** One line of a note, with its 1-based number in the original file. */
export interface SourceLine {
  line: number;
  text: string;
  /** Last original line this text spans, when a line pass joined broken lines into this one. */
  endLine?: number;
  /**
   * 1-based column where this text starts in its original line, when the parse stage cut a line
   * into pieces (a question embedded in another answer's line, an answer on its question's line).
   */
  column?: number;
}

/** What a note says about itself (front matter, page header), when it says it. */
export interface NoteMeta {
  title?: string;
  url?: string;
  date?: string;
  tags?: string[];
}

/** Where an entry came from. */
export interface EntrySource {
  /** Note path, as in SourceNote.path. */
  note: string;
  /** The note's own title, when it names one. */
  noteTitle?: string;
  /** The note's readable name from the notes catalogue (`notes/README.md`), when it lists the note. */
  noteName?: string;
  /** The note's original link, when it names one. */
  noteUrl?: string;
  /** First and last line of the entry in the original file, 1-based, inclusive. */
  lines: [number, number];
  /** The question as written in the note, before any cleaning. */
  originalTitle: string;
}

/** One question and its answer from one note. */
export interface Entry {
  /** Unique within a run: `<note path>:<first line>`. */
  key: string;
  /** The clean question title (prefixes, stray markup stripped, consistently ended). */
  question: string;
  /** The answer as an mdast tree; node positions carry original line numbers. */
  answer: Root;
  source: EntrySource;
  /** Grouping headings above the entry in its note (`['Docker基础']`), outermost first. */
  section: string[];
}

/** Why a line of a note is not part of any entry. */
export interface DroppedLine {
  note: string;
  line: number;
  text: string;
  /** Short machine-readable reason: `site-noise:read-counter`, `grouping-heading`, ... */
  reason: string;
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem found in a note or in the run, with file and line when it has one. */
export interface Message {
  note: string;
  line?: number;
  severity: Severity;
  /** Which pass or stage raised it: `decode`, `clean/code-blocks`, `overrides`, ... */
  source: string;
  reason: string;
  /**
   * True for a change this run makes to committed state (an id merged, moved or retired in the
   * registry). Printed by the CLI but kept out of reports/normalise.json: the next run no longer
   * makes the change, and the report must not differ between the two.
   */
  event?: boolean;
  /**
   * True for an editorial decision that matched once and no longer does because the notes
   * changed (scripts/normaliser/overrides/unmatched.ts): a warning, which `--strict` refuses.
   */
  stale?: boolean;
}

/** One fix applied by a cleaning pass; the report counts them by kind. */
export interface Fix {
  note: string;
  line?: number;
  /** `line-wrap`, `title`, `typeset`, `glossary:regional`, `typo`, `privacy`, `code`, `image`, ... */
  kind: string;
  /** What changed, human-readable: `Volumn -> Volume`. */
  detail: string;
}

/** A note after parsing and cleaning: its entries and everything said about it. */
export interface NoteRecord {
  source: SourceNote;
  shape: NoteShape;
  meta: NoteMeta;
  entries: Entry[];
  dropped: DroppedLine[];
  fixes: Fix[];
  messages: Message[];
}

/** How the topic scorer decided, kept for the report. */
export interface TopicAssignment {
  topic: Topic;
  /** Score of the winner minus the runner-up. */
  margin: number;
  scores: Record<Topic, number>;
  /** True when the margin is small enough that an editor should look. */
  closeCall: boolean;
  /** True when the editorial overrides file pinned the topic. */
  pinned: boolean;
}

/** One question as the site shows it: one or more entries merged. */
export interface CanonicalQuestion {
  /** Entry keys merged into this question; the lead (most complete answer) first. */
  members: string[];
  /**
   * Page title: the best-formed clean question among the members (`merge/choose-title.ts`), or
   * the `title` override.
   */
  question: string;
  /** English title, when the overrides or the glossary know one. */
  titleEn?: string;
  /** Merged answer: the lead answer, then a supplement of points the others add. */
  answer: Root;
  /** Every entry's source, lead first; one per member. */
  sources: EntrySource[];
  /** Search aliases, Chinese and English (`数据卷`, `volume`). */
  keywords: string[];
  topic?: TopicAssignment;
  /** Short ASCII kebab-case id; stable once published. */
  id?: string;
  /**
   * Words of a new id that are pinyin: the glossary and the dictionary knew no English for them
   * (set by the id stage, kept in the registry so every later run still counts them).
   */
  idPinyin?: string[];
  /** Position within its topic (learning path), 1-based. */
  order?: number;
  /** Ids of the nearest related questions, nearest first. */
  related: string[];
  /** Hidden by an editorial override: kept in the report, not published. */
  hidden?: boolean;
  /** What the command checker found in the answer and did about it (annotate-commands stage). */
  commands?: CommandCheck;
}

/**
 * What became of one command checker finding: `auto` (annotated with the checker's own text, no
 * editorial decision), or the decision of `editorial/overrides.yaml` (`annotate`, `ignore`, `fix`).
 */
export type CommandDecisionKind = 'auto' | 'annotate' | 'ignore' | 'fix';

/** One finding of the command checker on a page. */
export interface CommandFindingRecord {
  note: string;
  line: number;
  /** Finding kind: `unknown-command`, `unknown-flag`, `removed`, `deprecated`, `invalid-value`, `unknown-instruction`. */
  kind: string;
  severity: Severity;
  /** The command or Dockerfile line as checked. */
  command: string;
  /** The part that is wrong (`volume backup`, `--link`, `FORM`). */
  subject: string;
  decision: CommandDecisionKind;
}

/**
 * The command checker's counts for one page. `checked`: docker commands plus Dockerfile and
 * Compose blocks; `invalid`: findings that were never valid (unknown command, flag, instruction,
 * wrong value); `outdated`: removed or deprecated; `fixed`: corrected on the page (by a cleaning
 * typo rule or a `fix` decision); `annotated`: findings shown in an aside; `ignored`: `ignore` decisions.
 */
export interface CommandCheck {
  checked: number;
  invalid: number;
  outdated: number;
  fixed: number;
  annotated: number;
  ignored: number;
  /** Every finding, in answer order. */
  findings: CommandFindingRecord[];
}

/** A file the normaliser writes, relative to the project root. */
export interface OutputFile {
  path: string;
  content: string;
}

/** The whole run's state; each stage takes it and returns it. */
export interface Model {
  notes: NoteRecord[];
  questions: CanonicalQuestion[];
  files: OutputFile[];
  /** Run-level messages (overrides, registry, merge); note-level ones live on NoteRecord. */
  messages: Message[];
}

/** What happened to one entry, as the report states it. */
export type EntryOutcome =
  | { outcome: 'published'; page: string }
  | { outcome: 'merged'; page: string; mergedInto: string }
  | { outcome: 'dropped'; reason: string };

/**
 * What the tree cleaning passes (`clean/tree/`) need besides the note itself. The CLI builds it:
 * the asset list from the disk, the data from `loadTreeCleanData` (data/glossary/).
 */
export interface CleanContext {
  /** Files that exist under notes/, POSIX paths relative to the project root: `notes/img/a.png`. */
  assetPaths: ReadonlySet<string>;
  /** Glossaries, typo rules, code vocabulary and privacy rules from data/glossary/. */
  data: TreeCleanData;
  /**
   * Private address -> documentation address for the whole run, built by `collectPrivateAddresses`
   * over the sorted notes so one address gets one placeholder everywhere. When absent, the privacy
   * pass numbers the addresses of the note it cleans.
   */
  privateAddresses?: ReadonlyMap<string, string>;
}
