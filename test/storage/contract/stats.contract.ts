import { describe, expect, it } from 'vitest';
import { DAY, HOUR, type ContractBackend, useFreshStore } from './backend.js';

export function statsContract(backend: () => ContractBackend): void {
  describe('stats', () => {
    const fresh = useFreshStore(backend);

    it('computes the dashboard figures for a range, per Auckland day', async () => {
      const { store, clock } = fresh();
      const t = store.transcripts;
      // 2026-03-02T00:00Z is 13:00 on 2 March in Auckland (NZDT, UTC+13); 11:00Z is local midnight.
      const [, s1Answer] = await t.appendTurns({ id: 's1' }, [
        { role: 'user', text: 'they threatened my family', language: 'en', topic: 'report', emergency: true },
        { role: 'bot', text: 'Call 111', language: 'en', channels: ['police', 'nzsis'] },
      ]);
      await t.setFeedback('s1', s1Answer!.id, 'helpful');
      await t.countPrivateTurn({ language: 'fa', topic: 'report', startsConversation: true });
      await t.countPrivateTurn({ language: 'fa', unanswered: true });
      clock.advance(10 * HOUR); // 23:00 on 2 March, Auckland
      const s2 = await t.appendTurns({ id: 's2' }, [
        { role: 'user', text: '怎么举报', language: 'zh', topic: 'report' },
        { role: 'user', text: '嗯嗯', language: 'zh', unanswered: true },
        { role: 'bot', text: 'NZSIS …', language: 'zh', channels: ['nzsis'] },
      ]);
      await t.setFeedback('s2', s2[2]!.id, 'not_helpful');
      clock.advance(HOUR); // 00:00 on 3 March, Auckland
      await t.appendTurns({ id: 's2' }, [{ role: 'user', text: '我的权利', language: 'zh', topic: 'rights' }]);
      clock.advance(HOUR);
      await t.appendTurns({ id: 's3' }, [{ role: 'user', text: 'zzz', language: 'en', unanswered: true }]);
      clock.set(new Date('2026-03-05T00:00:00.000Z')); // after the range
      await t.appendTurns({ id: 'later' }, [{ role: 'user', text: 'report', language: 'en', topic: 'report' }]);
      await t.countPrivateTurn({ language: 'ko', startsConversation: true });

      const stats = await store.review.stats({
        from: new Date('2026-03-01T11:00:00.000Z'), // Auckland midnight, 2 March
        to: new Date('2026-03-03T11:00:00.000Z'), // Auckland midnight, 4 March
      });
      expect(stats).toEqual({
        conversationsPerDay: [
          { day: '2026-03-02', conversations: 2 },
          { day: '2026-03-03', conversations: 2 },
        ],
        languages: [
          { language: 'en', conversations: 2 },
          { language: 'zh', conversations: 1 },
        ],
        topics: [
          { topic: 'report', userMessages: 2 },
          { topic: 'rights', userMessages: 1 },
        ],
        userMessages: 5,
        unansweredMessages: 2,
        fallbackRate: 0.4,
        emergencyMessages: 1,
        emergencyConversations: 1,
        handoffs: [
          { channel: 'nzsis', count: 2 },
          { channel: 'police', count: 1 },
        ],
        feedback: { helpful: 1, notHelpful: 1 },
        privateMode: {
          conversations: 1,
          userMessages: 2,
          unansweredMessages: 1,
          emergencyMessages: 0,
          languages: [{ language: 'fa', conversations: 1 }],
          topics: [{ topic: 'report', userMessages: 1 }],
        },
      });
    });

    it('reports zeros, not errors, for an empty range', async () => {
      const { store, clock } = fresh();
      await store.transcripts.appendTurns({ id: 'c' }, [{ role: 'user', text: 'hi', language: 'en' }]);
      const stats = await store.review.stats({ from: new Date(clock().getTime() + DAY), to: new Date(clock().getTime() + 2 * DAY) });
      expect(stats).toMatchObject({
        conversationsPerDay: [],
        languages: [],
        topics: [],
        userMessages: 0,
        unansweredMessages: 0,
        fallbackRate: 0,
        emergencyMessages: 0,
        emergencyConversations: 0,
        handoffs: [],
        feedback: { helpful: 0, notHelpful: 0 },
        privateMode: { conversations: 0, userMessages: 0, unansweredMessages: 0, emergencyMessages: 0, languages: [], topics: [] },
      });
    });
  });
}
