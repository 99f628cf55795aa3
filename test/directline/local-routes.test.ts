import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { LocalTokens } from '../../src/directline/tokens.js';
import { activitiesPath, call, startConversation } from '../support/directline.js';
import { startTestApp } from '../support/server.js';

const SECRET = 'test-secret-for-local-direct-line-tokens-0123456789';
let app: App;

beforeAll(async () => {
  // Many conversations start here: the per-client token budget is not what these tests are about.
  app = await startTestApp({ DIRECT_LINE_LOCAL_SECRET: SECRET, DIRECT_LINE_TOKEN_RATE_LIMIT: '10000' });
});

afterAll(async () => {
  await app.drain(1000);
});

const claims = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
const fromBot = (a: any) => a.from?.role === 'bot';

describe('local Direct Line: tokens and conversations', () => {
  it('generates a token bound to a new conversation and a server-assigned user, whatever the client asks for', async () => {
    const { status, json } = await call(app, 'POST', '/v3/directline/tokens/generate', { body: { user: { id: 'mallory' } } });
    expect(status).toBe(200);
    expect(json.conversationId).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(json.expires_in).toBe(1800);
    expect(claims(json.token)).toMatchObject({ conv: json.conversationId, user: expect.stringMatching(/^dl_/) });
    expect(claims(json.token).user).not.toBe('mallory');
    const other = await call(app, 'POST', '/v3/directline/tokens/generate');
    expect(other.json.conversationId).not.toBe(json.conversationId);
  });

  it('starts the conversation with the bot\'s welcome in the history, once', async () => {
    const generated = await call(app, 'POST', '/v3/directline/tokens/generate');
    const started = await call(app, 'POST', '/v3/directline/conversations', { token: generated.json.token, body: { locale: 'en-NZ' } });
    expect(started.status).toBe(201);
    expect(started.json.conversationId).toBe(generated.json.conversationId);
    expect(started.json.expires_in).toBe(1800);

    const again = await call(app, 'POST', '/v3/directline/conversations', { token: started.json.token });
    expect(again.status).toBe(200);
    expect(again.json.conversationId).toBe(generated.json.conversationId);

    const history = await call(app, 'GET', activitiesPath(started.json.conversationId), { token: started.json.token });
    expect(history.status).toBe(200);
    const welcome = history.json.activities;
    expect(welcome.length).toBeGreaterThan(0);
    expect(welcome.every(fromBot)).toBe(true);
    expect(welcome[0].id).toBe(`${started.json.conversationId}|0000000`);
    expect(welcome.map((a: any) => a.text).join(' ')).toMatch(/Privacy/);
    expect(welcome[0].recipient.id).toBe(claims(started.json.token).user);
    expect(history.json.watermark).toBe(String(welcome.length - 1));
  });

  it('refreshes a token: a new one for the same conversation', async () => {
    const { conversationId, token } = await startConversation(app);
    const refreshed = await call(app, 'POST', '/v3/directline/tokens/refresh', { token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.json.conversationId).toBe(conversationId);
    expect(refreshed.json.expires_in).toBe(1800);
    expect((await call(app, 'GET', activitiesPath(conversationId), { token: refreshed.json.token })).status).toBe(200);
  });

  it('resumes a conversation (GET /conversations/:id) with a fresh token', async () => {
    const { conversationId, token } = await startConversation(app);
    const resumed = await call(app, 'GET', `/v3/directline/conversations/${conversationId}?watermark=1`, { token });
    expect(resumed.status).toBe(200);
    expect(resumed.json.conversationId).toBe(conversationId);
    expect(claims(resumed.json.token).conv).toBe(conversationId);
  });
});

describe('local Direct Line: activities', () => {
  it('echoes the user\'s message with a server id and its clientActivityID, ignoring the client\'s from, conversation and attachments', async () => {
    const { conversationId, token } = await startConversation(app);
    const userId = claims(token).user;
    const posted = await call(app, 'POST', activitiesPath(conversationId), {
      token,
      body: {
        type: 'message',
        text: 'how do I report foreign interference',
        from: { id: 'mallory', role: 'bot' },
        conversation: { id: 'someone-elses' },
        id: 'client-chosen',
        attachments: [{ contentType: 'image/png', contentUrl: 'data:image/png;base64,AAAA' }],
        channelData: { clientActivityID: 'web-chat-1' },
      },
    });
    expect(posted.status).toBe(200);
    expect(posted.json.id).toMatch(new RegExp(`^${conversationId}\\|\\d{7}$`));

    const { json } = await call(app, 'GET', activitiesPath(conversationId), { token });
    const echo = json.activities.find((a: any) => a.id === posted.json.id);
    expect(echo).toMatchObject({ type: 'message', text: 'how do I report foreign interference', from: { id: userId, role: 'user' }, conversation: { id: conversationId }, channelId: 'directline' });
    expect(echo.channelData.clientActivityID).toBe('web-chat-1');
    expect(echo.attachments).toBeUndefined();
    expect(typeof echo.timestamp).toBe('string');

    const replies = json.activities.filter((a: any) => a.replyToId === posted.json.id);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.every(fromBot)).toBe(true);
    expect(replies.map((a: any) => a.text).join(' ')).toContain('0800 747 224');
  });

  it('pages by watermark: only activities after it, and watermarks keep increasing', async () => {
    const { conversationId, token } = await startConversation(app);
    const first = await call(app, 'GET', activitiesPath(conversationId, ''), { token });
    const mark = first.json.watermark;

    const nothingNew = await call(app, 'GET', activitiesPath(conversationId, mark), { token });
    expect(nothingNew.json).toEqual({ activities: [], watermark: mark });

    const posted = await call(app, 'POST', activitiesPath(conversationId), { token, body: { type: 'message', text: 'what is foreign interference' } });
    const page = await call(app, 'GET', activitiesPath(conversationId, mark), { token });
    expect(page.json.activities[0].id).toBe(posted.json.id);
    expect(page.json.activities.slice(1).every((a: any) => a.replyToId === posted.json.id)).toBe(true);
    expect(Number(page.json.watermark)).toBe(Number(mark) + page.json.activities.length);
    const ids = [...first.json.activities, ...page.json.activities].map((a: any) => Number(a.id.split('|')[1]));
    expect(ids).toEqual(ids.map((_, i) => i));

    // Asking with a watermark confirmed what came before it: the server no longer holds the welcome.
    const held = await call(app, 'GET', activitiesPath(conversationId), { token });
    expect(held.json.activities.map((a: any) => a.id)).toEqual(page.json.activities.map((a: any) => a.id));
  });

  it('passes events to the bot and echoes them; keeps typing out of the history', async () => {
    const { conversationId, token } = await startConversation(app);
    const before = (await call(app, 'GET', activitiesPath(conversationId), { token })).json.watermark;
    const typing = await call(app, 'POST', activitiesPath(conversationId), { token, body: { type: 'typing' } });
    expect(typing.status).toBe(200);
    const event = await call(app, 'POST', activitiesPath(conversationId), { token, body: { type: 'event', name: 'webchat/join', value: { language: 'en' } } });
    expect(event.status).toBe(200);
    const after = await call(app, 'GET', activitiesPath(conversationId, before), { token });
    expect(after.json.activities.map((a: any) => a.type)).toEqual(['event']);
    expect(after.json.activities[0]).toMatchObject({ name: 'webchat/join', value: { language: 'en' } });
  });
});

