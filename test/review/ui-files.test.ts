import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES_DIR, REVIEW_PUBLIC_DIR } from '../../src/paths.js';
import { PII_TYPES } from '../../src/privacy/types.js';
import { addStaff, PASSWORD, ReviewClient, type ReviewServer, startReviewServer } from '../support/review.js';

const sources = readdirSync(REVIEW_PUBLIC_DIR, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.js'))
  .map((f) => [f, readFileSync(join(REVIEW_PUBLIC_DIR, f), 'utf8')] as const);
const strings = JSON.parse(readFileSync(join(LOCALES_DIR, 'en', 'review.json'), 'utf8'));
const lookup = (key: string): unknown => key.split('.').reduce((node: any, part) => node?.[part], strings);

let server: ReviewServer;
beforeAll(async () => {
  server = await startReviewServer();
});
afterAll(() => server.close());

describe('the review UI files', () => {
  it('GET /review serves the app with a self-only CSP, no caching and no framing', async () => {
    const res = await fetch(`${server.url}/review`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = res.headers.get('content-security-policy')!;
    for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'"]) expect(csp).toContain(directive);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    const html = await res.text();
    // No inline script or style (the CSP would block them), and nothing from another origin.
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]|style=|https?:\/\//);
    for (const src of html.match(/(?:src|href)="(\/review\/[^"]+)"/g) ?? []) {
      const path = src.replace(/^(src|href)="|"$/g, '');
      expect((await fetch(`${server.url}${path}`)).status, path).toBe(200);
    }
  });

  it('serves every module the app imports, Chart.js from node_modules, and nothing else', async () => {
    for (const [file] of sources) {
      const res = await fetch(`${server.url}/review/static/${file}`);
      expect(res.status, file).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    }
    const chart = await fetch(`${server.url}/review/static/chart.umd.min.js`);
    expect(chart.status).toBe(200);
    expect(await chart.text()).toContain('Chart');
    for (const path of ['/review/static/../register.ts', '/review/static/%2e%2e/register.ts', '/review/static/nope.js', '/review/static/index.html']) {
      expect((await fetch(`${server.url}${path}`)).status, path).toBe(404);
    }
  });

  it('GET /review/strings.json gives the staff strings without the review metadata', async () => {
    const json = (await (await fetch(`${server.url}/review/strings.json`)).json()) as Record<string, any>;
    expect(json._meta).toBeUndefined();
    expect(json.login.heading).toBe(strings.login.heading);
  });

  it('builds the DOM with text only: no innerHTML, outerHTML, insertAdjacentHTML, document.write or eval', () => {
    for (const [file, source] of sources) expect(source, file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
  });

  it('every string the UI asks for is in locales/en/review.json', () => {
    const keys = sources.flatMap(([, source]) => [...source.matchAll(/\bt\('([\w.]+)'/g)].map((m) => m[1]!));
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((k) => typeof lookup(k) !== 'string')).toEqual([]);
    // Keys built at run time.
    const dynamic = [
      ...['conversations', 'unanswered', 'stats', 'audit', 'staff'].map((n) => `nav.${n}`),
      ...['reviewer', 'admin'].map((r) => `roles.${r}`),
      ...['emergency', 'unanswered', 'reviewed'].map((f) => `filters.${f}`),
      ...['lastActivity', 'turns', 'languages', 'topics', 'flags', 'tags', 'reviewed'].map((k) => `list.${k}`),
      'list.export.csv',
      'list.export.json',
      'transcript.role.user',
      'transcript.role.bot',
      'transcript.feedback.helpful',
      'transcript.feedback.not_helpful',
      ...PII_TYPES.map((p) => `redaction.${p}`),
      ...['perDay', 'languages', 'topics', 'handoffs', 'feedback'].flatMap((c) => [`stats.charts.${c}`, `stats.columns.${c}`]),
      ...['userMessages', 'fallbackRate', 'emergencyMessages', 'emergencyConversations', 'helpful', 'notHelpful', 'privateConversations', 'privateMessages'].map((f) => `stats.figures.${f}`),
      ...['at', 'actor', 'action', 'target', 'details'].map((k) => `audit.${k}`),
      ...['username', 'role', 'state', 'lastLogin', 'actions'].map((k) => `staff.${k}`),
    ];
    expect(dynamic.filter((k) => typeof lookup(k) !== 'string')).toEqual([]);
  });

  it('review.json is a staff-only namespace: English only, so no translation is expected', () => {
    const languages = Object.keys(JSON.parse(readFileSync(join(LOCALES_DIR, 'languages.json'), 'utf8')).languages);
    const withReview = languages.filter((lang) => existsSync(join(LOCALES_DIR, lang, 'review.json')));
    expect(withReview).toEqual(['en']);
    expect(strings._meta.audience).toMatch(/English only/);
  });

  it('describes every redaction placeholder the redactor writes, and the UI learns them from /api/review/meta', async () => {
    expect(Object.keys(strings.redaction).sort()).toEqual([...PII_TYPES].sort());
    const client = new ReviewClient(server.url);
    await addStaff(server.store);
    await client.login('rita', PASSWORD);
    expect((await client.get('/api/review/meta')).json.placeholders).toEqual([...PII_TYPES]);
  });
});
