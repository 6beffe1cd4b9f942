/**
 * The id words for one Chinese word from its dictionary glosses: the sense a reader of a Docker
 * page would say, as one to three lower-case ASCII words.
 */

/** Most words a sense may have to become id words (`load balancing` yes, a definition no). */
const MAX_SENSE_WORDS = 3;

/** Fewest glosses of the dictionary an English word must appear in to be English enough for an id. */
export const MIN_ENGLISH_USES = 3;

/** What choosing a sense may consult besides the glosses. */
export interface GlossChoice {
  /** English the project already uses (glossary id words, docker CLI help): wins ties. */
  preferred?: ReadonlySet<string>;
  /** How many glosses of the dictionary use a word; below MIN_ENGLISH_USES a sense is not used. */
  englishUses?: (word: string) => number;
}

/**
 * Senses that do not translate the word: cross references, names, pronunciation notes, and
 * registers a tech page never means. Tested on the raw sense, tags included.
 */
const UNUSABLE_SENSE =
  /\b(?:variant of|surname|abbr\. for|abbr\. of|see also|see |used in|CL:|Taiwan pr\.|pr\. \[|old name|name of|classifier for)|\((?:archaic|literary|dialect|old|Tw|Cantonese|onom\.|euphemism|vulgar|derog\.|slang|Internet slang|Buddhism|Daoism|in names|coll\.)\)/i;

/** `(computing)` and the like: the sense a tech title means. */
const TECH_TAG = /\((?:computing|network|networking|software|Internet)\)/i;

/** English words that add nothing to an id once the parentheses and articles are gone. */
const DROPPED_WORDS = new Set(['to', 'a', 'an', 'the', 'sb', 'sth', 'one', 's', 'oneself', 'etc', 'of', 'esp']);

/** A gloss's sense in id form, with what ranks it. */
interface Candidate {
  words: string[];
  tech: boolean;
  preferred: boolean;
  position: number;
}

/**
 * The id words of the best sense among a word's glosses, or undefined when no sense is usable.
 * Senses are the `;`-separated parts of each gloss, in plain English words the dictionary uses
 * at least MIN_ENGLISH_USES times (so `gyonshi` is not English for 僵尸, `zombie` is); the best is a tech-tagged one (`log
 * (computing)`), then the one with the fewest words, then one whose words are all in `preferred`
 * (English the glossary and the docker CLI use), then the first (CC-CEDICT lists the main sense
 * first).
 * @example glossIdWords([['journal', 'log (computing)']]) // ['log']
 * @example glossIdWords([['to restrict', 'to limit']], { preferred: new Set(['limit']) }) // ['limit']
 */
export function glossIdWords(
  entries: readonly (readonly string[])[],
  { preferred = new Set(), englishUses = () => MIN_ENGLISH_USES }: GlossChoice = {},
): string[] | undefined {
  const candidates: Candidate[] = [];
  let position = 0;
  for (const glosses of entries) {
    for (const gloss of glosses) {
      for (const sense of gloss.split(';')) {
        position += 1;
        if (UNUSABLE_SENSE.test(sense)) continue;
        const words = senseWords(sense);
        if (!words || words.some((word) => englishUses(word) < MIN_ENGLISH_USES)) continue;
        candidates.push({ words, tech: TECH_TAG.test(sense), preferred: words.every((word) => preferred.has(word)), position });
      }
    }
  }
  candidates.sort(
    (a, b) =>
      Number(b.tech) - Number(a.tech) ||
      a.words.length - b.words.length ||
      Number(b.preferred) - Number(a.preferred) ||
      a.position - b.position,
  );
  return candidates[0]?.words;
}

/** A sense as id words, or undefined when it is not plain short English. */
function senseWords(sense: string): string[] | undefined {
  const bare = sense.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').toLowerCase();
  if (/[^a-z0-9\s'\-,./]/.test(bare)) return undefined;
  const words = (bare.match(/[a-z0-9]+/g) ?? []).filter((word) => !DROPPED_WORDS.has(word));
  if (words.length === 0 || words.length > MAX_SENSE_WORDS) return undefined;
  return words;
}

/**
 * True when the word can be a measure word (a gloss says `classifier for`): after a number
 * (`100道`, `3个`) that is what it is, and an id drops it.
 */
export function isClassifier(entries: readonly (readonly string[])[]): boolean {
  return entries.some((glosses) => glosses.some((gloss) => /\bclassifier for\b/i.test(gloss)));
}
