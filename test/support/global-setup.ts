import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureAllModels } from '../../src/nlu/model-store.js';
import { CORPUS_DIR, PROJECT_ROOT } from '../../src/paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    modelDir: string;
  }
}

/**
 * Trains the real models once for the whole run; every test file then loads them. They are cached
 * under node_modules/.cache (so `npm ci` starts afresh) and retrained only when a corpus or the
 * training recipe changed — the same staleness check `npm start` uses.
 */
export default async function setup(project: TestProject): Promise<void> {
  const modelDir = join(PROJECT_ROOT, 'node_modules', '.cache', 'community-safety-bot', 'models');
  mkdirSync(modelDir, { recursive: true });
  await ensureAllModels(CORPUS_DIR, modelDir);
  project.provide('modelDir', modelDir);
}
