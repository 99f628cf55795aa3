import { inject } from 'vitest';
import { pino } from 'pino';
import { startApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';

/** The real app on an ephemeral loopback port, loading the models globalSetup trained. */
export async function startTestApp(env: Record<string, string> = {}): Promise<App> {
  const config = loadConfig({ MODEL_DIR: inject('modelDir'), ...env });
  const app = await startApp({ ...config, port: 0 }, pino({ level: 'silent' }), '127.0.0.1');
  await app.ready;
  return app;
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
    // A fresh connection per request: reusing a kept-alive socket races the server's idle timeout
    // when a loaded machine stalls the test between requests (seen as ECONNRESET in full runs).
    headers: { 'content-type': 'application/json', connection: 'close' },
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
