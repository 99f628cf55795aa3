import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureAllModels } from '../../src/nlu/model-store.js';
import { CORPUS_DIR } from '../../src/paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    modelDir: string;
  }
}

/** Trains the real models once for the whole run; every test file then loads them. */
export default async function setup(project: TestProject): Promise<() => void> {
  const modelDir = mkdtempSync(join(tmpdir(), 'csb-models-'));
  await ensureAllModels(CORPUS_DIR, modelDir);
  project.provide('modelDir', modelDir);
  return () => rmSync(modelDir, { recursive: true, force: true });
}
