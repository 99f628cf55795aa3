import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { type StoreContext, flag, nowMs } from './context.js';
import type { TurnTable } from './schema.js';
import type { Feedback, NewTurn, PrivateTurn, TranscriptStore, Turn } from './store.js';

export class SqlTranscriptStore implements TranscriptStore {
  constructor(private readonly ctx: StoreContext) {}

  async appendTurns(conversation: { id: string; userHash?: string }, turns: NewTurn[]): Promise<Turn[]> {
    if (turns.length === 0) return [];
    const at = nowMs(this.ctx);
    const day = this.ctx.localDay(new Date(at));
    return this.ctx.db.transaction().execute(async (trx) => {
      // The upsert locks the conversation row, so concurrent appends get consecutive, unique seq numbers.
      const { turn_count } = await trx
        .insertInto('conversations')
        .values({
          id: conversation.id,
          user_hash: conversation.userHash ?? null,
          started_at: at,
          last_at: at,
          turn_count: turns.length,
          reviewed_by: null,
          reviewed_at: null,
        })
        .onConflict((oc) =>
          oc.column('id').doUpdateSet({
            last_at: at,
            turn_count: sql<number>`conversations.turn_count + ${turns.length}`,
            user_hash: sql<string | null>`coalesce(conversations.user_hash, excluded.user_hash)`,
          }),
        )
        .returning('turn_count')
        .executeTakeFirstOrThrow();
      const firstSeq = Number(turn_count) - turns.length + 1;
      const rows: TurnTable[] = turns.map((t, i) => ({
        id: randomUUID(),
        conversation_id: conversation.id,
        seq: firstSeq + i,
        at,
        day,
        role: t.role,
        text: t.text,
        language: t.language ?? null,
        topic: t.topic ?? null,
        nlu_score: t.nluScore ?? null,
        emergency: flag(t.emergency),
        unanswered: flag(t.unanswered),
        feedback: null,
        feedback_at: null,
      }));
      await trx.insertInto('turns').values(rows).execute();
      const channels = rows.flatMap((row, i) =>
        [...new Set(turns[i]?.channels ?? [])].map((channel) => ({ turn_id: row.id, conversation_id: conversation.id, channel })),
      );
      if (channels.length > 0) await trx.insertInto('turn_channels').values(channels).execute();
      return rows.map((row, i) => ({
        id: row.id,
        conversationId: row.conversation_id,
        seq: row.seq,
        at: new Date(at),
        role: row.role,
        text: row.text,
        language: row.language,
        topic: row.topic,
        nluScore: row.nlu_score,
        emergency: row.emergency === 1,
        unanswered: row.unanswered === 1,
        channels: [...new Set(turns[i]?.channels ?? [])].sort(),
        feedback: null,
      }));
    });
  }

  async setFeedback(conversationId: string, turnId: string, feedback: Feedback | null): Promise<boolean> {
    const result = await this.ctx.db
      .updateTable('turns')
      .set({ feedback, feedback_at: feedback === null ? null : nowMs(this.ctx) })
      .where('id', '=', turnId)
      .where('conversation_id', '=', conversationId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async deleteConversation(conversationId: string): Promise<boolean> {
    // Turns, channels, tags and notes go with it (ON DELETE CASCADE).
    const result = await this.ctx.db.deleteFrom('conversations').where('id', '=', conversationId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async purgeInactiveSince(cutoff: Date): Promise<number> {
    const result = await this.ctx.db.deleteFrom('conversations').where('last_at', '<', cutoff.getTime()).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async countPrivateTurn(turn: PrivateTurn): Promise<void> {
    const increments = {
      conversations: turn.startsConversation ? 1 : 0,
      user_messages: 1,
      unanswered: turn.unanswered ? 1 : 0,
      emergency: turn.emergency ? 1 : 0,
    };
    await this.ctx.db
      .insertInto('private_counters')
      .values({ day: this.ctx.localDay(this.ctx.clock()), language: turn.language ?? '', topic: turn.topic ?? '', ...increments })
      .onConflict((oc) =>
        oc.columns(['day', 'language', 'topic']).doUpdateSet({
          conversations: sql<number>`private_counters.conversations + ${increments.conversations}`,
          user_messages: sql<number>`private_counters.user_messages + 1`,
          unanswered: sql<number>`private_counters.unanswered + ${increments.unanswered}`,
          emergency: sql<number>`private_counters.emergency + ${increments.emergency}`,
        }),
      )
      .execute();
  }
}
