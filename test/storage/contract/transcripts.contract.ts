import { describe, expect, it } from 'vitest';
import { DAY, type ContractBackend, rowCount, useFreshStore } from './backend.js';

export function transcriptsContract(backend: () => ContractBackend): void {
  describe('transcripts', () => {
    const fresh = useFreshStore(backend);

    it('appends turns in order, with everything each turn records and the time from the clock', async () => {
      const { store, clock } = fresh();
      const first = await store.transcripts.appendTurns({ id: 'conv-1', userHash: 'user-1' }, [
        { role: 'user', text: 'my phone is [phone]', language: 'en', topic: 'report', nluScore: 0.91 },
        { role: 'bot', text: 'Call 111 now.', language: 'en', topic: 'report', emergency: true, channels: ['police', 'nzsis', 'police'] },
      ]);
      clock.advance(90_000);
      const second = await store.transcripts.appendTurns({ id: 'conv-1', userHash: 'user-1' }, [
        { role: 'user', text: 'asdf qwerty', language: 'en', unanswered: true, nluScore: 0.2 },
      ]);
      expect([...first, ...second].map((t) => t.seq)).toEqual([1, 2, 3]);

      const detail = await store.review.getConversation('conv-1');
      expect(detail?.turns).toEqual([...first, ...second]);
      expect(detail?.turns[1]).toMatchObject({
        role: 'bot',
        text: 'Call 111 now.',
        emergency: true,
        unanswered: false,
        channels: ['nzsis', 'police'],
        feedback: null,
        at: new Date('2026-03-02T00:00:00.000Z'),
      });
      expect(detail?.turns[2]).toMatchObject({ unanswered: true, nluScore: 0.2, topic: null, at: new Date('2026-03-02T00:01:30.000Z') });
      expect(detail).toMatchObject({
        userHash: 'user-1',
        turnCount: 3,
        startedAt: new Date('2026-03-02T00:00:00.000Z'),
        lastActivityAt: new Date('2026-03-02T00:01:30.000Z'),
        languages: ['en'],
        topics: ['report'],
        emergency: true,
        unanswered: true,
      });
    });

    it('gives concurrent appends to one conversation distinct, gapless numbers', async () => {
      const { store } = fresh();
      const appended = await Promise.all(
        Array.from({ length: 12 }, (_, i) => store.transcripts.appendTurns({ id: 'busy' }, [{ role: 'user', text: `m${i}` }, { role: 'bot', text: `r${i}` }])),
      );
      const seqs = appended.flat().map((t) => t.seq).sort((a, b) => a - b);
      expect(seqs).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
      // Each call's turns stay together and in order.
      for (const [user, bot] of appended) expect(bot!.seq).toBe(user!.seq + 1);
      expect((await store.review.getConversation('busy'))?.turnCount).toBe(24);
    });

    it('keeps the first user hash and ignores an empty append', async () => {
      const { store } = fresh();
      expect(await store.transcripts.appendTurns({ id: 'c' }, [])).toEqual([]);
      expect(await store.review.getConversation('c')).toBeUndefined();
      await store.transcripts.appendTurns({ id: 'c' }, [{ role: 'bot', text: 'welcome' }]);
      await store.transcripts.appendTurns({ id: 'c', userHash: 'first' }, [{ role: 'user', text: 'hi' }]);
      await store.transcripts.appendTurns({ id: 'c', userHash: 'second' }, [{ role: 'user', text: 'hi' }]);
      expect((await store.review.getConversation('c'))?.userHash).toBe('first');
    });

    it('records feedback on one turn, changes and clears it', async () => {
      const { store } = fresh();
      const [, answer] = await store.transcripts.appendTurns({ id: 'c' }, [
        { role: 'user', text: 'what is foreign interference' },
        { role: 'bot', text: 'It is …', topic: 'what-is-fi' },
      ]);
      expect(await store.transcripts.setFeedback('c', answer!.id, 'helpful')).toBe(true);
      expect((await store.review.getConversation('c'))?.turns[1]?.feedback).toBe('helpful');
      expect(await store.transcripts.setFeedback('c', answer!.id, 'not_helpful')).toBe(true);
      expect((await store.review.getConversation('c'))?.turns[1]?.feedback).toBe('not_helpful');
      expect(await store.transcripts.setFeedback('c', answer!.id, null)).toBe(true);
      expect((await store.review.getConversation('c'))?.turns[1]?.feedback).toBeNull();
      expect(await store.transcripts.setFeedback('other-conversation', answer!.id, 'helpful')).toBe(false);
      expect(await store.transcripts.setFeedback('c', 'no-such-turn', 'helpful')).toBe(false);
    });

    it('deletes everything about a conversation, and nothing else', async () => {
      const { store } = fresh();
      for (const id of ['gone', 'kept']) {
        const [, answer] = await store.transcripts.appendTurns({ id, userHash: `u-${id}` }, [
          { role: 'user', text: 'I am scared', language: 'en' },
          { role: 'bot', text: 'Call 111', channels: ['police'], emergency: true },
        ]);
        await store.transcripts.setFeedback(id, answer!.id, 'helpful');
        await store.review.addTag(id, 'urgent', 'ana');
        await store.review.addNote(id, 'ana', 'follow up');
        await store.review.setReviewed(id, 'ana', true);
      }
      await store.audit.append({ actor: 'ana', action: 'conversation.read', target: 'gone' });

      expect(await store.transcripts.deleteConversation('gone')).toBe(true);

      expect(await store.review.getConversation('gone')).toBeUndefined();
      for (const table of ['turns', 'turn_channels', 'conversation_tags', 'notes'] as const) {
        expect(await rowCount(store, table, 'gone'), table).toBe(0);
        expect(await rowCount(store, table, 'kept'), table).toBeGreaterThan(0);
      }
      expect((await store.review.getConversation('kept'))?.turns).toHaveLength(2);
      expect((await store.review.listConversations()).items.map((c) => c.id)).toEqual(['kept']);
      // The audit trail of who read it is evidence, and stays.
      expect((await store.audit.list({ target: 'gone' })).total).toBe(1);
      expect(await store.transcripts.deleteConversation('gone')).toBe(false);
    });

    it('purges conversations whose last activity is before the cutoff', async () => {
      const { store, clock } = fresh();
      await store.transcripts.appendTurns({ id: 'old' }, [{ role: 'user', text: 'a' }]);
      clock.advance(10 * DAY);
      await store.transcripts.appendTurns({ id: 'revived' }, [{ role: 'user', text: 'b' }]);
      clock.advance(DAY);
      await store.transcripts.appendTurns({ id: 'revived' }, [{ role: 'user', text: 'c' }]);
      const cutoff = new Date(clock().getTime() - 5 * DAY);

      expect(await store.transcripts.purgeInactiveSince(cutoff)).toBe(1);
      expect((await store.review.listConversations()).items.map((c) => c.id)).toEqual(['revived']);
      expect(await rowCount(store, 'turns')).toBe(2);
      // Exactly at the cutoff is not older than it.
      expect(await store.transcripts.purgeInactiveSince(clock())).toBe(0);
      expect(await store.transcripts.purgeInactiveSince(new Date(clock().getTime() + 1))).toBe(1);
    });

    it('in private mode keeps anonymous counters only', async () => {
      const { store } = fresh();
      await store.transcripts.countPrivateTurn({ language: 'fa', topic: 'report', startsConversation: true });
      await store.transcripts.countPrivateTurn({ language: 'fa', topic: 'report', emergency: true });
      await store.transcripts.countPrivateTurn({ language: 'fa', unanswered: true });
      expect(await rowCount(store, 'conversations')).toBe(0);
      expect(await rowCount(store, 'turns')).toBe(0);
      const counters = await store.db.selectFrom('private_counters').selectAll().orderBy('topic').execute();
      expect(counters.map((c) => ({ ...c, conversations: Number(c.conversations), user_messages: Number(c.user_messages), unanswered: Number(c.unanswered), emergency: Number(c.emergency) }))).toEqual([
        { day: '2026-03-02', language: 'fa', topic: '', conversations: 0, user_messages: 1, unanswered: 1, emergency: 0 },
        { day: '2026-03-02', language: 'fa', topic: 'report', conversations: 1, user_messages: 2, unanswered: 0, emergency: 1 },
      ]);
    });
  });
}
