import { type StoreContext } from './context.js';
import type { Stats, StatsRange } from './store.js';

/** The dashboard's figures for turns in [from, to); private-mode counters for the local days the range covers. */
export async function computeStats(ctx: StoreContext, range: StatsRange): Promise<Stats> {
  const from = range.from.getTime();
  const to = range.to.getTime();
  const turns = ctx.db.selectFrom('turns').where('at', '>=', from).where('at', '<', to);
  const userTurns = turns.where('role', '=', 'user');

  const [perDay, languages, topics, totals, emergencyConversations, handoffs, feedback] = await Promise.all([
    turns
      .select('day')
      .select((eb) => eb.fn.count<number>('conversation_id').distinct().as('n'))
      .groupBy('day')
      .orderBy('day')
      .execute(),
    turns
      .select('language')
      .select((eb) => eb.fn.count<number>('conversation_id').distinct().as('n'))
      .where('language', 'is not', null)
      .groupBy('language')
      .orderBy('n', 'desc')
      .orderBy('language')
      .execute(),
    userTurns
      .select('topic')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('topic', 'is not', null)
      .groupBy('topic')
      .orderBy('n', 'desc')
      .orderBy('topic')
      .execute(),
    userTurns
      .select((eb) => [
        eb.fn.countAll<number>().as('messages'),
        eb.fn.coalesce(eb.fn.sum<number>('unanswered'), eb.lit(0)).as('unanswered'),
        eb.fn.coalesce(eb.fn.sum<number>('emergency'), eb.lit(0)).as('emergency'),
      ])
      .executeTakeFirstOrThrow(),
    turns
      .select((eb) => eb.fn.count<number>('conversation_id').distinct().as('n'))
      .where('emergency', '=', 1)
      .executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom('turn_channels')
      .innerJoin('turns', 'turns.id', 'turn_channels.turn_id')
      .select('turn_channels.channel')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('turns.at', '>=', from)
      .where('turns.at', '<', to)
      .groupBy('turn_channels.channel')
      .orderBy('n', 'desc')
      .orderBy('turn_channels.channel')
      .execute(),
    turns
      .select('feedback')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('feedback', 'is not', null)
      .groupBy('feedback')
      .execute(),
  ]);

  const userMessages = Number(totals.messages);
  const unansweredMessages = Number(totals.unanswered);
  const feedbackCount = (kind: string) => Number(feedback.find((f) => f.feedback === kind)?.n ?? 0);
  return {
    conversationsPerDay: perDay.map((r) => ({ day: r.day, conversations: Number(r.n) })),
    languages: languages.map((r) => ({ language: r.language as string, conversations: Number(r.n) })),
    topics: topics.map((r) => ({ topic: r.topic as string, userMessages: Number(r.n) })),
    userMessages,
    unansweredMessages,
    fallbackRate: userMessages === 0 ? 0 : unansweredMessages / userMessages,
    emergencyMessages: Number(totals.emergency),
    emergencyConversations: Number(emergencyConversations.n),
    handoffs: handoffs.map((r) => ({ channel: r.channel, count: Number(r.n) })),
    feedback: { helpful: feedbackCount('helpful'), notHelpful: feedbackCount('not_helpful') },
    privateMode: await privateModeStats(ctx, range),
  };
}

async function privateModeStats(ctx: StoreContext, range: StatsRange): Promise<Stats['privateMode']> {
  // Counters only know the local day, so a day counts when the range covers any part of it.
  const counters = ctx.db
    .selectFrom('private_counters')
    .where('day', '>=', ctx.localDay(range.from))
    .where('day', '<=', ctx.localDay(new Date(range.to.getTime() - 1)));
  const [totals, languages, topics] = await Promise.all([
    counters
      .select((eb) => [
        eb.fn.coalesce(eb.fn.sum<number>('conversations'), eb.lit(0)).as('conversations'),
        eb.fn.coalesce(eb.fn.sum<number>('user_messages'), eb.lit(0)).as('user_messages'),
        eb.fn.coalesce(eb.fn.sum<number>('unanswered'), eb.lit(0)).as('unanswered'),
        eb.fn.coalesce(eb.fn.sum<number>('emergency'), eb.lit(0)).as('emergency'),
      ])
      .executeTakeFirstOrThrow(),
    counters
      .select('language')
      .select((eb) => eb.fn.sum<number>('conversations').as('n'))
      .where('language', '!=', '')
      .groupBy('language')
      .having((eb) => eb.fn.sum('conversations'), '>', 0)
      .orderBy('n', 'desc')
      .orderBy('language')
      .execute(),
    counters
      .select('topic')
      .select((eb) => eb.fn.sum<number>('user_messages').as('n'))
      .where('topic', '!=', '')
      .groupBy('topic')
      .orderBy('n', 'desc')
      .orderBy('topic')
      .execute(),
  ]);
  return {
    conversations: Number(totals.conversations),
    userMessages: Number(totals.user_messages),
    unansweredMessages: Number(totals.unanswered),
    emergencyMessages: Number(totals.emergency),
    languages: languages.map((r) => ({ language: r.language, conversations: Number(r.n) })),
    topics: topics.map((r) => ({ topic: r.topic, userMessages: Number(r.n) })),
  };
}
