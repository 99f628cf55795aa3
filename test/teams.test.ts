import type { Activity, Attachment } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { HANDOFFS, TOPICS } from '../src/topics.js';
import { content, startConversation, texts, topics, type Conversation } from './support/harness.js';
import { activity, postActivity, startTestApp } from './support/server.js';

// Teams-shaped activities (botbuilder's TestAdapter with channelId "msteams"); the bot is "bot".
const BOT = { id: 'bot', name: 'Safety Bot' };
const MENTION_TEXT = '<at>Safety Bot</at>';
const mention = { type: 'mention', mentioned: BOT, text: MENTION_TEXT };
const personal = { id: 'a:1personal', conversationType: 'personal', tenantId: 'tenant-1' };
const groupChat = { id: '19:group@thread.v2', conversationType: 'groupChat', isGroup: true, tenantId: 'tenant-1' };
const channelThread = { id: '19:general@thread.skype;messageid=1700000000001', conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' };
const teamChannelData = { team: { id: '19:team@thread.skype' }, channel: { id: '19:general@thread.skype' }, tenant: { id: 'tenant-1' } };

const teams = (): Promise<Conversation> => startConversation({ channelId: 'msteams' });
const mentioned = (text: string, conversation: object, extra: Partial<Activity> = {}): Partial<Activity> => ({
  type: 'message',
  text: `${MENTION_TEXT} ${text}`,
  entities: [mention],
  recipient: BOT,
  conversation: conversation as Activity['conversation'],
  ...extra,
});
const adaptiveCards = (replies: readonly Partial<Activity>[]): any[] =>
  replies.flatMap((r) => r.attachments ?? []).filter((a: Attachment) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a) => a.content);

describe('Teams personal scope', () => {
  it('welcomes the person when the bot is installed, as on the web', async () => {
    const conversation = await teams();
    const replies = await conversation.send({ type: 'conversationUpdate', membersAdded: [BOT], recipient: BOT, conversation: personal as never });
    expect(texts(replies)).toContain(content.t('en', 'welcome.privacy'));
    expect(topics(replies)).toEqual(['greeting', 'about_bot', 'greeting']);
  });

  it('answers without a mention and handles "delete my conversation" with a confirmation', async () => {
    const conversation = await teams();
    const answer = await conversation.say('how do I report foreign interference', { recipient: BOT, conversation: personal as never });
    expect(answer[0]?.text).toContain('0800 747 224');
    const deletion = await conversation.say('delete my conversation', { recipient: BOT, conversation: personal as never });
    expect(texts(deletion)).toContain(content.t('en', 'deleteData.confirm'));
  });
});

describe('Teams group chat', () => {
  it('stays silent when it is not @mentioned', async () => {
    const conversation = await teams();
    const replies = await conversation.say('how do I report foreign interference', { recipient: BOT, conversation: groupChat as never });
    expect(replies).toEqual([]);
  });

  it('answers an @mention, reading the question without the mention', async () => {
    const conversation = await teams();
    const replies = await conversation.send(mentioned('how do I report foreign interference', groupChat));
    expect(topics(replies)[0]).toBe('report');
    expect(replies[0]?.text).toContain('0800 747 224');
  });

  it('puts 111 first when an @mention says someone is in danger now', async () => {
    const conversation = await teams();
    const replies = await conversation.send(mentioned("there's a man outside my house threatening me", groupChat));
    expect(topics(replies)[0]).toBe('emergency');
    expect(replies[0]?.text).toContain('111');
  });

  it('never runs the deletion confirmation where others read along: it asks for a private chat', async () => {
    const conversation = await teams();
    const replies = await conversation.send(mentioned('delete my conversation', groupChat));
    expect(texts(replies)).toBe(content.t('en', 'shared.askPrivately'));
    expect(texts(replies)).not.toContain(content.t('en', 'deleteData.confirm'));
    // Nothing is waiting for a yes: the next "yes" deletes nothing and confirms nothing.
    const yes = await conversation.send(mentioned('yes', groupChat));
    expect(texts(yes)).not.toContain(content.t('en', 'deleteData.done'));
  });

  it('does not switch on private mode where others read along: it asks for a private chat', async () => {
    const conversation = await teams();
    const replies = await conversation.send(mentioned(content.t('en', 'privateMode.label'), groupChat));
    expect(texts(replies)).toBe(content.t('en', 'shared.askPrivately'));
  });

  it('treats a card button press (Action.Submit value) as addressed to the bot', async () => {
    const conversation = await teams();
    const replies = await conversation.send({ type: 'message', value: { language: 'zh-Hans' }, recipient: BOT, conversation: groupChat as never });
    expect(replies[0]?.locale).toBe('zh-Hans');
  });

  it('ignores malformed mention entities instead of failing', async () => {
    const conversation = await teams();
    const replies = await conversation.send({
      type: 'message',
      text: 'how do I report foreign interference',
      entities: [null, { type: 5 }, { type: 'mention' }, { type: 'mention', mentioned: { id: 'someone-else' }, text: '<at>X</at>' }] as never,
      recipient: BOT,
      conversation: groupChat as never,
    });
    expect(replies).toEqual([]);
  });
});

