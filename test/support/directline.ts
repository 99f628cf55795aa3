import type { App } from '../../src/app.js';

export interface HttpResult {
  status: number;
  json: any;
  headers: Headers;
}

/** One HTTP call to the app; `token` becomes `Authorization: Bearer`, an object body becomes JSON. */
export async function call(
  app: App,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<HttpResult> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  const res = await fetch(`${app.url()}${path}`, { method, headers, body });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: res.status, json, headers: res.headers };
}

/** A token from the local Direct Line and the conversation it starts (the bot's welcome is then in the history). */
export async function startConversation(app: App, locale = 'en-NZ'): Promise<{ conversationId: string; token: string }> {
  const generated = await call(app, 'POST', '/v3/directline/tokens/generate');
  const started = await call(app, 'POST', '/v3/directline/conversations', { token: generated.json.token, body: { locale } });
  if (started.status !== 201) throw new Error(`conversation did not start: ${started.status}`);
  return { conversationId: started.json.conversationId, token: started.json.token };
}

export function activitiesPath(conversationId: string, watermark?: string): string {
  const base = `/v3/directline/conversations/${conversationId}/activities`;
  return watermark === undefined ? base : `${base}?watermark=${encodeURIComponent(watermark)}`;
}
