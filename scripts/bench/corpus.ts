/**
 * The benchmark corpus: N times the real notes, made deterministically from them. Copies are
 * reworded (synonyms, punctuation width), have their numbered points reordered and renumbered and
 * their questions reshuffled, and gain new distinct questions built from recombined terms, so that
 * merging, classification and id assignment do real work at every size. Pure: no disk, no clock,
 * no Math.random.
 */
import { z } from 'zod';
import { nestBlocks, protectedLines, reorderPoints, splitNote, type BlockNode, type NoteBlock } from './note-blocks.ts';
import { createRandom, type Random } from './prng.ts';
import { createReworder, type Reworder } from './reword.ts';

/** One note file of a corpus: file name (no folder) and text. */
export interface CorpusNote {
  name: string;
  text: string;
}

/** The word lists of scripts/bench/corpus-vocabulary.yaml. */
export const corpusVocabularySchema = z.object({
  synonyms: z.array(z.array(z.string().min(1)).min(2)),
  punctuation: z.array(z.tuple([z.string().length(1), z.string().length(1)])),
  terms: z.array(z.string().min(1)).min(2),
  scenarios: z.array(z.string().min(1)).min(1),
  aspects: z.array(z.string().min(1)).min(1),
  questions: z.array(z.string().min(1)).min(1),
  intros: z.array(z.string().min(1)).min(1),
});

/** The corpus generator's word lists. */
export type CorpusVocabulary = z.infer<typeof corpusVocabularySchema>;

/** The default seed: the same corpus everywhere unless a run asks for another. */
export const DEFAULT_CORPUS_SEED = 'docker-notes-bench';

/** Share of a copy's questions added as new distinct questions. */
const NEW_QUESTION_RATE = 0.25;
/** Probability of each synonym swap and of a line's punctuation swap. */
const REWORD_RATE = 0.3;

/**
 * Every question the templates can make, in a fixed order: each template filled with every
 * allowed combination of terms (a ≠ b), scenarios and aspects.
 */
export function questionPool(vocabulary: CorpusVocabulary): string[] {
  const pool: string[] = [];
  for (const template of vocabulary.questions) {
    const scenarios = template.includes('{scenario}') ? vocabulary.scenarios : [''];
    const aspects = template.includes('{aspect}') ? vocabulary.aspects : [''];
    const seconds = template.includes('{b}') ? vocabulary.terms : [''];
    for (const a of vocabulary.terms) {
      for (const b of seconds) {
        if (a === b) continue;
        for (const scenario of scenarios) {
          for (const aspect of aspects) {
            pool.push(template.replaceAll('{a}', a).replaceAll('{b}', b).replaceAll('{scenario}', scenario).replaceAll('{aspect}', aspect));
          }
        }
      }
    }
  }
  return pool;
}

