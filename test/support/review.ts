import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CloudAdapter } from 'botbuilder';
import { pino } from 'pino';
import { loadConfig } from '../../src/config.js';
import { LanguageRegistry } from '../../src/languages.js';
import { LOCALES_DIR, PROJECT_ROOT } from '../../src/paths.js';
import { registerReviewRoutes } from '../../src/review/register.js';
import { createServer } from '../../src/server.js';
import { openStore } from '../../src/storage/open-store.js';
import type { NewTurn, Store } from '../../src/storage/store.js';
import { type ManualClock, manualClock } from './clock.js';

export interface ReviewServer {
  url: string;
  store: Store;
  clock: ManualClock;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * The review routes on the real HTTP edge (src/server.ts: body parser, limits), over a fresh SQLite
 * store in a temporary folder, with a manual clock shared by the store and the routes. No NLU.
 */
export async function startReviewServer(env: Record<string, string> = {}): Promise<ReviewServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'csb-review-'));
  const config = loadConfig({ DATA_DIR: dataDir, ...env });
  const clock = manualClock('2026-03-02T00:00:00.000Z');
  const store = await openStore(config, { clock });
  const { server } = createServer({ adapter: {} as CloudAdapter, getBot: () => undefined, logger: pino({ level: 'silent' }) });
  registerReviewRoutes(server, { store, config, registry: LanguageRegistry.load(LOCALES_DIR), logger: pino({ level: 'silent' }), clock });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    store,
    clock,
    dataDir,
    close: async () => {
      server.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Reply {
  status: number;
  json: any;
  text: string;
  headers: Headers;
}

/** A browser-like client: keeps the session cookie and sends the CSRF token it was given. */
export class ReviewClient {
  cookie: string | undefined;
  csrfToken: string | undefined;

  constructor(private readonly baseUrl: string) {}

  async login(username: string, password: string): Promise<Reply> {
    const reply = await this.request('POST', '/api/review/login', { username, password });
    if (reply.status === 200) this.csrfToken = reply.json.csrfToken;
    return reply;
  }

  get(path: string, headers: Record<string, string> = {}): Promise<Reply> {
    return this.request('GET', path, undefined, headers);
  }

  post(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    return this.request('POST', path, body, headers);
  }

  delete(path: string, headers: Record<string, string> = {}): Promise<Reply> {
    return this.request('DELETE', path, undefined, headers);
  }

  async request(method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<Reply> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers: { ...headers, ...extra }, body: body === undefined ? undefined : JSON.stringify(body) });
    const setCookie = res.headers.getSetCookie()[0];
    if (setCookie) {
      const pair = setCookie.split(';')[0] ?? '';
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, json, text, headers: res.headers };
  }
}

/**
 * Runs the staff CLI as a separate process (as an operator would), against DATA_DIR. `input` is
 * piped to standard input (the password with --password-stdin).
 */
export function runStaffCli(dataDir: string, args: string[], input = ''): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src', 'review', 'staff-cli.ts'), ...args], {
    cwd: PROJECT_ROOT,
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const PASSWORD = 'correct horse battery staple';

/** A reviewer "rita" and an admin "adam", created through the same code the CLI and API use. */
export async function addStaff(store: Store): Promise<void> {
  const { createStaffAccount } = await import('../../src/review/staff-accounts.js');
  await createStaffAccount(store, { username: 'rita', role: 'reviewer', password: PASSWORD }, 'test');
  await createStaffAccount(store, { username: 'adam', role: 'admin', password: PASSWORD }, 'test');
}

/** A redacted conversation as the recorder would store it (ids are salted hashes). */
export const REDACTED_TURNS: NewTurn[] = [
  { role: 'user', text: 'My name is [name], my number is [phone] and my email is [email]. WeChat: [handle]', language: 'en', topic: 'report', nluScore: 0.82 },
  { role: 'bot', text: 'You can report it to NZSIS.', language: 'en', topic: 'report', channels: ['nzsis'] },
];
