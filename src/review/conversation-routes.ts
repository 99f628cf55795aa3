import type { Request, Response, Server } from 'restify';
import { parseOr400, queryOf, sendError, sendJson } from './http.js';
import type { ReviewContext } from './review-context.js';
import { staffRoute } from './route.js';
import { conversationId, conversationsQuery, noteBody, reviewedBody, tagsBody } from './schemas.js';

const NOT_FOUND = 'There is no such conversation (it may have been deleted or expired).';

function idOf(req: Request, res: Response): string | undefined {
  return parseOr400(conversationId, req.params?.id, res);
}

/** The conversation list, one transcript, and what reviewers add to it (tags, reviewed, notes). */
export function registerConversationRoutes(server: Server, ctx: ReviewContext): void {
  const { review, audit } = ctx.store;

  server.get(
    '/api/review/conversations',
    ...staffRoute(ctx, 'reviewer', async (req, res) => {
      const query = parseOr400(conversationsQuery, queryOf(req), res);
      if (!query) return;
      const { page, pageSize, ...filter } = query;
      sendJson(res, 200, await review.listConversations(filter, { page, pageSize }));
    }),
  );

  server.get(
    '/api/review/conversations/:id',
    ...staffRoute(ctx, 'reviewer', async (req, res, staff) => {
      const id = idOf(req, res);
      if (id === undefined) return;
      const conversation = await review.getConversation(id);
      if (!conversation) return sendError(res, 404, NOT_FOUND);
      await audit.append({ actor: staff.username, action: 'conversation.read', target: id });
      sendJson(res, 200, conversation);
    }),
  );

  server.post(
    '/api/review/conversations/:id/tags',
    ...staffRoute(ctx, 'reviewer', async (req, res, staff) => {
      const id = idOf(req, res);
      const body = id === undefined ? undefined : parseOr400(tagsBody, req.body, res);
      if (id === undefined || !body) return;
      for (const tag of body.add ?? []) if (!(await review.addTag(id, tag, staff.username))) return sendError(res, 404, NOT_FOUND);
      for (const tag of body.remove ?? []) await review.removeTag(id, tag);
      const conversation = await review.getConversation(id);
      if (!conversation) return sendError(res, 404, NOT_FOUND);
      await audit.append({ actor: staff.username, action: 'conversation.tag', target: id, details: { add: body.add ?? [], remove: body.remove ?? [] } });
      sendJson(res, 200, { tags: conversation.tags });
    }),
  );

  server.post(
    '/api/review/conversations/:id/reviewed',
    ...staffRoute(ctx, 'reviewer', async (req, res, staff) => {
      const id = idOf(req, res);
      const body = id === undefined ? undefined : parseOr400(reviewedBody, req.body, res);
      if (id === undefined || !body) return;
      if (!(await review.setReviewed(id, staff.username, body.reviewed))) return sendError(res, 404, NOT_FOUND);
      await audit.append({ actor: staff.username, action: 'conversation.reviewed', target: id, details: { reviewed: body.reviewed } });
      const conversation = await review.getConversation(id);
      sendJson(res, 200, { reviewed: conversation?.reviewed ?? null });
    }),
  );

  server.post(
    '/api/review/conversations/:id/notes',
    ...staffRoute(ctx, 'reviewer', async (req, res, staff) => {
      const id = idOf(req, res);
      const body = id === undefined ? undefined : parseOr400(noteBody, req.body, res);
      if (id === undefined || !body) return;
      const note = await review.addNote(id, staff.username, body.text);
      if (!note) return sendError(res, 404, NOT_FOUND);
      // The note's text stays in the notes table; the audit says only that one was written.
      await audit.append({ actor: staff.username, action: 'conversation.note', target: id, details: { note: note.id } });
      sendJson(res, 201, note);
    }),
  );

  server.del(
    '/api/review/conversations/:id',
    ...staffRoute(ctx, 'admin', async (req, res, staff) => {
      const id = idOf(req, res);
      if (id === undefined) return;
      if (!(await ctx.store.transcripts.deleteConversation(id))) return sendError(res, 404, NOT_FOUND);
      await audit.append({ actor: staff.username, action: 'conversation.delete', target: id });
      res.writeHead(204);
      res.end();
    }),
  );
}
