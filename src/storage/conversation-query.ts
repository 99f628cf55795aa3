import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { StoreContext } from './context.js';
import type { ConversationTable, Database, TurnTable } from './schema.js';
import type { ConversationFilter, ConversationSummary, Turn } from './store.js';

type ConversationScope = ExpressionBuilder<Database, 'conversations'>;

/** The review filters as one WHERE expression over `conversations`, shared by the list and the export. */
export function matchesFilter(filter: ConversationFilter) {
  return (eb: ConversationScope): Expression<SqlBool> => {
    const turnsOf = () => eb.selectFrom('turns').select(sql`1`.as('one')).whereRef('turns.conversation_id', '=', 'conversations.id');
    const turnsWith = (column: 'language' | 'topic', value: string) => eb.exists(turnsOf().where(`turns.${column}`, '=', value));
    const turnsFlagged = (column: 'emergency' | 'unanswered') => eb.exists(turnsOf().where(`turns.${column}`, '=', 1));
    const hasOrNot = (has: boolean, condition: Expression<SqlBool>) => (has ? condition : eb.not(condition));
    const conditions: Expression<SqlBool>[] = [];
    if (filter.from) conditions.push(eb('conversations.last_at', '>=', filter.from.getTime()));
    if (filter.to) conditions.push(eb('conversations.started_at', '<', filter.to.getTime()));
    if (filter.language !== undefined) conditions.push(turnsWith('language', filter.language));
    if (filter.topic !== undefined) conditions.push(turnsWith('topic', filter.topic));
    if (filter.emergency !== undefined) conditions.push(hasOrNot(filter.emergency, turnsFlagged('emergency')));
    if (filter.unanswered !== undefined) conditions.push(hasOrNot(filter.unanswered, turnsFlagged('unanswered')));
    if (filter.reviewed !== undefined) {
      conditions.push(eb('conversations.reviewed_at', filter.reviewed ? 'is not' : 'is', null));
    }
    if (filter.tag !== undefined) {
      conditions.push(
        eb.exists(
          eb
            .selectFrom('conversation_tags')
            .select(sql`1`.as('one'))
            .whereRef('conversation_tags.conversation_id', '=', 'conversations.id')
            .where('conversation_tags.tag', '=', filter.tag),
        ),
      );
    }
    return eb.and(conditions);
  };
}

/** Adds languages, topics, flags and tags to conversation rows, in two queries for the whole batch. */
export async function summarize(ctx: StoreContext, rows: ConversationTable[]): Promise<ConversationSummary[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [facets, tags] = await Promise.all([
    ctx.db
      .selectFrom('turns')
      .select(['conversation_id', 'language', 'topic'])
      .select((eb) => [eb.fn.max('emergency').as('emergency'), eb.fn.max('unanswered').as('unanswered')])
      .where('conversation_id', 'in', ids)
      .groupBy(['conversation_id', 'language', 'topic'])
      .execute(),
    ctx.db
      .selectFrom('conversation_tags')
      .select(['conversation_id', 'tag'])
      .where('conversation_id', 'in', ids)
      .orderBy('tag')
      .execute(),
  ]);
  return rows.map((row) => {
    const mine = facets.filter((f) => f.conversation_id === row.id);
    const distinct = (values: Array<string | null>) => [...new Set(values.filter((v): v is string => v !== null))].sort();
    return {
      id: row.id,
      userHash: row.user_hash,
      startedAt: new Date(Number(row.started_at)),
      lastActivityAt: new Date(Number(row.last_at)),
      turnCount: Number(row.turn_count),
      languages: distinct(mine.map((f) => f.language)),
      topics: distinct(mine.map((f) => f.topic)),
      emergency: mine.some((f) => Number(f.emergency) === 1),
      unanswered: mine.some((f) => Number(f.unanswered) === 1),
      reviewed:
        row.reviewed_at !== null && row.reviewed_by !== null ? { by: row.reviewed_by, at: new Date(Number(row.reviewed_at)) } : null,
      tags: tags.filter((t) => t.conversation_id === row.id).map((t) => t.tag),
    };
  });
}

/** Channels shown per turn, for a batch of turn rows. */
export async function channelsOf(ctx: StoreContext, turnIds: string[]): Promise<Map<string, string[]>> {
  const byTurn = new Map<string, string[]>();
  if (turnIds.length === 0) return byTurn;
  const rows = await ctx.db
    .selectFrom('turn_channels')
    .select(['turn_id', 'channel'])
    .where('turn_id', 'in', turnIds)
    .orderBy('channel')
    .execute();
  for (const row of rows) byTurn.set(row.turn_id, [...(byTurn.get(row.turn_id) ?? []), row.channel]);
  return byTurn;
}

export function toTurn(row: TurnTable, channels: string[]): Turn {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    seq: Number(row.seq),
    at: new Date(Number(row.at)),
    role: row.role,
    text: row.text,
    language: row.language,
    topic: row.topic,
    nluScore: row.nlu_score === null ? null : Number(row.nlu_score),
    emergency: Number(row.emergency) === 1,
    unanswered: Number(row.unanswered) === 1,
    channels,
    feedback: row.feedback,
  };
}