describe('Teams channel', () => {
  it('replies in the thread of the message that mentioned it', async () => {
    const conversation = await teams();
    const incoming = mentioned('what is foreign interference?', channelThread, { id: '1700000000002', channelData: teamChannelData });
    const replies = await conversation.send(incoming);
    expect(replies.length).toBeGreaterThan(0);
    for (const reply of replies) {
      expect(reply.conversation?.id).toBe(channelThread.id);
      expect(reply.replyToId).toBe('1700000000002');
    }
    expect(topics(replies)[0]).toBe('what_is_fi');
  });

  it('introduces itself once when added to a team, without the 1:1 welcome or menu', async () => {
    const conversation = await teams();
    const replies = await conversation.send({
      type: 'conversationUpdate',
      membersAdded: [BOT],
      recipient: BOT,
      conversation: { id: '19:general@thread.skype', conversationType: 'channel', isGroup: true } as never,
      channelData: { ...teamChannelData, eventType: 'teamMemberAdded' },
    });
    expect(texts(replies)).toBe(content.t('en', 'shared.intro'));
    expect(texts(replies)).toContain('111');
    expect(texts(replies)).not.toContain(content.t('en', 'welcome.privacy'));
  });

  it('does not greet other members joining the team', async () => {
    const conversation = await teams();
    const replies = await conversation.send({
      type: 'conversationUpdate',
      membersAdded: [{ id: '29:new-member', name: 'New Member' }],
      recipient: BOT,
      conversation: { id: '19:general@thread.skype', conversationType: 'channel', isGroup: true } as never,
      channelData: { ...teamChannelData, eventType: 'teamMemberAdded' },
    });
    expect(replies).toEqual([]);
  });
});

describe('Adaptive Cards in Teams', () => {
  it('are version 1.5 and use only Action.OpenUrl and Action.Submit', async () => {
    const conversation = await teams();
    const cards = adaptiveCards(await conversation.say('change language', { recipient: BOT, conversation: personal as never }));
    for (const topic of TOPICS.filter((t) => HANDOFFS[t].length > 0)) {
      // Every topic with hand-offs, asked by its menu title, shows its card.
      cards.push(...adaptiveCards(await conversation.say(content.topicTitle('en', topic), { recipient: BOT, conversation: personal as never })));
    }
    expect(cards.length).toBeGreaterThan(3);
    const actionTypes = new Set<string>();
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object') {
        const type = (node as { type?: unknown }).type;
        if (typeof type === 'string' && type.startsWith('Action.')) actionTypes.add(type);
        Object.values(node).forEach(collect);
      }
    };
    for (const card of cards) {
      expect(card.version).toBe('1.5');
      collect(card);
    }
    expect([...actionTypes].sort()).toEqual(['Action.OpenUrl', 'Action.Submit']);
  });
});

describe('Teams-shaped activities over HTTP', () => {
  let app: App;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.drain(1000);
  });

  it('answers an @mention in a group chat and ignores a message without one', async () => {
    const base = { channelId: 'msteams', recipient: BOT, conversation: groupChat, serviceUrl: 'https://smba.trafficmanager.net/amer/' };
    const silent = await postActivity(app, activity({ ...base, text: 'how do I report foreign interference' }));
    expect(silent.status).toBe(200);
    expect(silent.json.activities).toEqual([]);
    const answered = await postActivity(app, activity({ ...base, text: `${MENTION_TEXT} how do I report foreign interference`, entities: [mention] }));
    expect(answered.json.activities[0].text).toContain('0800 747 224');
  });
});
