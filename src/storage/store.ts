/**
 * The storage contract for transcripts, review, staff accounts, audit and bot state. Two backends
 * implement it (SQLite and PostgreSQL, see open-store.ts); the contract tests run against both.
 *
 * Privacy rules the store relies on its callers for: ids are salted hashes (the store never sees a
 * channel's raw conversation or user id) and text is already redacted. Every time the store records
 * comes from its injected clock, so retention, expiry and lockout are testable.
 */

/** Where "now" comes from. Production: `() => new Date()`; tests: a controllable clock. */
export type Clock = () => Date;

export type TurnRole = 'user' | 'bot';
export type Feedback = 'helpful' | 'not_helpful';
export type StaffRole = 'reviewer' | 'admin';

export interface NewTurn {
  role: TurnRole;
  /** Already redacted: raw user text must never reach the store. */
  text: string;
  language?: string;
  /** The topic NLU chose (user turns) or the topic answered (bot turns). */
  topic?: string;
  nluScore?: number;
  /** The emergency (danger now) path fired on this turn. */
  emergency?: boolean;
  /** Fallback or low-confidence user message: it feeds the unanswered queue and the fallback rate. */
  unanswered?: boolean;
  /** Official channels shown on this (bot) turn, e.g. "police", "nzsis"; counted as hand-offs. */
  channels?: string[];
}

export interface Turn extends Required<Omit<NewTurn, 'language' | 'topic' | 'nluScore'>> {
  id: string;
  conversationId: string;
  /** 1, 2, 3 … within the conversation: the order turns were appended in. */
  seq: number;
  at: Date;
  language: string | null;
  topic: string | null;
  nluScore: number | null;
  feedback: Feedback | null;
}

/** Anonymous figures kept in private mode instead of a transcript: no id, no text, no time finer than a day. */
export interface PrivateTurn {
  language?: string;
  topic?: string;
  emergency?: boolean;
  unanswered?: boolean;
  /** True on the first counted turn of a private conversation. */
  startsConversation?: boolean;
}

export interface TranscriptStore {
  /**
   * Appends turns (in order, atomically) to a conversation, creating it on its first turn.
   * `conversationId` is the caller's salted hash of channel + conversation id; `userHash` the salted
   * hash of the channel user id (the first one given is kept).
   */
  appendTurns(conversation: { id: string; userHash?: string }, turns: NewTurn[]): Promise<Turn[]>;
  /** Sets (or clears, with null) the feedback on one turn. False when the turn does not exist. */
  setFeedback(conversationId: string, turnId: string, feedback: Feedback | null): Promise<boolean>;
  /** Deletes everything about a conversation: turns, channels, tags, notes, review flag, feedback. */
  deleteConversation(conversationId: string): Promise<boolean>;
  /** Retention: deletes every conversation whose last activity is before `cutoff`; returns how many. */
  purgeInactiveSince(cutoff: Date): Promise<number>;
  /** Private mode: adds one turn to today's anonymous counters. */
  countPrivateTurn(turn: PrivateTurn): Promise<void>;
}

export interface ConversationFilter {
  /** Conversations with activity in [from, to): last activity >= from and first activity < to. */
  from?: Date;
  to?: Date;
  /** Has a turn in this language / on this topic. */
  language?: string;
  topic?: string;
  /** Has (true) or has no (false) emergency turn. */
  emergency?: boolean;
  /** Has (true) or has no (false) unanswered user message. */
  unanswered?: boolean;
  reviewed?: boolean;
  tag?: string;
}

