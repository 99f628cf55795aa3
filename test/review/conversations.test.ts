import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addStaff, PASSWORD, REDACTED_TURNS, ReviewClient, type ReviewServer, startReviewServer } from '../support/review.js';

const DAY = 24 * 60 * 60 * 1000;
let server: ReviewServer;
let rita: ReviewClient;

/** Four conversations a day apart from 2026-03-02T00:00Z: a (en, emergency), b (zh, unanswered), c (en, reviewed, tagged), d (ar, unanswered). */
async function seed(): Promise<void> {
  const { transcripts, review } = server.store;
  await transcripts.appendTurns({ id: 'a' }, [
    { role: 'user', text: 'someone is outside my house', language: 'en', topic: 'emergency', emergency: true },
    { role: 'bot', text: 'Call 111 now.', language: 'en', topic: 'emergency', channels: ['police'] },
  ]);
  server.clock.advance(DAY);
  await transcripts.appendTurns({ id: 'b' }, [{ role: 'user', text: '有人在网上骚扰我', language: 'zh-Hans', topic: 'fallback', unanswered: true }]);
  server.clock.advance(DAY);
  await transcripts.appendTurns({ id: 'c' }, REDACTED_TURNS);
  await review.setReviewed('c', 'adam', true);
  await review.addTag('c', 'follow-up', 'adam');
  server.clock.advance(DAY);
  await transcripts.appendTurns({ id: 'd' }, [{ role: 'user', text: 'كلمات غير مفهومة', language: 'ar', topic: 'fallback', unanswered: true }]);
}

beforeEach(async () => {
  server = await startReviewServer();
  await addStaff(server.store);
  await seed();
  rita = new ReviewClient(server.url);
  await rita.login('rita', PASSWORD);
});
afterEach(() => server.close());

const ids = async (query: string) => {
  const reply = await rita.get(`/api/review/conversations${query}`);
  expect(reply.status, reply.text).toBe(200);
  return reply.json.items.map((c: { id: string }) => c.id);
};

describe('GET /api/review/conversations', () => {
  it('lists newest first with every filter', async () => {
    expect(await ids('')).toEqual(['d', 'c', 'b', 'a']);
    expect(await ids('?language=en')).toEqual(['c', 'a']);
    expect(await ids('?topic=emergency')).toEqual(['a']);
    expect(await ids('?emergency=true')).toEqual(['a']);
    expect(await ids('?emergency=false')).toEqual(['d', 'c', 'b']);
    expect(await ids('?unanswered=true')).toEqual(['d', 'b']);
    expect(await ids('?reviewed=true')).toEqual(['c']);
    expect(await ids('?reviewed=false&language=en')).toEqual(['a']);
    expect(await ids('?tag=follow-up')).toEqual(['c']);
    expect(await ids('?from=2026-03-04')).toEqual(['d', 'c']);
    expect(await ids('?to=2026-03-03T12:00:00Z')).toEqual(['b', 'a']);
    expect(await ids('?from=2026-03-03T00:00:00%2B00:00&to=2026-03-04')).toEqual(['b']);
  });

  it('pages', async () => {
    const page = await rita.get('/api/review/conversations?page=2&pageSize=3');
    expect(page.json).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page.json.items.map((c: { id: string }) => c.id)).toEqual(['a']);
  });

  it('summarises without turn text', async () => {
    const reply = await rita.get('/api/review/conversations?tag=follow-up');
    expect(reply.json.items[0]).toMatchObject({ id: 'c', turnCount: 2, languages: ['en'], topics: ['report'], reviewed: { by: 'adam' }, tags: ['follow-up'] });
    expect(reply.text).not.toContain('[phone]');
  });

  it.each([
    ['?from=yesterday', /from: must be a date/],
    ['?emergency=maybe', /emergency: must be true or false/],
    ['?page=0', /page: must be a whole number from 1 to 100000/],
    ['?pageSize=1000', /pageSize: must be a whole number from 1 to 100/],
    ['?language=%3Cscript%3E', /language: must be a language code/],
    ['?from=2026-03-05&to=2026-03-01', /from must be before to/],
    ['?langauge=en', /Unrecognized key/i],
  ])('%s → 400 with a clear message', async (query, message) => {
    const reply = await rita.get(`/api/review/conversations${query}`);
    expect(reply.status).toBe(400);
    expect(reply.json.error).toMatch(message);
  });
});

describe('GET /api/review/conversations/:id', () => {
  it('gives the redacted turns and writes who read it to the audit log', async () => {
    const reply = await rita.get('/api/review/conversations/c');
    expect(reply.status).toBe(200);
    expect(reply.json.turns.map((t: { text: string }) => t.text)).toEqual(REDACTED_TURNS.map((t) => t.text));
    expect(reply.json.turns[0]).toMatchObject({ role: 'user', language: 'en', topic: 'report', nluScore: 0.82 });
    expect(reply.json.turns[1]).toMatchObject({ role: 'bot', channels: ['nzsis'] });
    const [entry] = (await server.store.audit.list()).items;
    expect(entry).toMatchObject({ actor: 'rita', action: 'conversation.read', target: 'c', at: server.clock() });
  });

  it('404 for an unknown id, and no audit entry', async () => {
    const before = (await server.store.audit.list()).total;
    const reply = await rita.get('/api/review/conversations/nope');
    expect(reply.status).toBe(404);
    expect(reply.json.error).toMatch(/no such conversation/);
    expect((await server.store.audit.list()).total).toBe(before);
  });
});

