import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addStaff, PASSWORD, ReviewClient, type ReviewServer, startReviewServer } from '../support/review.js';

let server: ReviewServer;
let adam: ReviewClient;

/** Messages a spreadsheet would run as formulas, and ones that need CSV quoting. */
const TRICKY = ['=HYPERLINK("http://evil.example","click")', '+61 [phone]', '-2+3', '@SUM(A1:A2)', '\tleading tab', 'commas, "quotes"\nand a new line'];

beforeEach(async () => {
  server = await startReviewServer();
  await addStaff(server.store);
  await server.store.transcripts.appendTurns({ id: 'x1' }, TRICKY.map((text) => ({ role: 'user' as const, text, language: 'en', topic: 'fallback', unanswered: true })));
  await server.store.transcripts.appendTurns({ id: 'x2' }, [{ role: 'user', text: '你好', language: 'zh-Hans', topic: 'greeting', nluScore: 0.9 }]);
  await server.store.review.addTag('x2', 'ok', 'adam');
  adam = new ReviewClient(server.url);
  await adam.login('adam', PASSWORD);
});
afterEach(() => server.close());

describe('GET /api/review/export (admin)', () => {
  it('CSV: one row per turn, formula cells prefixed with an apostrophe, quoting intact', async () => {
    const reply = await adam.get('/api/review/export?format=csv');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(reply.headers.get('content-disposition')).toBe('attachment; filename="transcripts-2026-03-02.csv"');
    expect(reply.headers.get('cache-control')).toBe('no-store');
    const rows: Record<string, string>[] = parse(reply.text, { columns: true });
    expect(Object.keys(rows[0]!)).toEqual(['conversationId', 'turnId', 'seq', 'at', 'role', 'text', 'language', 'topic', 'nluScore', 'emergency', 'unanswered', 'channels', 'feedback', 'reviewed', 'tags']);
    expect(rows.filter((r) => r.conversationId === 'x1').map((r) => r.text)).toEqual([
      `'=HYPERLINK("http://evil.example","click")`,
      `'+61 [phone]`,
      `'-2+3`,
      `'@SUM(A1:A2)`,
      `'\tleading tab`,
      'commas, "quotes"\nand a new line',
    ]);
    expect(rows.find((r) => r.conversationId === 'x2')).toMatchObject({ text: '你好', language: 'zh-Hans', nluScore: '0.9', unanswered: 'false', tags: 'ok', at: '2026-03-02T00:00:00.000Z' });
  });

  it('JSON, with the same filters as the list', async () => {
    const reply = await adam.get('/api/review/export?format=json&language=zh-Hans');
    expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(reply.json).toEqual([expect.objectContaining({ conversationId: 'x2', text: '你好', tags: 'ok', reviewed: false })]);
    expect((await adam.get('/api/review/export?format=json&language=ko')).json).toEqual([]);
  });

  it('every export is audited with its format and filter; bad input is 400 and not audited', async () => {
    await adam.get('/api/review/export?format=csv&unanswered=true');
    expect((await adam.get('/api/review/export?format=xlsx')).status).toBe(400);
    const entries = (await server.store.audit.list({ action: 'export' })).items;
    expect(entries).toMatchObject([{ actor: 'adam', details: { format: 'csv', filter: { unanswered: true } } }]);
  });
});

describe('DELETE /api/review/conversations/:id (admin)', () => {
  it('deletes everything about the conversation and audits it; a second delete is 404', async () => {
    const reply = await adam.delete('/api/review/conversations/x2');
    expect(reply.status).toBe(204);
    expect(await server.store.review.getConversation('x2')).toBeUndefined();
    expect((await adam.get('/api/review/conversations/x2')).status).toBe(404);
    expect((await adam.delete('/api/review/conversations/x2')).status).toBe(404);
    expect((await server.store.audit.list({ action: 'conversation.delete' })).items).toMatchObject([{ actor: 'adam', target: 'x2' }]);
  });
});
