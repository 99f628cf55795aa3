import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { corpusHash, loadCorpus } from './corpus.js';
import { DEFAULT_THRESHOLD } from './decision.js';
import { IntentClassifier, RECIPE_VERSION } from './engine.js';

export interface LanguageModel {
  language: string;
  classifier: IntentClassifier;
  threshold: number;
}

interface Artifact {
  corpusHash: string;
  locale: string;
  threshold: number;
  model: string;
}

/** Training corpora are `nlu-corpus/<language>.json`; `*.test.json` files are held out. */
export function corpusLanguages(corpusDir: string): string[] {
  return readdirSync(corpusDir)
    .filter((f) => /^[A-Za-z-]+\.json$/.test(f) && !f.endsWith('.test.json'))
    .map((f) => basename(f, '.json'))
    .sort();
}

const artifactPath = (modelDir: string, language: string): string => join(modelDir, `${language}.model.json`);

function readArtifact(path: string): Artifact | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Artifact;
  } catch {
    return undefined; // a torn or foreign file is rebuilt, not trusted
  }
}

export type ModelSource = 'loaded' | 'trained';

/**
 * Loads the model for one language, training it first only when the artifact is missing or was
 * built from another corpus or recipe (its hash differs).
 */
export async function ensureModel(
  corpusDir: string,
  modelDir: string,
  language: string,
): Promise<LanguageModel & { source: ModelSource }> {
  const corpus = loadCorpus(join(corpusDir, `${language}.json`));
  const hash = corpusHash(corpus, RECIPE_VERSION);
  const threshold = corpus.threshold ?? DEFAULT_THRESHOLD;
  const path = artifactPath(modelDir, language);
  const existing = readArtifact(path);
  if (existing?.corpusHash === hash) {
    return { language, threshold, classifier: IntentClassifier.fromJSON(existing.locale, existing.model), source: 'loaded' };
  }
  const classifier = await IntentClassifier.train(corpus);
  const artifact: Artifact = { corpusHash: hash, locale: corpus.locale, threshold, model: classifier.toJSON() };
  mkdirSync(modelDir, { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(artifact));
  renameSync(temp, path); // atomic: a concurrent reader never sees half a model
  return { language, threshold, classifier, source: 'trained' };
}

export async function ensureAllModels(
  corpusDir: string,
  modelDir: string,
): Promise<(LanguageModel & { source: ModelSource })[]> {
  const models = [];
  for (const language of corpusLanguages(corpusDir)) models.push(await ensureModel(corpusDir, modelDir, language));
  return models;
}
