import { describe, expect, it } from 'vitest';
import { content, startConversation, texts, topics } from '../support/harness.js';

const t = (key: string): string => content.t('en', key);

describe('emergency override: 111 is the very first reply, whatever dialog is active', () => {
  it.each([
    "there's a man outside my house threatening me",
    'someone is following me right now',
    'they are trying to break in',
    'help they are at my door',
    'i want to kill myself',
    'I am in danger',
  ])('"%s"', async (text) => {
    const conversation = await startConversation();
    const replies = await conversation.say(text);
    expect(topics(replies)[0]).toBe('emergency');
    expect(replies[0]?.text).toMatch(/^Call 111\b/);
    expect(JSON.stringify(replies[0]?.attachments)).toContain('tel:111');
  });

  it.each([
    ['in the middle of the triage', t('offers.triage')],
    ['in the middle of the checklist', t('offers.checklist')],
    ['while confirming deletion', 'delete my conversation'],
  ])('%s', async (_name, start) => {
    const conversation = await startConversation();
    await conversation.say(start);
    const replies = await conversation.say('a man is standing outside my door with a knife');
    expect(topics(replies)[0]).toBe('emergency');
    expect(replies[0]?.text).toContain('111');
    // The interrupted dialog is gone.
    const after = await conversation.say(t('triage.answers.no'));
    expect(texts(after)).not.toMatch(new RegExp(t('triage.questions.foreignState').slice(0, 20)));
  });

  it('says 111 first and then still answers a different question in the same message', async () => {
    // The danger cue matches; the classifier reads the message as a report question.
    const conversation = await startConversation({
      recognizer: { languages: ['en'], recognize: async () => ({ topic: 'report', score: 0.9, candidates: [] }) },
    });
    const replies = await conversation.say('someone is following me right now, how do I report this to NZSIS');
    expect(topics(replies)[0]).toBe('emergency');
    expect(topics(replies).slice(1)).toContain('report');
  });

  it('does not raise the alarm for past events', async () => {
    const conversation = await startConversation();
    const replies = await conversation.say('last month someone took photos of us at a community event');
    expect(topics(replies)[0]).not.toBe('emergency');
  });
});
