import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { PROJECT_ROOT } from '../paths.js';
import { ICON_FILES, type TeamsManifest } from './manifest.js';

export const ICONS_DIR = join(PROJECT_ROOT, 'teams', 'icons');
export const PACKAGE_FILE = join(PROJECT_ROOT, 'dist', 'teams', 'community-safety-bot.zip');

// A fixed timestamp makes the same inputs give a byte-identical zip (DOS time starts in 1980).
const FIXED_MTIME = new Date(Date.UTC(2026, 0, 1));

/** The Teams app package: manifest.json and the two icons at the root of a zip, as Teams expects. */
export function buildPackage(manifest: TeamsManifest, iconsDir = ICONS_DIR): Uint8Array {
  const file = (data: Uint8Array): [Uint8Array, { mtime: Date }] => [data, { mtime: FIXED_MTIME }];
  return zipSync(
    {
      'manifest.json': file(new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`)),
      [ICON_FILES.color]: file(readFileSync(join(iconsDir, ICON_FILES.color))),
      [ICON_FILES.outline]: file(readFileSync(join(iconsDir, ICON_FILES.outline))),
    },
    { level: 9 },
  );
}