/** Lines of text worth borrowing as points of a new question: prose, not code, not headings. */
function borrowablePoints(lines: readonly string[]): string[] {
  const marks = protectedLines(lines);
  return lines
    .filter((line, index) => !marks[index] && line.trim().length >= 15 && !/^\s*[#|>]/.test(line))
    .map((line) => line.trim().replace(/^(\d+[、.．]\s*|[-*+]\s+)/, ''))
    .filter((line) => line.length >= 10);
}

/** A new question block in the note's own shape: a heading in markdown notes, a bare line otherwise. */
function newQuestionBlock(question: string, level: number, borrowed: readonly string[], vocabulary: CorpusVocabulary, random: Random): NoteBlock {
  const count = 3 + random.int(3);
  const points = Array.from({ length: count }, () => random.pick(borrowed));
  const intro = random.pick(vocabulary.intros);
  if (level > 0) {
    return { level, generated: true, lines: [`${'#'.repeat(level)} ${question}`, '', intro, '', ...points.map((point, index) => `${index + 1}. ${point}`), ''] };
  }
  return { level, generated: true, lines: [question, '', intro, '', ...points.flatMap((point, index) => [`${index + 1}、${point}`, ''])] };
}

/** How many new questions a copy of `source` gets (depends only on the source, not the copy). */
export function newQuestionCount(source: CorpusNote): number {
  return Math.max(1, Math.round(splitNote(source.text.split('\n')).blocks.length * NEW_QUESTION_RATE));
}

/** True when a block's first line reads like a question, so a new question fits beside it. */
function looksLikeQuestion(block: NoteBlock): boolean {
  return /[?？]\s*$|什么|如何|怎么|为什么|区别|哪些/.test(block.lines[0] ?? '');
}

/**
 * One reworded, reshuffled copy of a note with `newQuestions` added. Blocks are shuffled among
 * their siblings (the blocks under the same heading), so sections keep their questions and
 * questions their sub-points; each new question goes beside a random question-like block, at its
 * heading depth.
 */
export function copyNote(source: CorpusNote, newQuestions: readonly string[], vocabulary: CorpusVocabulary, reworder: Reworder, random: Random): string {
  const lines = source.text.split('\n');
  const { preamble, blocks } = splitNote(lines);
  const roots = nestBlocks(blocks);
  const borrowed = borrowablePoints(lines);
  // Sibling lists in document order, paired with their members; new questions join one of them.
  const siblingLists: { list: BlockNode[]; node: BlockNode }[] = [];
  const collect = (list: BlockNode[]): void => {
    for (const node of list) {
      siblingLists.push({ list, node });
      collect(node.children);
    }
  };
  collect(roots);
  const questionLike = siblingLists.filter((entry) => looksLikeQuestion(entry.node.block));
  const places = questionLike.length > 0 ? questionLike : siblingLists;
  for (const question of newQuestions) {
    if (borrowed.length === 0 || places.length === 0) break;
    const place = random.pick(places);
    place.list.push({ block: newQuestionBlock(question, place.node.block.level, borrowed, vocabulary, random), children: [] });
  }
  const rewordBlock = ({ lines: blockLines, generated }: NoteBlock): string[] => {
    if (generated) return [...blockLines];
    const reordered = reorderPoints(blockLines, protectedLines(blockLines), random.shuffle);
    const marks = protectedLines(reordered);
    const reworded = reordered.map((line, index) => (marks[index] ? line : reworder(line, random)));
    // Keep a blank line between blocks even when the last block of the source had none.
    return reworded[reworded.length - 1] === '' ? reworded : [...reworded, ''];
  };
  const render = (list: readonly BlockNode[]): string[] =>
    random.shuffle(list).flatMap((node) => [...rewordBlock(node.block), ...render(node.children)]);
  return [...preamble, ...render(roots)].join('\n');
}

/** A 16-digit hex id drawn from `random`, like the notes' own file names. */
function hexId(random: Random): string {
  return Array.from({ length: 16 }, () => '0123456789abcdef'[random.int(16)]).join('');
}

/**
 * The corpus at `factor` times the sources: the sources themselves, then copies numbered after
 * them (`005_<hex>.txt`, …), copy i made from source i mod n. Copy i depends only on the seed, i and
 * the sources, so a smaller corpus is a prefix of a larger one. New questions are taken in order
 * from a seeded shuffle of {@link questionPool}, so they are distinct until the pool runs out.
 */
export function generateCorpus(sources: readonly CorpusNote[], factor: number, vocabulary: CorpusVocabulary, seed: string = DEFAULT_CORPUS_SEED): CorpusNote[] {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`corpus factor must be a positive integer, got ${factor}`);
  const sorted = [...sources].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const total = sorted.length * factor;
  const width = Math.max(3, String(total - 1).length);
  const pool = createRandom(`${seed}:questions`).shuffle(questionPool(vocabulary));
  const reworder = createReworder({ synonyms: vocabulary.synonyms, punctuation: vocabulary.punctuation }, REWORD_RATE);
  const counts = sorted.map(newQuestionCount);
  const corpus: CorpusNote[] = [...sorted];
  let nextQuestion = 0;
  for (let index = sorted.length; index < total; index++) {
    const sourceIndex = index % sorted.length;
    const source = sorted[sourceIndex] as CorpusNote;
    const random = createRandom(`${seed}:copy:${index}`);
    const count = counts[sourceIndex] as number;
    const questions = Array.from({ length: count }, (_, offset) => pool[(nextQuestion + offset) % pool.length] as string);
    nextQuestion += count;
    const extension = /\.[^.]+$/.exec(source.name)?.[0] ?? '.txt';
    corpus.push({ name: `${String(index).padStart(width, '0')}_${hexId(random)}${extension}`, text: copyNote(source, questions, vocabulary, reworder, random) });
  }
  return corpus;
}