describe('local Direct Line: refusals', () => {
  it('401 without a token; 403 for a forged, malformed or expired token', async () => {
    const { conversationId } = await startConversation(app);
    const grant = { conversationId, userId: 'dl_x' };
    const forged = (await new LocalTokens({ secret: 'another-secret-another-secret-another-secret' }).issue(grant)).token;
    const expired = (await new LocalTokens({ secret: SECRET, now: () => Date.now() - 31 * 60 * 1000 }).issue(grant)).token;
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ conv: conversationId, user: 'dl_x' })).toString('base64url')}.`;

    expect((await call(app, 'GET', activitiesPath(conversationId))).status).toBe(401);
    for (const token of [forged, expired, unsigned, 'not-a-token']) {
      expect((await call(app, 'GET', activitiesPath(conversationId), { token })).status).toBe(403);
      expect((await call(app, 'POST', activitiesPath(conversationId), { token, body: { type: 'message', text: 'hi' } })).status).toBe(403);
      expect((await call(app, 'POST', '/v3/directline/conversations', { token })).status).toBe(403);
      expect((await call(app, 'POST', '/v3/directline/tokens/refresh', { token })).status).toBe(403);
    }
    // The same grant, signed with the server's key and in date, is accepted.
    const valid = (await new LocalTokens({ secret: SECRET }).issue(grant)).token;
    expect((await call(app, 'GET', activitiesPath(conversationId), { token: valid })).status).toBe(200);
  });

  it('403 for a token of another conversation', async () => {
    const mine = await startConversation(app);
    const theirs = await startConversation(app);
    expect((await call(app, 'GET', activitiesPath(theirs.conversationId), { token: mine.token })).status).toBe(403);
    expect((await call(app, 'POST', activitiesPath(theirs.conversationId), { token: mine.token, body: { type: 'message', text: 'hi' } })).status).toBe(403);
    expect((await call(app, 'GET', `/v3/directline/conversations/${theirs.conversationId}`, { token: mine.token })).status).toBe(403);
  });

  it('404 for a conversation that was never started', async () => {
    const generated = await call(app, 'POST', '/v3/directline/tokens/generate');
    const { conversationId, token } = generated.json;
    expect((await call(app, 'GET', activitiesPath(conversationId), { token })).status).toBe(404);
    expect((await call(app, 'POST', activitiesPath(conversationId), { token, body: { type: 'message', text: 'hi' } })).status).toBe(404);
    expect((await call(app, 'GET', `/v3/directline/conversations/${conversationId}`, { token })).status).toBe(404);
  });

  it.each([
    ['an array', 400, [{ type: 'message' }]],
    ['an unknown type', 400, { type: 'invoke', name: 'x' }],
    ['text that is not a string', 400, { type: 'message', text: 42 }],
    ['a clientActivityID that is not a string', 400, { type: 'message', text: 'hi', channelData: { clientActivityID: {} } }],
    ['text over 10,000 characters', 413, { type: 'message', text: 'a'.repeat(10_001) }],
    ['a huge channelData', 413, { type: 'message', text: 'hi', channelData: { clientActivityID: 'x', junk: 'j'.repeat(5000) } }],
    ['a huge value', 413, { type: 'event', name: 'x', value: { junk: 'j'.repeat(5000) } }],
    ['malformed JSON', 400, '{"type": "message", '],
  ])('refuses %s with %i and a JSON error, and keeps it out of the history', async (_label, status, body) => {
    const { conversationId, token } = await startConversation(app);
    const before = (await call(app, 'GET', activitiesPath(conversationId), { token })).json.watermark;
    const refused = await call(app, 'POST', activitiesPath(conversationId), { token, body });
    expect(refused.status).toBe(status);
    expect(typeof refused.json).toBe('object');
    expect((await call(app, 'GET', activitiesPath(conversationId, before), { token })).json.activities).toEqual([]);
  });

  it('refuses a body that is not JSON and a watermark that is not a number with 4xx', async () => {
    const { conversationId, token } = await startConversation(app);
    const text = await call(app, 'POST', activitiesPath(conversationId), { token, body: 'hello', headers: { 'content-type': 'text/plain' } });
    expect(text.status).toBeGreaterThanOrEqual(400);
    expect(text.status).toBeLessThan(500);
    expect((await call(app, 'GET', activitiesPath(conversationId, 'abc'), { token })).status).toBe(400);
  });
});
