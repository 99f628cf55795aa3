import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (where package.json is), whether running from src/ via tsx or from dist/. */
function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${from}`);
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const CORPUS_DIR = join(PROJECT_ROOT, 'nlu-corpus');
export const LOCALES_DIR = join(PROJECT_ROOT, 'locales');
/** The web page's own client files, served as they are (not compiled), so `npm start` from dist/ finds them too. */
export const WEB_PUBLIC_DIR = join(PROJECT_ROOT, 'src', 'web', 'public');
export const NODE_MODULES_DIR = join(PROJECT_ROOT, 'node_modules');
/** The staff review UI's files, served as they are (not compiled), so `npm start` from dist/ finds them too. */
export const REVIEW_PUBLIC_DIR = join(PROJECT_ROOT, 'src', 'review', 'public');
