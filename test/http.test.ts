import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { activity, postActivity, startTestApp } from './support/server.js';

let app: App;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app.drain(1000);
});

const topicOf = (a: any): string | undefined => a.entities?.find((e: any) => e.type === 'topic')?.id;

describe('POST /api/messages with deliveryMode expectReplies', () => {
  it('answers a report question with topic report, 0800 747 224 and the NZSIS link', async () => {
    const { status, json } = await postActivity(app, activity({ text: 'how do I report someone from the consulate watching our meetings?' }));
    expect(status).toBe(200);
    const [reply] = json.activities;
    expect(topicOf(reply)).toBe('report');
    expect(reply.text).toContain('0800 747 224');
    expect(reply.text).toContain('https://www.nzsis.govt.nz/contact-us/reporting-a-national-security-concern');
    expect(reply.locale).toBe('en');
  });

  it('puts 111 first for danger now', async () => {
    const { json } = await postActivity(app, activity({ text: "there's a man outside my house threatening me" }));
    expect(topicOf(json.activities[0])).toBe('emergency');
    expect(json.activities[0].text).toMatch(/\b111\b/);
  });

  it('answers the weather with the fallback', async () => {
    const { json } = await postActivity(app, activity({ text: "what's the weather tomorrow" }));
    expect(json.activities.map(topicOf)).toEqual(['fallback']);
  });

  it('returns no trace activities', async () => {
    const { json } = await postActivity(app, activity({ text: 'hello' }));
    expect(json.activities.length).toBeGreaterThan(0);
    expect(json.activities.filter((a: any) => a.type !== 'message')).toEqual([]);
  });

  it('welcomes on conversationUpdate', async () => {
    const { json } = await postActivity(
      app,
      activity({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'user-1' }] }),
    );
    expect(json.activities.map((a: any) => a.text).join(' ')).toMatch(/Privacy/);
  });
});

describe('bad input gets a clear 4xx or a polite answer, never a 5xx', () => {
  it('malformed JSON → 400', async () => {
    const { status } = await postActivity(app, '{"type": "message", ');
    expect(status).toBe(400);
  });

  it.each([['an array', [1, 2]], ['a string', '"hello"'], ['an object without type', { text: 'hi' }], ['type not a string', { type: 5 }]])(
    '%s → 400',
    async (_name, body) => {
      const { status } = await postActivity(app, body);
      expect(status).toBe(400);
    },
  );

  it('a body over the size limit → 413', async () => {
    const { status } = await postActivity(app, activity({ text: 'a'.repeat(300 * 1024) }));
    expect(status).toBe(413);
  });

  it('a content type other than JSON → 415', async () => {
    const { status } = await postActivity(app, 'text=hi', { headers: { 'content-type': 'text/plain' } });
    expect(status).toBe(415);
  });

  it.each([
    ['a number as text', 12345],
    ['an object as text', { nested: true }],
    ['no text at all', undefined],
  ])('%s → a polite "text only" answer', async (_name, text) => {
    const { status, json } = await postActivity(app, activity({ text }));
    expect(status).toBe(200);
    expect(json.activities[0].text).toMatch(/I can only read text messages/);
  });

  it('a long message (under the body limit) is read, with a note that only the beginning was read', async () => {
    const { status, json } = await postActivity(app, activity({ text: `how do I report foreign interference ${'please '.repeat(2000)}` }));
    expect(status).toBe(200);
    const texts = json.activities.map((a: any) => a.text).join('\n');
    expect(texts).toMatch(/only read the beginning/);
    expect(texts).toContain('0800 747 224');
  });

  it('lone surrogates and control characters do not break a turn', async () => {
    const { status, json } = await postActivity(app, activity({ text: 'hello \ud800 \u0000\u0007 there' }));
    expect(status).toBe(200);
    expect(json.activities.length).toBeGreaterThan(0);
  });
});

describe('GET /healthz', () => {
  it('is 200 once the model is loaded', async () => {
    const res = await fetch(`${app.url()}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});
