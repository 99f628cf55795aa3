import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../src/paths.js';
import { loadRedactor } from '../../src/privacy/index.js';
import { openPostgresStore } from '../../src/storage/postgres.js';
import { SQLITE_FILE_NAME } from '../../src/storage/open-store.js';
import { openSqliteStore } from '../../src/storage/sqlite.js';
import type { Store, TranscriptStore } from '../../src/storage/store.js';
import { IdHasher } from '../../src/transcripts/id-hasher.js';
import { TranscriptLog } from '../../src/transcripts/transcript-log.js';
import { content, startConversation, suggestions, texts, type Conversation } from '../support/harness.js';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../support/postgres.js';

const redactor = loadRedactor(LOCALES_DIR);
const hasher = new IdHasher('test-salt-0123456789-0123456789-0123456789');
const silent = pino({ level: 'silent' });
const transcriptsOn = (store: TranscriptStore, logger = silent): TranscriptLog =>
  new TranscriptLog({ store, redactor, hasher, content, logger });

/** The personal details of the done-when conversation, which must never be stored. */
const PERSONAL = ['Li Wei', 'liwei_88', '021 555 0123', 'li.wei@example.com'];

interface Backend {
  name: string;
  open(): Promise<Store>;
  /** Raw bytes of everything the backend wrote, when they can be read directly (SQLite's files). */
  rawBytes?(): string;
  cleanup(): Promise<void>;
}

function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'csb-transcripts-'));
  const file = join(dir, SQLITE_FILE_NAME);
  return {
    name: 'SQLite',
    open: () => openSqliteStore(file),
    rawBytes: () => [file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f).toString('latin1') + readFileSync(f).toString('utf8')).join(''),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

let cluster: ThrowawayPostgres | undefined;
function postgresBackend(): Backend {
  return {
    name: 'PostgreSQL',
    open: async () => {
      cluster ??= await startThrowawayPostgres();
      return openPostgresStore(await cluster.createDatabase(), { maxConnections: 2 });
    },
    cleanup: async () => undefined,
  };
}

afterAll(async () => {
  await cluster?.stop();
});

const convo = (id: string): Partial<Activity> => ({ conversation: { id } as Activity['conversation'] });

