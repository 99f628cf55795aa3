import type { Activity, ActivityHandler } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { BotAdapter } from '../../src/bot-adapter.js';
import { BotBridge } from '../../src/directline/bot-bridge.js';
import { ConversationStore } from '../../src/directline/conversation-store.js';

/** An adapter whose turns finish when the test releases them, each answering "re: <text>". */
function heldAdapter() {
  const received: Partial<Activity>[] = [];
  const releases: (() => void)[] = [];
  const adapter = {
    processInProcess: async (activity: Partial<Activity>) => {
      received.push(activity);
      await new Promise<void>((resolve) => releases.push(resolve));
      return [{ type: 'message', text: `re: ${activity.text ?? activity.type}`, replyToId: activity.id, serviceUrl: 'https://directline.invalid/', from: { id: 'ignored' } }];
    },
  } as unknown as BotAdapter;
  return { adapter, received, releaseNext: () => releases.shift()?.() };
}

const bot = {} as ActivityHandler;
const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('Direct Line bot bridge', () => {
  it('sends the bot a conversationUpdate with the user joining and files the welcome', async () => {
    const { adapter, received, releaseNext } = heldAdapter();
    const store = new ConversationStore({ maxConversations: 10, idleMs: 60_000 });
    const conversation = store.create('conv', 'dl_user', 'mi-NZ');
    const started = new BotBridge(adapter, store, (work) => work()).start(conversation, bot);
    await flush();
    releaseNext();
    await started;
    expect(received[0]).toMatchObject({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'dl_user', role: 'user' }],
      from: { id: 'dl_user', role: 'user' },
      recipient: { role: 'bot' },
      channelId: 'directline',
      conversation: { id: 'conv' },
      locale: 'mi-NZ',
    });
    const [welcome] = conversation.page().activities;
    expect(welcome).toMatchObject({ text: 're: conversationUpdate', from: { role: 'bot' }, recipient: { id: 'dl_user' } });
    expect(welcome?.serviceUrl).toBeUndefined();
  });

  it('runs one conversation\'s turns in order: each echo, then its replies', async () => {
    const { adapter, received, releaseNext } = heldAdapter();
    const store = new ConversationStore({ maxConversations: 10, idleMs: 60_000 });
    const conversation = store.create('conv', 'dl_user');
    const bridge = new BotBridge(adapter, store, (work) => work());
    const first = bridge.post(conversation, { type: 'message', text: 'one' }, bot);
    const second = bridge.post(conversation, { type: 'message', text: 'two' }, bot);
    await flush();
    expect(bridge.pending(conversation)).toBe(2);
    expect(received.map((a) => a.text)).toEqual(['one']);
    releaseNext();
    await first;
    await flush();
    expect(received.map((a) => a.text)).toEqual(['one', 'two']);
    releaseNext();
    await second;
    await flush();
    expect(bridge.pending(conversation)).toBe(0);
    expect(conversation.page().activities.map((a) => a.text)).toEqual(['one', 're: one', 'two', 're: two']);
    expect(received[0]?.id).toBe(await first);
  });

  it('counts every accepted turn as in flight until it is filed', async () => {
    const { adapter, releaseNext } = heldAdapter();
    const store = new ConversationStore({ maxConversations: 10, idleMs: 60_000 });
    const conversation = store.create('conv', 'dl_user');
    let inFlight = 0;
    const bridge = new BotBridge(adapter, store, async (work) => {
      inFlight += 1;
      try {
        return await work();
      } finally {
        inFlight -= 1;
      }
    });
    const turn = bridge.post(conversation, { type: 'message', text: 'one' }, bot);
    await flush();
    expect(inFlight).toBe(1);
    releaseNext();
    await turn;
    expect(inFlight).toBe(0);
  });
});
