import { describe, expect, it } from 'vitest';
import type { ExportRow, Store } from '../../../src/storage/store.js';
import type { ManualClock } from '../../support/clock.js';
import { DAY, HOUR, type ContractBackend, useFreshStore } from './backend.js';

/** Four conversations, one a day from 2026-03-02T00:00Z (started in this order, so newest is "d"). */
async function seedFour(store: Store, clock: ManualClock): Promise<void> {
  const t = store.transcripts;
  await t.appendTurns({ id: 'a' }, [
    { role: 'user', text: 'someone follows me', language: 'en', topic: 'report', nluScore: 0.9, emergency: true },
    { role: 'bot', text: 'Call 111', language: 'en', topic: 'report', channels: ['police'] },
  ]);
  clock.advance(DAY);
  await t.appendTurns({ id: 'b' }, [{ role: 'user', text: '有人在网上骚扰我', language: 'zh', topic: 'online-safety', unanswered: true }]);
  clock.advance(DAY);
  await t.appendTurns({ id: 'c' }, [{ role: 'user', text: 'what are my rights', language: 'en', topic: 'rights' }]);
  await store.review.setReviewed('c', 'ana', true);
  await store.review.addTag('c', 'follow-up', 'ana');
  clock.advance(DAY);
  await t.appendTurns({ id: 'd' }, [{ role: 'user', text: 'كلمات غير مفهومة', language: 'ar', unanswered: true }]);
}

const ids = (page: { items: Array<{ id: string }> }) => page.items.map((c) => c.id);

