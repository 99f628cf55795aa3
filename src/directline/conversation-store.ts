import type { Activity } from 'botbuilder';
import { LRUCache } from 'lru-cache';

export type DirectLineActivity = Omit<Partial<Activity>, 'id' | 'timestamp'> & { id: string; timestamp: string };

export interface ConversationStoreOptions {
  maxConversations: number;
  /** A conversation nobody posted to for this long is forgotten. */
  idleMs: number;
  /** History kept per conversation; older activities are dropped (watermarks keep increasing). */
  maxActivities?: number;
  maxConversationBytes?: number;
  /** All histories together. */
  maxTotalBytes?: number;
  /** Activities returned by one GET. */
  pageSize?: number;
  /** Monotonic milliseconds for idle expiry (tests move it). */
  clock?: { now(): number };
}

const PER_CONVERSATION_OVERHEAD = 1024;

/** One conversation's identity and bounded history. */
export class Conversation {
  private seq = 0;
  private readonly history: { seq: number; activity: DirectLineActivity; bytes: number }[] = [];
  private historyBytes = 0;

  constructor(
    readonly id: string,
    readonly userId: string,
    readonly locale: string | undefined,
    private readonly limits: { maxActivities: number; maxBytes: number; pageSize: number },
  ) {}

  /** Bytes this conversation holds, as the store counts them. */
  get footprint(): number {
    return PER_CONVERSATION_OVERHEAD + this.historyBytes;
  }

  append(activity: Partial<Activity>): DirectLineActivity {
    const seq = this.seq++;
    const stored: DirectLineActivity = {
      ...activity,
      id: `${this.id}|${String(seq).padStart(7, '0')}`,
      timestamp: new Date().toISOString(),
      conversation: { id: this.id } as Activity['conversation'],
    };
    const bytes = JSON.stringify(stored).length;
    this.history.push({ seq, activity: stored, bytes });
    this.historyBytes += bytes;
    while (this.history.length > this.limits.maxActivities || (this.historyBytes > this.limits.maxBytes && this.history.length > 1)) {
      this.historyBytes -= this.history.shift()!.bytes;
    }
    return stored;
  }

  /** Drops what the client confirmed it has received: everything up to the watermark it asks with. */
  forget(upTo: number): void {
    while (this.history.length > 0 && this.history[0]!.seq <= upTo) this.historyBytes -= this.history.shift()!.bytes;
  }

  /** Activities after `watermark` (all when undefined), one page of them, and the watermark to ask with next. */
  page(watermark?: number): { activities: DirectLineActivity[]; watermark?: string } {
    const newer = this.history.filter((h) => watermark === undefined || h.seq > watermark).slice(0, this.limits.pageSize);
    const last = newer.at(-1)?.seq ?? watermark ?? (this.seq > 0 ? this.seq - 1 : undefined);
    return { activities: newer.map((h) => h.activity), watermark: last === undefined ? undefined : String(last) };
  }
}

/**
 * The local Direct Line's conversations, in memory only: bounded in number and in bytes (least
 * recently used go first), forgotten after `idleMs` without a new activity, and each history
 * holding only what its client has not yet confirmed receiving.
 */
export class ConversationStore {
  // Each append stores a fresh wrapper so that lru-cache recomputes the conversation's size.
  private readonly cache: LRUCache<string, { conversation: Conversation }>;
  private readonly limits: { maxActivities: number; maxBytes: number; pageSize: number };

  constructor(options: ConversationStoreOptions) {
    this.limits = {
      maxActivities: options.maxActivities ?? 200,
      maxBytes: options.maxConversationBytes ?? 512 * 1024,
      pageSize: options.pageSize ?? 100,
    };
    this.cache = new LRUCache({
      max: options.maxConversations,
      maxSize: options.maxTotalBytes ?? 256 * 1024 * 1024,
      sizeCalculation: (entry) => entry.conversation.footprint,
      ttl: options.idleMs,
      ttlResolution: 0,
      updateAgeOnGet: false,
      ...(options.clock ? { perf: options.clock } : {}),
    });
    // Expired histories leave memory within a minute, not only when something touches them.
    setInterval(() => this.cache.purgeStale(), 60_000).unref();
  }

  create(id: string, userId: string, locale?: string): Conversation {
    const conversation = new Conversation(id, userId, locale, this.limits);
    this.cache.set(id, { conversation });
    return conversation;
  }

  get(id: string): Conversation | undefined {
    return this.cache.get(id)?.conversation;
  }

  /** Adds to the history and restarts the idle clock; a conversation evicted meanwhile stays gone. */
  append(conversation: Conversation, activity: Partial<Activity>): DirectLineActivity {
    const stored = conversation.append(activity);
    if (this.cache.peek(conversation.id)?.conversation === conversation) this.cache.set(conversation.id, { conversation });
    return stored;
  }

  /**
   * What the client asks for by watermark. Asking with a watermark confirms everything up to it, so
   * the server forgets that at once: it holds only what the page has not fetched yet.
   */
  page(conversation: Conversation, watermark?: number): ReturnType<Conversation['page']> {
    if (watermark !== undefined) {
      conversation.forget(watermark);
      // Reading is not activity: the size is recomputed, the idle clock is not restarted.
      if (this.cache.peek(conversation.id)?.conversation === conversation) this.cache.set(conversation.id, { conversation }, { noUpdateTTL: true });
    }
    return conversation.page(watermark);
  }

  get size(): number {
    return this.cache.size;
  }
}
