import { describe, expect, it } from 'vitest';
import { content, startConversation, suggestions, texts, topics } from '../support/harness.js';

const t = (key: string): string => content.t('en', key);
const pages = content.list('en', 'checklist.pages');

describe('report-preparation checklist', () => {
  it('walks through what to note, keeping evidence, and where to take it', async () => {
    const conversation = await startConversation();
    const first = await conversation.say(t('offers.checklist'));
    expect(texts(first)).toContain(pages[0]);
    expect(texts(first)).toMatch(/dates and times/);
    expect(texts(first)).toMatch(/screenshots|what was said/);
    expect(suggestions(first.at(-1))).toEqual([t('checklist.next'), t('checklist.done')]);
    const second = await conversation.say(t('checklist.next'));
    expect(texts(second)).toContain(pages[1]);
    const third = await conversation.say(t('checklist.next'));
    expect(texts(third)).toContain('0800 747 224');
    expect(third[0]?.attachments?.length).toBe(1);
    expect(topics(third)).toEqual(['report']);
  });

  it('"Done" stops it early', async () => {
    const conversation = await startConversation();
    await conversation.say(t('offers.checklist'));
    const replies = await conversation.say(t('checklist.done'));
    expect(texts(replies)).toContain(t('menu.prompt'));
    const after = await conversation.say(t('checklist.next'));
    expect(texts(after)).not.toContain(pages[1]);
  });

  it('tells people to keep the notes for the agency and never asks to send them to the bot', () => {
    expect(pages[0]).toMatch(/Do not send them to me/);
    for (const page of pages) expect(page).not.toMatch(/(?<!not )\b(send|type|tell|share) (them|it|this|these|the details|what happened) (to me|here)/i);
  });
});
