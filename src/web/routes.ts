import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import type { Content } from '../content/content.js';
import { DEFAULT_LANGUAGE } from '../content/content.js';
import type { LanguageRegistry } from '../languages.js';
import { WEB_PUBLIC_DIR } from '../paths.js';
import { loadAssets, type Asset } from './assets.js';
import type { ChatConnection } from './connection.js';
import { renderPage, type ClientData, type PageKind } from './page.js';
import { requestLanguage } from './request-language.js';
import { allowCors, cspNonce, securityHeaders } from './security-headers.js';

export interface WebDeps {
  content: Content;
  registry: LanguageRegistry;
  connection: ChatConnection;
  allowedOrigins: readonly string[];
  /** Where quick exit goes; undefined means the neutral default in locales/<lang>/web.json. */
  quickExitUrl?: string;
}

const EMBED_CONFIG_MARK = '"__EMBED_CONFIG__"';

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, ...headers });
  res.end(body);
}

function serveAsset(req: Request, res: Response, asset: Asset): void {
  const headers: Record<string, string> = {
    ETag: asset.etag,
    'Cache-Control': asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    Vary: 'Accept-Encoding',
  };
  if (req.headers['if-none-match'] === asset.etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  send(res, 200, asset.type, gzip ? asset.gzipped() : asset.body, gzip ? { ...headers, 'Content-Encoding': 'gzip' } : headers);
}

/**
 * The ministry demo page (`/`), the full-screen chat (`/chat`, also the frame the embed snippet
 * loads), the embed script and every asset they use, all from our own origin.
 */
export function registerWebRoutes(server: Server, deps: WebDeps): void {
  const { content, registry, connection, allowedOrigins } = deps;
  server.pre(securityHeaders({ allowedOrigins, connectOrigins: connection.connectOrigins }));

  const assets = loadAssets();
  for (const asset of assets.values()) {
    server.get(asset.path, async (req: Request, res: Response) => serveAsset(req, res, asset));
  }
  const assetPath = (name: string): string => assets.get(name)!.path;
  const quickExitUrl = deps.quickExitUrl ?? content.t(DEFAULT_LANGUAGE, 'web:quickExit.defaultUrl');
  const languages = registry.all.map((l) => ({ code: l.code, name: l.name, dir: content.dir(l.code) }));

  const page = (kind: PageKind) => async (req: Request, res: Response) => {
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const lang = requestLanguage(registry, query.get('lang'), req.headers['accept-language'], DEFAULT_LANGUAGE);
    const data: ClientData = {
      lang,
      dir: content.dir(lang),
      embed: kind === 'chat' && query.get('embed') === '1',
      nonce: cspNonce(res),
      quickExitUrl,
      connection: { tokenUrl: connection.tokenUrl },
      languages,
      text: content.namespace(lang, 'web'),
    };
    const html = renderPage({ kind, data, scripts: { webchat: assetPath('webchat.js'), chat: assetPath('chat.js') }, stylesheet: assetPath('page.css') });
    send(res, 200, 'text/html; charset=utf-8', html, { 'Cache-Control': 'no-store', 'Content-Language': lang });
  };
  // Browsers ask for it on their own; answering keeps the console free of 404s.
  server.get('/favicon.ico', async (_req: Request, res: Response) => send(res, 204, 'image/x-icon', '', { 'Cache-Control': 'public, max-age=86400' }));
  server.get('/', page('home'));
  server.get('/chat', page('chat'));

  // The page's strings in another language, for the language picker (no reload, so the chat goes on).
  server.get('/web/strings/:lang', async (req: Request, res: Response) => {
    const lang = String(req.params.lang ?? '');
    if (!registry.has(lang)) {
      send(res, 404, 'application/json; charset=utf-8', JSON.stringify({ error: 'Unknown language.' }));
      return;
    }
    allowCors(req, res, allowedOrigins);
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ lang, dir: content.dir(lang), text: content.namespace(lang, 'web') }), {
      'Cache-Control': 'no-cache',
    });
  });

  // The script another site includes to embed the chat (see docs/embedding.md).
  const embedTemplate = readFileSync(join(WEB_PUBLIC_DIR, 'embed.js'), 'utf8');
  const embedConfig = {
    quickExitUrl,
    titles: Object.fromEntries(registry.codes.map((code) => [code, content.t(code, 'web:page.chatTitle')])),
  };
  const embedScript = embedTemplate.replace(EMBED_CONFIG_MARK, JSON.stringify(embedConfig));
  server.get('/embed.js', async (req: Request, res: Response) => {
    allowCors(req, res, allowedOrigins);
    send(res, 200, 'text/javascript; charset=utf-8', embedScript, {
      'Cache-Control': 'public, max-age=300',
      // Other sites load this script, so it must not be limited to our origin like everything else.
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
  });
}
