import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { NODE_MODULES_DIR, WEB_PUBLIC_DIR } from '../paths.js';

export interface Asset {
  /** The URL path the asset is served at. */
  path: string;
  type: string;
  body: Buffer;
  etag: string;
  /** Versioned URLs are cached for a year; the rest are revalidated with the ETag. */
  immutable: boolean;
  gzipped(): Buffer;
}

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** Every file the page loads, by name: nothing outside this list is served, so no path can escape. */
const FILES: { name: string; file: string; type: string; immutable?: boolean }[] = [
  // The full bundle: webchat-minimal.js has no Adaptive Cards, and our hand-off cards need them.
  { name: 'webchat.js', file: join(NODE_MODULES_DIR, 'botframework-webchat', 'dist', 'webchat.js'), type: JS, immutable: true },
  ...['chat.js', 'chat-session.js', 'connection.js', 'quick-exit.js', 'page-text.js', 'webchat-options.js'].map((name) => ({
    name,
    file: join(WEB_PUBLIC_DIR, name),
    type: JS,
  })),
  { name: 'page.css', file: join(WEB_PUBLIC_DIR, 'page.css'), type: CSS },
];

function load(name: string, file: string, type: string, immutable: boolean): Asset {
  const body = readFileSync(file);
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 16);
  let gzipped: Buffer | undefined;
  return {
    path: immutable ? `/web/${hash}/${name}` : `/web/${name}`,
    type,
    body,
    etag: `"${hash}"`,
    immutable,
    gzipped: () => (gzipped ??= gzipSync(body)),
  };
}

/** Reads the assets once at start; the bundle's URL carries its content hash, so it can be cached for a year. */
export function loadAssets(): Map<string, Asset> {
  return new Map(FILES.map(({ name, file, type, immutable }) => [name, load(name, file, type, immutable ?? false)]));
}
