import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadTeamsConfig } from '../config.js';
import { Content } from '../content/content.js';
import { LOCALES_DIR, PROJECT_ROOT } from '../paths.js';
import { buildManifest } from './manifest.js';
import { buildPackage, PACKAGE_FILE } from './package.js';
import { manifestSchemaErrors } from './schema.js';

// Usage: npm run teams:package [-- --out <file.zip>]   (configuration: README, "Microsoft Teams")
function main(): void {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const out = values.out ? resolve(values.out) : PACKAGE_FILE;
  const config = loadTeamsConfig();
  const { version } = JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  const manifest = buildManifest(config, Content.load(LOCALES_DIR, { retentionDays: config.retentionDays }), version);
  const errors = manifestSchemaErrors(manifest);
  if (errors.length > 0) throw new Error(`The manifest does not match the Teams schema:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, buildPackage(manifest));
  console.log(`Teams app package written to ${relative(process.cwd(), out) || out}`);
  console.log(`  manifest ${manifest.manifestVersion}, app ${manifest.id} version ${manifest.version}, bot ${config.botAppId}`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `teams:package failed: ${(error as Error).message}`);
  process.exit(1);
}
