import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { activitiesPath, call, startConversation } from '../support/directline.js';
import { startTestApp } from '../support/server.js';

let app: App;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app.drain(1000);
});

describe('local Direct Line: the client ends a conversation (quick exit)', () => {
  it('forgets the conversation at once: its history and its resume are gone', async () => {
    const { conversationId, token } = await startConversation(app);
    const said = await call(app, 'POST', activitiesPath(conversationId), { token, body: { type: 'message', text: 'how do I report foreign interference' } });
    expect(said.status).toBe(200);

    const ended = await call(app, 'POST', activitiesPath(conversationId), { token, body: { type: 'endOfConversation', from: { id: 'anyone' } } });
    expect(ended.status).toBe(200);

    expect((await call(app, 'GET', activitiesPath(conversationId), { token })).status).toBe(404);
    expect((await call(app, 'GET', `/v3/directline/conversations/${conversationId}`, { token })).status).toBe(404);
    expect((await call(app, 'POST', activitiesPath(conversationId), { token, body: { type: 'message', text: 'hello' } })).status).toBe(404);
  });

  it('ends only the conversation the token is for', async () => {
    const mine = await startConversation(app);
    const other = await startConversation(app);
    const refused = await call(app, 'POST', activitiesPath(other.conversationId), { token: mine.token, body: { type: 'endOfConversation' } });
    expect(refused.status).toBe(403);
    expect((await call(app, 'GET', activitiesPath(other.conversationId), { token: other.token })).status).toBe(200);
  });
});
