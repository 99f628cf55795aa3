import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { pino } from 'pino';
import { startApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';

/**
 * The real app on an ephemeral loopback port, loading the models globalSetup trained. Unless the
 * test says where, its store is a fresh SQLite file in a temporary folder, removed by drain().
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<App> {
  const tempDataDir = env.DATA_DIR || env.DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'csb-app-'));
  const config = loadConfig({ MODEL_DIR: inject('modelDir'), ...(tempDataDir ? { DATA_DIR: tempDataDir } : {}), ...env });
  const app = await startApp({ ...config, port: 0 }, pino({ level: 'silent' }), '127.0.0.1');
  await app.ready;
  if (!tempDataDir) return app;
  return {
    ...app,
    drain: async (timeoutMs: number) => {
      const drained = await app.drain(timeoutMs);
      rmSync(tempDataDir, { recursive: true, force: true });
      return drained;
    },
  };
}

let sequence = 0;

/** An activity as a local client (Emulator, curl) would post it, asking for replies in the response. */
export function activity(fields: Record<string, unknown>): Record<string, unknown> {
  sequence += 1;
  return {
    type: 'message',
    id: `a${sequence}`,
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:1',
    deliveryMode: 'expectReplies',
    from: { id: 'user-1', role: 'user' },
    recipient: { id: 'bot', role: 'bot' },
    conversation: { id: `conv-${sequence}` },
    locale: 'en-NZ',
    ...fields,
  };
}

export async function postActivity(app: App, body: unknown, init: RequestInit = {}): Promise<{ status: number; json: any }> {
  const res = await fetch(`${app.url()}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: res.status, json };
}
