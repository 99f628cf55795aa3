import { request } from 'node:http';
import { inject } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino, type Logger } from 'pino';
import { startApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';

/**
 * The real app on an ephemeral loopback port, loading the models globalSetup trained, with its
 * transcript store (SQLite) in a temporary DATA_DIR that draining removes.
 */
export async function startTestApp(env: Record<string, string> = {}, logger: Logger = pino({ level: 'silent' })): Promise<App> {
  const dataDir = env.DATA_DIR ? undefined : mkdtempSync(join(tmpdir(), 'csb-data-'));
  const config = loadConfig({ MODEL_DIR: inject('modelDir'), ...(dataDir ? { DATA_DIR: dataDir } : {}), ...env });
  const app = await startApp({ ...config, port: 0 }, logger, '127.0.0.1');
  await app.ready;
  if (!dataDir) return app;
  return {
    ...app,
    drain: async (timeoutMs) => {
      const drained = await app.drain(timeoutMs);
      rmSync(dataDir, { recursive: true, force: true });
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

/**
 * POSTs to /api/messages on a connection of its own (`agent: false`). A pooled keep-alive socket
 * that sat idle while a long synchronous test step blocked the event loop may already be closed by
 * the server; fetch would reuse it and fail with ECONNRESET.
 */
export function postActivity(app: App, body: unknown, init: { headers?: Record<string, string> } = {}): Promise<{ status: number; json: any }> {
  const payload = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  const headers = { 'content-type': 'application/json', 'content-length': String(payload.length), ...init.headers };
  return new Promise((resolve, reject) => {
    const req = request(`${app.url()}/api/messages`, { method: 'POST', agent: false, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = text;
        }
        resolve({ status: res.statusCode ?? 0, json });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}
