import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import { NODE_MODULES_DIR, REVIEW_PUBLIC_DIR } from '../paths.js';
import type { ReviewContext } from './review-context.js';
import { openRoute } from './route.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

interface StaticFile {
  type: string;
  body: Buffer;
}

/** The UI's files, read once at start: only these exact paths are served, so no path can escape. */
function loadFiles(): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  for (const name of readdirSync(REVIEW_PUBLIC_DIR, { recursive: true, encoding: 'utf8' })) {
    const type = TYPES[extname(name)];
    if (type && name !== 'index.html') files.set(name.split('\\').join('/'), { type, body: readFileSync(join(REVIEW_PUBLIC_DIR, name)) });
  }
  // Chart.js's self-contained build, served from our origin (no CDN).
  files.set('chart.umd.min.js', { type: TYPES['.js']!, body: readFileSync(join(NODE_MODULES_DIR, 'chart.js', 'dist', 'chart.umd.min.js')) });
  return files;
}

/** The staff UI's strings (English only: the review app is for ministry staff), without the review metadata. */
function loadStrings(localesDir: string): Buffer {
  const { _meta, ...strings } = JSON.parse(readFileSync(join(localesDir, 'en', 'review.json'), 'utf8')) as Record<string, unknown>;
  return Buffer.from(JSON.stringify(strings));
}

function send(res: Response, file: StaticFile): void {
  res.writeHead(200, { 'Content-Type': file.type, 'Content-Length': file.body.length });
  res.end(file.body);
}

/** GET /review (the app), /review/static/<file> (its modules, styles and Chart.js), /review/strings.json. */
export function registerUiRoutes(server: Server, ctx: ReviewContext, localesDir: string): void {
  const index: StaticFile = { type: TYPES['.html']!, body: readFileSync(join(REVIEW_PUBLIC_DIR, 'index.html')) };
  const strings: StaticFile = { type: 'application/json; charset=utf-8', body: loadStrings(localesDir) };
  server.get('/review', ...openRoute(ctx, async (_req: Request, res: Response) => send(res, index)));
  server.get('/review/', ...openRoute(ctx, async (_req: Request, res: Response) => send(res, index)));
  server.get('/review/strings.json', ...openRoute(ctx, async (_req: Request, res: Response) => send(res, strings)));
  for (const [name, file] of loadFiles()) {
    server.get(`/review/static/${name}`, ...openRoute(ctx, async (_req: Request, res: Response) => send(res, file)));
  }
}