describe('what reviewers add', () => {
  it('tags: add (normalised), remove, audited; bad tags 400; unknown conversation 404', async () => {
    expect((await rita.post('/api/review/conversations/a/tags', { add: ['  Police ', 'urgent'] })).json).toEqual({ tags: ['police', 'urgent'] });
    expect((await rita.post('/api/review/conversations/a/tags', { remove: ['urgent'] })).json).toEqual({ tags: ['police'] });
    expect((await rita.post('/api/review/conversations/a/tags', { add: ['<b>x</b>'] })).status).toBe(400);
    expect((await rita.post('/api/review/conversations/a/tags', {})).json.error).toMatch(/give tags to add or remove/);
    expect((await rita.post('/api/review/conversations/nope/tags', { add: ['x'] })).status).toBe(404);
    const entries = (await server.store.audit.list({ action: 'conversation.tag' })).items;
    expect(entries.map((e) => e.details)).toEqual([{ add: [], remove: ['urgent'] }, { add: ['police', 'urgent'], remove: [] }]);
  });

  it('reviewed: marks and unmarks, by whom; audited', async () => {
    const marked = await rita.post('/api/review/conversations/a/reviewed', { reviewed: true });
    expect(marked.json.reviewed).toMatchObject({ by: 'rita' });
    expect(await ids('?reviewed=true')).toEqual(['c', 'a']);
    expect((await rita.post('/api/review/conversations/a/reviewed', { reviewed: false })).json).toEqual({ reviewed: null });
    expect((await rita.post('/api/review/conversations/a/reviewed', { reviewed: 'yes' })).status).toBe(400);
    expect((await rita.post('/api/review/conversations/nope/reviewed', {})).status).toBe(404);
    expect((await server.store.audit.list({ action: 'conversation.reviewed' })).items.map((e) => e.details)).toEqual([{ reviewed: false }, { reviewed: true }]);
  });

  it('notes: added with author and time; the audit entry does not copy the text', async () => {
    const reply = await rita.post('/api/review/conversations/a/notes', { text: '  Check the 111 wording.  ' });
    expect(reply.status).toBe(201);
    expect(reply.json).toMatchObject({ author: 'rita', text: 'Check the 111 wording.', conversationId: 'a' });
    expect((await rita.get('/api/review/conversations/a')).json.notes).toHaveLength(1);
    expect((await rita.post('/api/review/conversations/a/notes', { text: '   ' })).status).toBe(400);
    expect((await rita.post('/api/review/conversations/a/notes', { text: 'x'.repeat(2001) })).json.error).toMatch(/at most 2000/);
    expect((await rita.post('/api/review/conversations/nope/notes', { text: 'x' })).status).toBe(404);
    const [entry] = (await server.store.audit.list({ action: 'conversation.note' })).items;
    expect(JSON.stringify(entry)).not.toContain('wording');
  });
});

describe('GET /api/review/unanswered and /api/review/stats', () => {
  it('groups unanswered user messages, per language on request, and audits the read', async () => {
    await server.store.transcripts.appendTurns({ id: 'e' }, [{ role: 'user', text: 'كلمات غير مفهومة', language: 'ar', unanswered: true }]);
    const all = await rita.get('/api/review/unanswered');
    expect(all.json.items.map((g: { text: string; count: number }) => [g.text, g.count])).toEqual([
      ['كلمات غير مفهومة', 2],
      ['有人在网上骚扰我', 1],
    ]);
    const zh = await rita.get('/api/review/unanswered?language=zh-Hans');
    expect(zh.json.items).toMatchObject([{ language: 'zh-Hans', text: '有人在网上骚扰我', count: 1 }]);
    expect((await rita.get('/api/review/unanswered?limit=0')).status).toBe(400);
    expect((await server.store.audit.list({ action: 'unanswered.read' })).items.map((e) => e.details)).toEqual([
      { language: 'zh-Hans', groups: 1 },
      { language: null, groups: 2 },
    ]);
  });

  it('stats for the last 30 days by default, or a range', async () => {
    server.clock.advance(60_000);
    const recent = await rita.get('/api/review/stats');
    expect(recent.json).toMatchObject({ userMessages: 4, unansweredMessages: 2, fallbackRate: 0.5, emergencyConversations: 1, });
    expect(recent.json.handoffs).toEqual(expect.arrayContaining([{ channel: 'police', count: 1 }, { channel: 'nzsis', count: 1 }]));
    expect(new Date(recent.json.to).getTime() - new Date(recent.json.from).getTime()).toBe(30 * DAY);
    const range = await rita.get('/api/review/stats?from=2026-03-04&to=2026-03-06');
    expect(range.json.userMessages).toBe(2);
    expect((await rita.get('/api/review/stats?from=2026-03-06&to=2026-03-04')).status).toBe(400);
  });
});
