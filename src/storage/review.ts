import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { channelsOf, matchesFilter, summarize, toTurn } from './conversation-query.js';
import { type StoreContext, nowMs, pageOf } from './context.js';
import { computeStats } from './stats.js';
import type {
  ConversationDetail,
  ConversationFilter,
  ConversationSummary,
  ExportRow,
  Note,
  Page,
  PageRequest,
  ReviewStore,
  Stats,
  StatsRange,
  UnansweredGroup,
} from './store.js';

const EXPORT_BATCH = 200;

export class SqlReviewStore implements ReviewStore {
  constructor(private readonly ctx: StoreContext) {}

  async listConversations(filter: ConversationFilter = {}, request?: PageRequest): Promise<Page<ConversationSummary>> {
    const { page, pageSize, offset } = pageOf(request);
    const where = matchesFilter(filter);
    const [count, rows] = await Promise.all([
      this.ctx.db
        .selectFrom('conversations')
        .where(where)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
      this.ctx.db
        .selectFrom('conversations')
        .where(where)
        .selectAll()
        .orderBy('last_at', 'desc')
        .orderBy('id', 'desc')
        .limit(pageSize)
        .offset(offset)
        .execute(),
    ]);
    return { items: await summarize(this.ctx, rows), total: Number(count.n), page, pageSize };
  }

  async getConversation(id: string): Promise<ConversationDetail | undefined> {
    const row = await this.ctx.db.selectFrom('conversations').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const [[summary], turnRows, noteRows] = await Promise.all([
      summarize(this.ctx, [row]),
      this.ctx.db.selectFrom('turns').selectAll().where('conversation_id', '=', id).orderBy('seq').execute(),
      this.ctx.db.selectFrom('notes').selectAll().where('conversation_id', '=', id).orderBy('at').orderBy('id').execute(),
    ]);
    const channels = await channelsOf(this.ctx, turnRows.map((t) => t.id));
    return {
      ...(summary as ConversationSummary),
      turns: turnRows.map((t) => toTurn(t, channels.get(t.id) ?? [])),
      notes: noteRows.map((n) => ({ id: n.id, conversationId: n.conversation_id, author: n.author, at: new Date(Number(n.at)), text: n.text })),
    };
  }

  async addTag(conversationId: string, tag: string, by: string): Promise<boolean> {
    // INSERT … SELECT from the conversation: nothing is inserted when it does not exist (or was just deleted).
    const result = await this.ctx.db
      .insertInto('conversation_tags')
      .columns(['conversation_id', 'tag', 'added_by', 'added_at'])
      .expression((eb) =>
        eb
          .selectFrom('conversations')
          .select(['id', text(tag).as('tag'), text(by).as('added_by'), bigint(nowMs(this.ctx)).as('added_at')])
          .where('id', '=', conversationId),
      )
      .onConflict((oc) => oc.columns(['conversation_id', 'tag']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0 || (await this.exists(conversationId));
  }

  async removeTag(conversationId: string, tag: string): Promise<boolean> {
    const result = await this.ctx.db
      .deleteFrom('conversation_tags')
      .where('conversation_id', '=', conversationId)
      .where('tag', '=', tag)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async setReviewed(conversationId: string, by: string, reviewed: boolean): Promise<boolean> {
    const result = await this.ctx.db
      .updateTable('conversations')
      .set(reviewed ? { reviewed_by: by, reviewed_at: nowMs(this.ctx) } : { reviewed_by: null, reviewed_at: null })
      .where('id', '=', conversationId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async addNote(conversationId: string, author: string, noteText: string): Promise<Note | undefined> {
    const note: Note = { id: randomUUID(), conversationId, author, at: new Date(nowMs(this.ctx)), text: noteText };
    const result = await this.ctx.db
      .insertInto('notes')
      .columns(['id', 'conversation_id', 'author', 'at', 'text'])
      .expression((eb) =>
        eb
          .selectFrom('conversations')
          .select([text(note.id).as('note_id'), 'id', text(author).as('author'), bigint(note.at.getTime()).as('at'), text(noteText).as('text')])
          .where('id', '=', conversationId),
      )
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0 ? note : undefined;
  }

  async unanswered(query: { language?: string; from?: Date; to?: Date; limit?: number } = {}): Promise<UnansweredGroup[]> {
    const limit = Math.min(1000, Math.max(1, Math.floor(query.limit ?? 100) || 100));
    let q = this.ctx.db
      .selectFrom('turns')
      .select(['language', 'text'])
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('at').as('last_at')])
      .where('role', '=', 'user')
      .where('unanswered', '=', 1);
    if (query.language !== undefined) q = q.where('language', '=', query.language);
    if (query.from) q = q.where('at', '>=', query.from.getTime());
    if (query.to) q = q.where('at', '<', query.to.getTime());
    const rows = await q
      .groupBy(['language', 'text'])
      .orderBy('n', 'desc')
      .orderBy('last_at', 'desc')
      .orderBy('text')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ language: r.language, text: r.text, count: Number(r.n), lastAt: new Date(Number(r.last_at)) }));
  }

  stats(range: StatsRange): Promise<Stats> {
    return computeStats(this.ctx, range);
  }

  async *exportTurns(filter: ConversationFilter = {}): AsyncIterable<ExportRow> {
    let after = '';
    for (;;) {
      const conversations = await this.ctx.db
        .selectFrom('conversations')
        .select(['id', 'reviewed_at'])
        .where(matchesFilter(filter))
        .where('id', '>', after)
        .orderBy('id')
        .limit(EXPORT_BATCH)
        .execute();
      if (conversations.length === 0) return;
      after = conversations.at(-1)?.id ?? after;
      const ids = conversations.map((c) => c.id);
      const [turns, tags] = await Promise.all([
        this.ctx.db.selectFrom('turns').selectAll().where('conversation_id', 'in', ids).orderBy('conversation_id').orderBy('seq').execute(),
        this.ctx.db.selectFrom('conversation_tags').select(['conversation_id', 'tag']).where('conversation_id', 'in', ids).orderBy('tag').execute(),
      ]);
      const channels = await channelsOf(this.ctx, turns.map((t) => t.id));
      const reviewed = new Set(conversations.filter((c) => c.reviewed_at !== null).map((c) => c.id));
      for (const row of turns) {
        const { id, ...turn } = toTurn(row, channels.get(row.id) ?? []);
        yield {
          ...turn,
          turnId: id,
          reviewed: reviewed.has(row.conversation_id),
          tags: tags.filter((t) => t.conversation_id === row.conversation_id).map((t) => t.tag),
        };
      }
    }
  }

  private async exists(conversationId: string): Promise<boolean> {
    const row = await this.ctx.db.selectFrom('conversations').select('id').where('id', '=', conversationId).executeTakeFirst();
    return row !== undefined;
  }
}

// PostgreSQL cannot infer the type of a bare parameter in a SELECT list, so values selected into an INSERT are cast.
const text = (value: string) => sql<string>`cast(${value} as text)`;
const bigint = (value: number) => sql<number>`cast(${value} as bigint)`;
