import { randomBytes } from 'node:crypto';

/** 144 random bits: conversation ids are unguessable, like the Direct Line service's. */
export function newConversationId(): string {
  return randomBytes(18).toString('base64url');
}

/** Direct Line reserves the `dl_` prefix for user ids the server puts into tokens. */
export function newUserId(): string {
  return `dl_${randomBytes(12).toString('base64url')}`;
}

const CONVERSATION_ID = /^[A-Za-z0-9_-]{24}$/;

export function isConversationId(value: string): boolean {
  return CONVERSATION_ID.test(value);
}
