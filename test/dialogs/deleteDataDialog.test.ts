import { describe, expect, it } from 'vitest';
import { content, startConversation, texts, topics } from '../support/harness.js';

const t = (key: string): string => content.t('en', key);

describe('delete my conversation', () => {
  it('asks once, then deletes everything stored for the conversation', async () => {
    const conversation = await startConversation();
    await conversation.say('what is foreign interference');
    const stored = await conversation.storage.read(['test/conversations/Convo1/']);
    expect(Object.keys(stored)).toHaveLength(1);

    const ask = await conversation.say('please delete my conversation');
    expect(topics(ask)).toEqual(['delete_data', 'delete_data']);
    expect(texts(ask)).toContain(t('deleteData.confirm'));
    const done = await conversation.say(t('deleteData.yes'));
    expect(texts(done)).toContain(t('deleteData.done'));
    expect(await conversation.storage.read(['test/conversations/Convo1/'])).toEqual({});

    // Nothing is remembered afterwards: "Tell me more" has no last topic.
    const more = await conversation.say(t('more.label'));
    expect(texts(more)).toContain(t('more.nothing'));
  });

  it('keeps everything when the user says no', async () => {
    const conversation = await startConversation();
    await conversation.say('delete my data');
    const kept = await conversation.say(t('deleteData.no'));
    expect(texts(kept)).toContain(t('deleteData.kept'));
    expect(Object.keys(await conversation.storage.read(['test/conversations/Convo1/']))).toHaveLength(1);
  });
});

describe('the person ends the conversation (the web page quick exit sends endOfConversation)', () => {
  it('forgets the conversation state at once, without asking and without replying', async () => {
    const conversation = await startConversation();
    await conversation.say('what is foreign interference');
    expect(Object.keys(await conversation.storage.read(['test/conversations/Convo1/']))).toHaveLength(1);
    const replies = await conversation.send({ type: 'endOfConversation' });
    expect(replies).toEqual([]);
    expect(await conversation.storage.read(['test/conversations/Convo1/'])).toEqual({});
  });
});