export function reviewContract(backend: () => ContractBackend): void {
  describe('review', () => {
    const fresh = useFreshStore(backend);

    it('lists newest activity first, with every filter alone and combined', async () => {
      const { store, clock } = fresh();
      await seedFour(store, clock);
      const list = async (filter: Parameters<Store['review']['listConversations']>[0]) => {
        const page = await store.review.listConversations(filter);
        expect(page.total).toBe(page.items.length);
        return ids(page);
      };
      expect(await list({})).toEqual(['d', 'c', 'b', 'a']);
      expect(await list({ language: 'en' })).toEqual(['c', 'a']);
      expect(await list({ language: 'zh' })).toEqual(['b']);
      expect(await list({ language: 'ko' })).toEqual([]);
      expect(await list({ topic: 'report' })).toEqual(['a']);
      expect(await list({ emergency: true })).toEqual(['a']);
      expect(await list({ emergency: false })).toEqual(['d', 'c', 'b']);
      expect(await list({ unanswered: true })).toEqual(['d', 'b']);
      expect(await list({ unanswered: false })).toEqual(['c', 'a']);
      expect(await list({ reviewed: true })).toEqual(['c']);
      expect(await list({ reviewed: false })).toEqual(['d', 'b', 'a']);
      expect(await list({ tag: 'follow-up' })).toEqual(['c']);
      const start = new Date('2026-03-02T00:00:00.000Z').getTime();
      expect(await list({ from: new Date(start + 2 * DAY) })).toEqual(['d', 'c']);
      expect(await list({ to: new Date(start + DAY + HOUR) })).toEqual(['b', 'a']);
      expect(await list({ from: new Date(start + DAY), to: new Date(start + 2 * DAY) })).toEqual(['b']);
      expect(await list({ language: 'en', reviewed: false })).toEqual(['a']);
      expect(await list({ unanswered: true, language: 'ar', from: new Date(start + 3 * DAY) })).toEqual(['d']);
    });

    it('summarises each listed conversation', async () => {
      const { store, clock } = fresh();
      await seedFour(store, clock);
      const { items } = await store.review.listConversations({ language: 'en' });
      expect(items[0]).toEqual({
        id: 'c',
        userHash: null,
        startedAt: new Date('2026-03-04T00:00:00.000Z'),
        lastActivityAt: new Date('2026-03-04T00:00:00.000Z'),
        turnCount: 1,
        languages: ['en'],
        topics: ['rights'],
        emergency: false,
        unanswered: false,
        reviewed: { by: 'ana', at: new Date('2026-03-04T00:00:00.000Z') },
        tags: ['follow-up'],
      });
      expect(items[1]).toMatchObject({ id: 'a', emergency: true, topics: ['report'], reviewed: null, tags: [] });
    });

    it('pages in a stable order with the total count, ties broken by id', async () => {
      const { store } = fresh();
      // Same instant for all: the order must still be total and repeatable.
      for (const id of ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7']) await store.transcripts.appendTurns({ id }, [{ role: 'user', text: id }]);
      const pages = await Promise.all([1, 2, 3, 4].map((page) => store.review.listConversations({}, { page, pageSize: 3 })));
      expect(pages.map(ids)).toEqual([['k7', 'k6', 'k5'], ['k4', 'k3', 'k2'], ['k1'], []]);
      expect(pages.map((p) => [p.total, p.page, p.pageSize])).toEqual([[7, 1, 3], [7, 2, 3], [7, 3, 3], [7, 4, 3]]);
      const clamped = await store.review.listConversations({}, { page: 0, pageSize: 10_000 });
      expect([clamped.page, clamped.pageSize, clamped.items.length]).toEqual([1, 100, 7]);
    });

    it('tags, marks reviewed and keeps notes, and says when the conversation does not exist', async () => {
      const { store, clock } = fresh();
      await store.transcripts.appendTurns({ id: 'c' }, [{ role: 'user', text: 'hello' }]);
      expect(await store.review.addTag('c', 'harassment', 'ana')).toBe(true);
      expect(await store.review.addTag('c', 'harassment', 'ben')).toBe(true);
      expect(await store.review.addTag('c', 'consulate', 'ana')).toBe(true);
      expect((await store.review.getConversation('c'))?.tags).toEqual(['consulate', 'harassment']);
      expect(await store.review.removeTag('c', 'harassment')).toBe(true);
      expect(await store.review.removeTag('c', 'harassment')).toBe(false);
      expect((await store.review.getConversation('c'))?.tags).toEqual(['consulate']);

      clock.advance(HOUR);
      expect(await store.review.setReviewed('c', 'ben', true)).toBe(true);
      expect((await store.review.getConversation('c'))?.reviewed).toEqual({ by: 'ben', at: new Date('2026-03-02T01:00:00.000Z') });
      expect(await store.review.setReviewed('c', 'ben', false)).toBe(true);
      expect((await store.review.getConversation('c'))?.reviewed).toBeNull();

      const first = await store.review.addNote('c', 'ana', 'Asked about the consulate twice.');
      clock.advance(HOUR);
      const second = await store.review.addNote('c', 'ben', 'Answer was fine.');
      expect(first).toMatchObject({ conversationId: 'c', author: 'ana', at: new Date('2026-03-02T01:00:00.000Z') });
      expect((await store.review.getConversation('c'))?.notes).toEqual([first, second]);

      expect(await store.review.addTag('missing', 'x', 'ana')).toBe(false);
      expect(await store.review.setReviewed('missing', 'ana', true)).toBe(false);
      expect(await store.review.addNote('missing', 'ana', 'x')).toBeUndefined();
      expect(await store.review.getConversation('missing')).toBeUndefined();
    });

    it('groups unanswered user messages by language and text, most frequent first', async () => {
      const { store, clock } = fresh();
      const unanswered = (language: string, text: string) => ({ role: 'user' as const, text, language, unanswered: true });
      await store.transcripts.appendTurns({ id: 'x' }, [unanswered('en', 'blorp'), unanswered('en', 'what about [name]'), unanswered('zh', 'blorp')]);
      clock.advance(HOUR);
      await store.transcripts.appendTurns({ id: 'y' }, [unanswered('en', 'what about [name]'), { role: 'user', text: 'answered', language: 'en' }]);
      // A bot turn is never "unanswered", even if flagged by mistake.
      await store.transcripts.appendTurns({ id: 'y' }, [{ role: 'bot', text: 'blorp', language: 'en', unanswered: true }]);

      expect(await store.review.unanswered()).toEqual([
        { language: 'en', text: 'what about [name]', count: 2, lastAt: new Date('2026-03-02T01:00:00.000Z') },
        { language: 'en', text: 'blorp', count: 1, lastAt: new Date('2026-03-02T00:00:00.000Z') },
        { language: 'zh', text: 'blorp', count: 1, lastAt: new Date('2026-03-02T00:00:00.000Z') },
      ]);
      expect((await store.review.unanswered({ language: 'zh' })).map((g) => g.text)).toEqual(['blorp']);
      expect(await store.review.unanswered({ from: new Date('2026-03-02T00:30:00.000Z') })).toEqual([
        { language: 'en', text: 'what about [name]', count: 1, lastAt: new Date('2026-03-02T01:00:00.000Z') },
      ]);
      expect(await store.review.unanswered({ limit: 1 })).toHaveLength(1);
    });

    it('exports every turn of the matching conversations, in batches, with tags and review state', async () => {
      const { store, clock } = fresh();
      await seedFour(store, clock);
      const all: ExportRow[] = [];
      for await (const row of store.review.exportTurns()) all.push(row);
      expect(all.map((r) => `${r.conversationId}:${r.seq}`)).toEqual(['a:1', 'a:2', 'b:1', 'c:1', 'd:1']);
      expect(all[1]).toMatchObject({ role: 'bot', text: 'Call 111', channels: ['police'], reviewed: false, tags: [] });
      expect(all[3]).toMatchObject({ conversationId: 'c', reviewed: true, tags: ['follow-up'], topic: 'rights', language: 'en' });
      expect(typeof all[0]?.turnId).toBe('string');

      const english: string[] = [];
      for await (const row of store.review.exportTurns({ language: 'en' })) english.push(row.conversationId);
      expect(english).toEqual(['a', 'a', 'c']);

      // More conversations than one export batch.
      for (let i = 0; i < 230; i += 1) await store.transcripts.appendTurns({ id: `bulk-${String(i).padStart(3, '0')}` }, [{ role: 'user', text: 'x' }]);
      const seen = new Set<string>();
      let rows = 0;
      for await (const row of store.review.exportTurns()) {
        seen.add(row.conversationId);
        rows += 1;
      }
      expect([seen.size, rows]).toEqual([234, 235]);
    });
  });
}
