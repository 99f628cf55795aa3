import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { MANIFEST_VERSION, type TeamsManifest } from './manifest.js';

/** The official schema of our manifest version, as Microsoft publishes it, bundled in @microsoft/app-manifest. */
export function manifestSchemaPath(version = MANIFEST_VERSION): string {
  return createRequire(import.meta.url).resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`);
}

/** Every way the manifest breaks the official Teams schema (draft-04), offline; empty when it is valid. */
export function manifestSchemaErrors(manifest: TeamsManifest | unknown, schemaPath = manifestSchemaPath()): string[] {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
  // Both are CommonJS: under NodeNext the class and the plugin are their `default` export.
  const ajv = new ajvDraft04.default({ allErrors: true, strict: false });
  ajvFormats.default(ajv);
  const validate = ajv.compile(schema);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}
