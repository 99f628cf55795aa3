import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { startTestApp } from '../support/server.js';

let app: App;
let embedded: App;
const ALLOWED = 'https://www.example.com';

beforeAll(async () => {
  [app, embedded] = await Promise.all([
    startTestApp(),
    startTestApp({ ALLOWED_ORIGINS: `${ALLOWED}, http://localhost:8123`, QUICK_EXIT_URL: 'https://neutral.example.com/weather' }),
  ]);
});

afterAll(async () => {
  await Promise.all([app.drain(1000), embedded.drain(1000)]);
});

const get = (target: App, path: string, headers: Record<string, string> = {}) => fetch(`${target.url()}${path}`, { headers });

/** The JSON the page hands its script. */
async function pageData(res: Response): Promise<{ html: string; data: any }> {
  const html = await res.text();
  const json = /<script type="application\/json" id="chat-data">([^<]*)<\/script>/.exec(html)?.[1];
  expect(json, 'page data block').toBeDefined();
  return { html, data: JSON.parse(json!) };
}

function csp(res: Response): Map<string, string[]> {
  const header = res.headers.get('content-security-policy') ?? '';
  return new Map(header.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

describe('GET / and /chat', () => {
  it.each(['/', '/chat'])('%s is an HTML page with the chat, its strings and no inline script', async (path) => {
    const res = await get(app, path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { html, data } = await pageData(res);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
    expect(html).toContain('id="quick-exit"');
    expect(html).toContain('<label for="language"');
    expect(html).toContain('id="webchat"');
    // Every script is a file from our own origin; the only inline one is data.
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!);
    for (const attrs of scripts) expect(attrs).toMatch(/type="application\/json"|src="\/web\//);
    expect([...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]).filter((u) => !u!.startsWith('/') && !u!.startsWith('#'))).toEqual([]);
    expect(data.connection).toEqual({ tokenUrl: '/api/directline/token' });
    expect(data.languages).toHaveLength(24);
  });

  it('renders the strings escaped, from locales/en/web.json, with 111 resolved from channels.json', async () => {
    const { html, data } = await pageData(await get(app, '/'));
    expect(html).toContain('New Zealand&#39;s interests');
    expect(data.text.page.chatIntro).toMatch(/call 111\.$/);
    expect(data.text.quickExit.button).toBe('Quick exit');
    expect(JSON.stringify(data.text)).not.toMatch(/\$t\(|\{\{/);
  });

  it('takes the language from ?lang=, else from Accept-Language, and sets dir="rtl" for Arabic, Persian and Urdu', async () => {
    for (const lang of ['ar', 'fa', 'ur']) {
      const { html, data } = await pageData(await get(app, `/?lang=${lang}`));
      expect(html).toContain(`<html lang="${lang}" dir="rtl">`);
      expect(data.dir).toBe('rtl');
    }
    const { html, data } = await pageData(await get(app, '/chat', { 'accept-language': 'xx, zh-TW;q=0.9, en;q=0.8' }));
    expect(html).toContain('<html lang="zh-Hant" dir="ltr">');
    expect(data.text.quickExit.button).toBe('快速離開');
    expect(html).toContain('<option value="zh-Hant" lang="zh-Hant" dir="ltr" selected>繁體中文</option>');
  });

  it('ignores a language it does not speak and hostile query values', async () => {
    const res = await get(app, `/?lang=${encodeURIComponent('"><script>alert(1)</script>')}`);
    expect(res.status).toBe(200);
    const { html } = await pageData(res);
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).not.toContain('alert(1)');
  });

  it('lists every language by its native name', async () => {
    const { html } = await pageData(await get(app, '/'));
    for (const name of ['English', '简体中文', 'العربية', 'فارسی', 'اردو', 'हिन्दी', 'Soomaali']) expect(html).toContain(`>${name}</option>`);
  });

  it('quick exit goes to the neutral default from locales/, or to QUICK_EXIT_URL', async () => {
    expect((await pageData(await get(app, '/'))).data.quickExitUrl).toBe('https://www.cab.org.nz');
    expect((await pageData(await get(embedded, '/'))).data.quickExitUrl).toBe('https://neutral.example.com/weather');
  });
});

describe('security headers', () => {
  it.each(['/', '/chat', '/healthz', '/web/chat.js', '/no-such-page'])('%s has a strict CSP, nosniff and no referrer', async (path) => {
    const res = await get(app, path);
    const policy = csp(res);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('gives each page a fresh style nonce, the one the page hands Web Chat', async () => {
    const [a, b] = await Promise.all([get(app, '/'), get(app, '/')]);
    const nonces = await Promise.all(
      [a, b].map(async (res) => {
        const nonce = csp(res).get('style-src')!.find((v) => v.startsWith("'nonce-"))!.slice(7, -1);
        expect((await pageData(res)).data.nonce).toBe(nonce);
        return nonce;
      }),
    );
    expect(nonces[0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('lets only ALLOWED_ORIGINS frame the pages', async () => {
    const res = await get(embedded, '/chat?embed=1');
    expect(csp(res).get('frame-ancestors')).toEqual(["'self'", ALLOWED, 'http://localhost:8123']);
    // X-Frame-Options cannot name other origins; frame-ancestors decides instead.
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect((await pageData(res)).data.embed).toBe(true);
  });
});

describe('assets are served by the bot itself', () => {
  async function webchatPath(): Promise<string> {
    const html = await (await get(app, '/')).text();
    return /<script src="(\/web\/[^"]+\/webchat\.js)" defer>/.exec(html)![1]!;
  }

  it('serves the Web Chat bundle (with Adaptive Cards) from node_modules under a content-hashed URL, cached for a year', async () => {
    const res = await get(app, await webchatPath());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = await res.text();
    expect(body.length).toBeGreaterThan(1_000_000);
    expect(body).toContain('renderWebChat');
    expect(body).toContain('AdaptiveCard');
  });

  it('gzips it when asked and answers 304 to a matching ETag', async () => {
    const path = await webchatPath();
    const raw = await new Promise<{ encoding?: string; etag?: string; body: Buffer }>((resolve, reject) => {
      request(`${app.url()}${path}`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], etag: res.headers.etag, body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
    expect(raw.encoding).toBe('gzip');
    expect(gunzipSync(raw.body).toString('utf8')).toContain('renderWebChat');
    const again = await get(app, path, { 'if-none-match': raw.etag! });
    expect(again.status).toBe(304);
  });

  it.each(['chat.js', 'quick-exit.js', 'chat-session.js', 'connection.js', 'page-text.js', 'webchat-options.js', 'page.css'])(
    'serves our own %s, revalidated on every load',
    async (name) => {
      const res = await get(app, `/web/${name}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(name.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
    },
  );

  it('serves nothing outside its list', async () => {
    for (const path of ['/web/../package.json', '/web/%2e%2e/package.json', '/web/embed.js', '/web/chat.ts', '/node_modules/botframework-webchat/package.json']) {
      expect((await get(app, path)).status, path).toBe(404);
    }
  });

  it('answers /favicon.ico without a body, so browsers log no 404', async () => {
    expect((await get(app, '/favicon.ico')).status).toBe(204);
  });
});

describe('GET /web/strings/:lang (the language picker)', () => {
  it('gives the page strings of a language with its direction', async () => {
    const res = await get(app, '/web/strings/ar');
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.lang).toBe('ar');
    expect(body.dir).toBe('rtl');
    expect(body.text.quickExit.button).toBe('خروج سريع');
    expect(body.text.chat.unavailable).toContain('0800 747 224');
  });

  it('404s a language we do not speak', async () => {
    expect((await get(app, '/web/strings/xx')).status).toBe(404);
    expect((await get(app, '/web/strings/_meta')).status).toBe(404);
  });
});

describe('GET /embed.js (the snippet for the ministry site)', () => {
  it('is a script other sites may load, with the chat titles and the quick exit URL built in', async () => {
    const res = await get(embedded, '/embed.js', { origin: ALLOWED });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    const body = await res.text();
    expect(body).not.toContain('__EMBED_CONFIG__');
    expect(body).toContain('"quickExitUrl":"https://neutral.example.com/weather"');
    expect(body).toContain('"zh-Hans":"社区安全聊天"');
    expect(body).toContain("'/chat?embed=1&lang='");
  });

  it('gives no CORS permission to an origin that is not allowed', async () => {
    const res = await get(embedded, '/embed.js', { origin: 'https://evil.example.net' });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('vary')).toContain('Origin');
  });
});
