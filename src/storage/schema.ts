import type { Generated } from 'kysely';

/**
 * Table types for Kysely. The same columns in both backends: times are epoch milliseconds (bigint),
 * flags are 0/1 integers and JSON is text, so one query layer serves SQLite and PostgreSQL alike.
 */
export interface Database {
  conversations: ConversationTable;
  turns: TurnTable;
  turn_channels: TurnChannelTable;
  conversation_tags: ConversationTagTable;
  notes: NoteTable;
  private_counters: PrivateCounterTable;
  staff: StaffTable;
  staff_sessions: StaffSessionTable;
  audit_log: AuditTable;
  bot_state: BotStateTable;
}

export type Flag = 0 | 1;

export interface ConversationTable {
  id: string;
  user_hash: string | null;
  started_at: number;
  last_at: number;
  turn_count: number;
  reviewed_by: string | null;
  reviewed_at: number | null;
}

export interface TurnTable {
  id: string;
  conversation_id: string;
  seq: number;
  at: number;
  /** Local day (store time zone) of `at`, YYYY-MM-DD: per-day figures without dialect date functions. */
  day: string;
  role: 'user' | 'bot';
  text: string;
  language: string | null;
  topic: string | null;
  nlu_score: number | null;
  emergency: Flag;
  unanswered: Flag;
  feedback: 'helpful' | 'not_helpful' | null;
  feedback_at: number | null;
}

export interface TurnChannelTable {
  turn_id: string;
  conversation_id: string;
  channel: string;
}

export interface ConversationTagTable {
  conversation_id: string;
  tag: string;
  added_by: string;
  added_at: number;
}

export interface NoteTable {
  id: string;
  conversation_id: string;
  author: string;
  at: number;
  text: string;
}

/** Private mode: counts only; '' stands for "unknown" language or topic (part of the key). */
export interface PrivateCounterTable {
  day: string;
  language: string;
  topic: string;
  conversations: number;
  user_messages: number;
  unanswered: number;
  emergency: number;
}

export interface StaffTable {
  username: string;
  role: 'reviewer' | 'admin';
  password_hash: string;
  disabled: Flag;
  created_at: number;
  failed_logins: number;
  last_failed_at: number | null;
  locked_until: number | null;
  last_login_at: number | null;
}

export interface StaffSessionTable {
  id_hash: string;
  username: string;
  csrf_token: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
}

export interface AuditTable {
  id: Generated<number>;
  at: number;
  actor: string;
  action: string;
  target: string | null;
  details: string | null;
}

export interface BotStateTable {
  key: string;
  value: string;
  etag: string;
  updated_at: number;
}
