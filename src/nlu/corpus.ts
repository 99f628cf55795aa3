import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** NLP.js corpus format, plus our optional calibrated `threshold` for out-of-scope detection. */
const corpusSchema = z.object({
  name: z.string().optional(),
  locale: z.string().min(2),
  threshold: z.number().min(0).max(1).optional(),
  data: z
    .array(
      z.object({
        intent: z.string().min(1),
        utterances: z.array(z.string().min(1)).min(1),
      }),
    )
    .min(1),
});

const testSetSchema = z.array(z.object({ text: z.string().min(1), intent: z.string().min(1) })).min(1);

export type Corpus = z.infer<typeof corpusSchema>;
export type TestItem = z.infer<typeof testSetSchema>[number];

export function parseCorpus(json: unknown, source = 'corpus'): Corpus {
  const parsed = corpusSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${source} is not an NLP.js corpus: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export function parseTestSet(json: unknown, source = 'test set'): TestItem[] {
  const parsed = testSetSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${source} must be a JSON array of { text, intent }: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read ${path}: ${(err as Error).message}`);
  }
}

export const loadCorpus = (path: string): Corpus => parseCorpus(readJson(path), path);
export const loadTestSet = (path: string): TestItem[] => parseTestSet(readJson(path), path);

/** Identifies a trained model: changes whenever the corpus or the training recipe changes. */
export function corpusHash(corpus: Corpus, recipeVersion: string): string {
  return createHash('sha256').update(recipeVersion).update(JSON.stringify(corpus)).digest('hex');
}