export interface PageRequest {
  /** 1-based; default 1. */
  page?: number;
  /** Default 25, at most 100. */
  pageSize?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ConversationSummary {
  id: string;
  userHash: string | null;
  startedAt: Date;
  lastActivityAt: Date;
  turnCount: number;
  languages: string[];
  topics: string[];
  emergency: boolean;
  unanswered: boolean;
  reviewed: { by: string; at: Date } | null;
  tags: string[];
}

export interface Note {
  id: string;
  conversationId: string;
  author: string;
  at: Date;
  text: string;
}

export interface ConversationDetail extends ConversationSummary {
  turns: Turn[];
  notes: Note[];
}

export interface UnansweredGroup {
  language: string | null;
  /** The redacted message; identical messages are grouped. */
  text: string;
  count: number;
  lastAt: Date;
}

export interface StatsRange {
  from: Date;
  to: Date;
}

export interface Stats {
  /** Per local day (the store's time zone): conversations with at least one turn that day. */
  conversationsPerDay: Array<{ day: string; conversations: number }>;
  /** Conversations with at least one turn in the language. */
  languages: Array<{ language: string; conversations: number }>;
  /** User messages per topic. */
  topics: Array<{ topic: string; userMessages: number }>;
  userMessages: number;
  unansweredMessages: number;
  /** unansweredMessages / userMessages, 0 when there are none. */
  fallbackRate: number;
  emergencyMessages: number;
  emergencyConversations: number;
  /** How often each official channel was shown. */
  handoffs: Array<{ channel: string; count: number }>;
  feedback: { helpful: number; notHelpful: number };
  /** Anonymous counters of private-mode conversations (whole local days within the range). */
  privateMode: {
    conversations: number;
    userMessages: number;
    unansweredMessages: number;
    emergencyMessages: number;
    languages: Array<{ language: string; conversations: number }>;
    topics: Array<{ topic: string; userMessages: number }>;
  };
}

export interface ExportRow {
  conversationId: string;
  turnId: string;
  seq: number;
  at: Date;
  role: TurnRole;
  text: string;
  language: string | null;
  topic: string | null;
  nluScore: number | null;
  emergency: boolean;
  unanswered: boolean;
  channels: string[];
  feedback: Feedback | null;
  reviewed: boolean;
  tags: string[];
}

export interface ReviewStore {
  /** Newest activity first (ties broken by id), with the total matching the filter. */
  listConversations(filter?: ConversationFilter, page?: PageRequest): Promise<Page<ConversationSummary>>;
  getConversation(id: string): Promise<ConversationDetail | undefined>;
  /** Adding an existing tag is a no-op that still returns true; false when the conversation does not exist. */
  addTag(conversationId: string, tag: string, by: string): Promise<boolean>;
  removeTag(conversationId: string, tag: string): Promise<boolean>;
  /** Marks (or unmarks) a conversation reviewed by `by`, now. */
  setReviewed(conversationId: string, by: string, reviewed: boolean): Promise<boolean>;
  addNote(conversationId: string, author: string, text: string): Promise<Note | undefined>;
  /** Unanswered user messages grouped by language and text, most frequent first. Default limit 100, max 1000. */
  unanswered(query?: { language?: string; from?: Date; to?: Date; limit?: number }): Promise<UnansweredGroup[]>;
  stats(range: StatsRange): Promise<Stats>;
  /** Every turn of the matching conversations, conversation by conversation, read in batches. */
  exportTurns(filter?: ConversationFilter): AsyncIterable<ExportRow>;
}

/** A staff account; the password hash is only given out by `getPasswordHash`. */
export interface StaffAccount {
  /** Stored and looked up trimmed, NFKC-normalised and lower-cased. */
  username: string;
  role: StaffRole;
  disabled: boolean;
  createdAt: Date;
  failedLogins: number;
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
}

export interface StaffStore {
  /** Throws StoreConflictError when the username is taken. */
  create(account: { username: string; role: StaffRole; passwordHash: string }): Promise<StaffAccount>;
  get(username: string): Promise<StaffAccount | undefined>;
  getPasswordHash(username: string): Promise<string | undefined>;
  /** All accounts, by username. */
  list(): Promise<StaffAccount[]>;
  /** Disabling also ends the account's sessions. */
  setDisabled(username: string, disabled: boolean): Promise<boolean>;
  setRole(username: string, role: StaffRole): Promise<boolean>;
  /** Also ends the account's sessions and clears failed logins and lockout. */
  setPasswordHash(username: string, passwordHash: string): Promise<boolean>;
  /** Counts a failed login atomically; returns the new count (undefined for an unknown username). */
  recordLoginFailure(username: string): Promise<number | undefined>;
  /** Lockout decided by the caller's back-off policy. */
  lockUntil(username: string, until: Date): Promise<boolean>;
  /** Clears failed logins and lockout and records the login time. */
  recordLoginSuccess(username: string): Promise<boolean>;
}

export interface StaffSession {
  /** A hash of the session cookie's value (the cookie itself is never stored). */
  idHash: string;
  username: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export interface SessionStore {
  create(session: { idHash: string; username: string; csrfToken: string; expiresAt: Date }): Promise<StaffSession>;
  /** Undefined when unknown or expired (expiresAt <= now). */
  get(idHash: string): Promise<StaffSession | undefined>;
  /** Records activity now and moves the expiry (idle timeout); false when unknown or expired. */
  touch(idHash: string, expiresAt: Date): Promise<boolean>;
  delete(idHash: string): Promise<boolean>;
  deleteForUser(username: string): Promise<number>;
  purgeExpired(): Promise<number>;
}

export interface AuditEntry {
  id: number;
  at: Date;
  actor: string;
  /** e.g. "conversation.read", "conversation.delete", "export", "staff.disable". */
  action: string;
  target: string | null;
  details: Record<string, unknown> | null;
}

/** Append-only by design: there is no update or delete, and the database rejects them too. */
export interface AuditLog {
  append(entry: { actor: string; action: string; target?: string; details?: Record<string, unknown> }): Promise<AuditEntry>;
  /** Newest first. */
  list(query?: PageRequest & { actor?: string; action?: string; target?: string }): Promise<Page<AuditEntry>>;
}

export interface KeyValueItem {
  value: unknown;
  eTag: string;
}

/** JSON documents by key with optimistic concurrency; backs BotStateStorage (Bot Framework state). */
export interface KeyValueStore {
  read(keys: string[]): Promise<Map<string, KeyValueItem>>;
  /**
   * Writes a JSON value and returns its new eTag. With an `expectedETag` other than "*", the write
   * fails with ETagConflictError unless the stored item has that eTag (a missing item is written).
   */
  write(key: string, value: unknown, expectedETag?: string): Promise<string>;
  delete(keys: string[]): Promise<void>;
  /** Deletes items not written since `cutoff`; returns how many. */
  purgeIdleSince(cutoff: Date): Promise<number>;
}

export interface Store {
  readonly backend: 'sqlite' | 'postgres';
  readonly transcripts: TranscriptStore;
  readonly review: ReviewStore;
  readonly staff: StaffStore;
  readonly sessions: SessionStore;
  readonly audit: AuditLog;
  readonly kv: KeyValueStore;
  close(): Promise<void>;
}
