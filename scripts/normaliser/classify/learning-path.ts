/**
 * Learning-path stages from `data/learning-path.yaml`: what it is -> differences -> how it works
 * -> how to use it -> troubleshooting. Loaded once at import (static configuration).
 */
import { parseDataYaml, readDataText } from '../data-file.ts';
import { z } from 'zod';

const STAGES = ['definition', 'comparison', 'principle', 'practice', 'troubleshooting'] as const;
/** A stage of the learning path. */
export type LearningStage = (typeof STAGES)[number];

const learningPathSchema = z
  .object({
    stages: z.array(z.enum(STAGES)).length(STAGES.length),
    match: z.array(z.enum(STAGES)).min(1),
    cues: z.record(z.enum(STAGES), z.array(z.string().min(1))),
  })
  .strict();

/** The stage tables. */
export type LearningPath = z.infer<typeof learningPathSchema>;

/** Parses and validates learning-path tables from YAML text. */
export function parseLearningPath(yamlText: string, file = 'data/learning-path.yaml'): LearningPath {
  return parseDataYaml(learningPathSchema, yamlText, file);
}

/** The project's tables, from `data/learning-path.yaml`. */
export const defaultLearningPath: LearningPath = parseLearningPath(readDataText('data/learning-path.yaml'));

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * The learning-path stage of a question title: the first stage in `match` order whose cue the
 * title contains; `definition` when none does (a bare subject reads as "what it is").
 *
 * @example learningStage('Docker 容器的网络故障排查步骤') // 'troubleshooting'
 * @example learningStage('Namespace') // 'definition'
 */
export function learningStage(title: string, path: LearningPath = defaultLearningPath): LearningStage {
  const folded = fold(title);
  for (const stage of path.match) {
    if ((path.cues[stage] ?? []).some((cue) => folded.includes(fold(cue)))) return stage;
  }
  return 'definition';
}

/** Rank of a stage in the learning path (0 = first). */
export function stageRank(stage: LearningStage, path: LearningPath = defaultLearningPath): number {
  return path.stages.indexOf(stage);
}