describe.each([sqliteBackend, postgresBackend])('transcripts (%o)', (makeBackend) => {
  const backend = makeBackend();
  let store: Store;
  let conversation: Conversation;
  let n = 0;
  const say = (text: string, id: string) => conversation.say(text, convo(id));
  const only = async () => {
    const page = await store.review.listConversations();
    expect(page.total).toBe(1);
    return (await store.review.getConversation(page.items[0]!.id))!;
  };

  beforeAll(async () => {
    store = await backend.open();
  });
  afterAll(async () => {
    await store.close();
    await backend.cleanup();
  });

  const fresh = async (): Promise<string> => {
    for (const item of (await store.review.listConversations({}, { pageSize: 100 })).items) await store.transcripts.deleteConversation(item.id);
    conversation = await startConversation({ transcripts: transcriptsOn(store.transcripts) });
    n += 1;
    return `conversation-${n}`;
  };

  it(`${backend.name}: stores a phone number, an email, a WeChat id and "my name is …" only as placeholders`, async () => {
    const id = await fresh();
    await say('my name is Li Wei and my WeChat id is liwei_88', id);
    await say('a man from the consulate called me on 021 555 0123 and emailed li.wei@example.com', id);
    const stored = await only();
    const user = stored.turns.filter((t) => t.role === 'user');
    expect(user.map((t) => t.text)).toEqual([
      expect.stringMatching(/^my name is \[name\] and my WeChat id is \[handle\]$/),
      expect.stringMatching(/called me on \[phone\] and emailed \[email\]$/),
    ]);
    const everything = JSON.stringify(stored);
    for (const value of PERSONAL) expect(everything).not.toContain(value);
    // Channel ids never reach the store: only keyed hashes of them.
    expect(everything).not.toContain(id);
    expect(stored.id).toBe(hasher.hash('test', id));
    expect(stored.userHash).not.toContain('user');
    if (backend.rawBytes) for (const value of [...PERSONAL, id]) expect(backend.rawBytes()).not.toContain(value);
  });

  it(`${backend.name}: records per turn the language, topic, NLU score, the emergency path and the channels shown`, async () => {
    const id = await fresh();
    await say('how do I report foreign interference', id);
    await say("there's a man outside my house threatening me", id);
    await say('what is the best pizza topping', id);
    const { turns } = await only();
    const [askReport, answerReport] = turns;
    expect(askReport).toMatchObject({ role: 'user', language: 'en', topic: 'report', emergency: false, unanswered: false });
    expect(askReport!.nluScore).toBeGreaterThan(0.5);
    expect(answerReport).toMatchObject({ role: 'bot', topic: 'report', emergency: false });
    expect(answerReport!.channels).toEqual(expect.arrayContaining(['nzsis']));
    expect(answerReport!.text).toContain('0800 747 224'); // official numbers are not redacted
    const danger = turns.find((t) => t.role === 'user' && t.emergency);
    expect(danger?.text).toContain('outside my house');
    expect(turns.find((t) => t.role === 'bot' && t.topic === 'emergency')?.channels).toContain('emergency');
    const pizza = turns.findLast((t) => t.role === 'user')!;
    expect(pizza).toMatchObject({ topic: 'fallback', unanswered: true });
    expect(await store.review.unanswered({ language: 'en' })).toEqual([expect.objectContaining({ text: 'what is the best pizza topping', count: 1 })]);
  });

  it(`${backend.name}: "delete my conversation" deletes the stored transcript after the confirmation`, async () => {
    const id = await fresh();
    await say('how do I report foreign interference', id);
    await say('delete my conversation', id);
    expect((await only()).turns.length).toBeGreaterThan(0); // asking is not yet deleting
    const done = await say(content.t('en', 'deleteData.yes'), id);
    expect(texts(done)).toContain(content.t('en', 'deleteData.done'));
    expect((await store.review.listConversations()).total).toBe(0);
  });

  it(`${backend.name}: private mode deletes what was stored and keeps only anonymous counters afterwards`, async () => {
    const id = await fresh();
    const before = (await store.review.stats({ from: new Date(0), to: new Date(Date.now() + 86_400_000) })).privateMode.userMessages;
    await say('how do I report foreign interference', id);
    const on = await say(content.t('en', 'privateMode.label'), id);
    expect(texts(on)).toContain(content.t('en', 'privateMode.on'));
    await say('my name is Li Wei, what are my rights?', id);
    expect((await store.review.listConversations()).total).toBe(0);
    const stats = await store.review.stats({ from: new Date(0), to: new Date(Date.now() + 86_400_000) });
    expect(stats.privateMode.userMessages - before).toBe(2);
    // Deleting the conversation does not switch recording back on.
    await say('delete my conversation', id);
    await say(content.t('en', 'deleteData.yes'), id);
    await say('what is foreign interference', id);
    expect((await store.review.listConversations()).total).toBe(0);
    expect(texts(await say("don't record this conversation", id))).toContain(content.t('en', 'privateMode.already'));
  });

  it(`${backend.name}: "Was this helpful?" stores the answer on the turn it rates`, async () => {
    const id = await fresh();
    const [answer] = await say('what is foreign interference', id);
    expect(answer?.text?.endsWith(content.t('en', 'feedback.prompt'))).toBe(true);
    expect(suggestions(answer)).toEqual(expect.arrayContaining([content.t('en', 'feedback.yes'), content.t('en', 'feedback.no')]));
    const thanks = await say(content.t('en', 'feedback.no'), id);
    expect(texts(thanks)).toContain(content.t('en', 'feedback.sorry'));
    const { turns } = await only();
    expect(turns.filter((t) => t.feedback !== null).map((t) => [t.role, t.topic, t.feedback])).toEqual([['bot', 'what_is_fi', 'not_helpful']]);
  });
});

describe('transcripts when the store fails', () => {
  it('still answers, and logs the failure without any text', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const failing: TranscriptStore = {
      appendTurns: async () => Promise.reject(new Error('disk full')),
      setFeedback: async () => false,
      deleteConversation: async () => false,
      purgeInactiveSince: async () => 0,
      countPrivateTurn: async () => undefined,
    };
    const conversation = await startConversation({ transcripts: transcriptsOn(failing, logger), logger });
    const replies = await conversation.say('my name is Li Wei, how do I report foreign interference');
    expect(replies[0]?.text).toContain('0800 747 224');
    expect(lines.some((l) => l.includes('transcript_error'))).toBe(true);
    expect(lines.join('')).not.toContain('Li Wei');
  });
});
