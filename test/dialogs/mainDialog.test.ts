import { beforeAll, describe, expect, it } from 'vitest';
import { content, recognizer, startConversation, suggestions, texts, topics } from '../support/harness.js';

beforeAll(async () => {
  await recognizer();
});

describe('main router: a direct question gets its answer in the first reply', () => {
  it.each([
    ['how do I report someone from the consulate watching our meetings?', 'report', ['0800 747 224', 'https://www.nzsis.govt.nz/contact-us/reporting-a-national-security-concern', '111', '105']],
    ['what is foreign interference', 'what_is_fi', ['https://www.ethniccommunities.govt.nz/programmes/security-and-resilience/']],
    ['my facebook account got hacked', 'cyber_incident', ['0800 114 115', 'https://www.ncsc.govt.nz/what-we-do/services-we-offer/incident-response']],
    ['someone posted my home address online to scare me', 'online_harm', ['0508 638 723', 'https://report.netsafe.org.nz']],
    ['can I report without giving my name', 'anonymous', ['0800 555 111']],
    ['what are my rights in new zealand', 'rights', ['https://www.legislation.govt.nz/act/public/1990/0109/latest/DLM224792.html']],
    ['what does the new foreign interference law say', 'law', ['27 November 2025', 'https://www.justice.govt.nz/justice-sector-policy/key-initiatives/countering-foreign-interference']],
    ['I need an interpreter', 'interpreter', ['https://www.ethniccommunities.govt.nz/resources/language-support/government-interpreting-services/']],
  ])('%s → %s', async (text, topic, mustContain) => {
    const conversation = await startConversation();
    const replies = await conversation.say(text);
    expect(topics(replies)[0]).toBe(topic);
    for (const fact of mustContain) expect(replies[0]?.text).toContain(fact);
    expect(replies[0]?.locale).toBe('en');
  });

  it('attaches an Adaptive Card 1.5 hand-off whose phone numbers and links are also in the text', async () => {
    const conversation = await startConversation();
    const [reply] = await conversation.say('how can I report foreign interference');
    const card = reply?.attachments?.[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const json = JSON.stringify(card?.content);
    expect((card?.content as { version: string }).version).toBe('1.5');
    expect(json).toContain('tel:0800747224');
    expect(json).not.toContain('Action.Submit');
    expect(json).not.toContain('Action.Execute');
  });

  it('offers the triage after the report answer, never in front of it', async () => {
    const conversation = await startConversation();
    const [answer] = await conversation.say('where do I report spying on my community');
    expect(answer?.text).toContain('0800 747 224');
    expect(suggestions(answer)).toContain(content.t('en', 'offers.triage'));
  });

  it('"Tell me more" gives the detail of the last topic', async () => {
    const conversation = await startConversation();
    await conversation.say('what is transnational repression');
    const replies = await conversation.say(content.t('en', 'more.label'));
    expect(topics(replies)).toEqual(['transnational_repression']);
    expect(texts(replies)).toContain('photographing people at events');
  });

  it('a menu button (imBack of a topic title) always answers that topic', async () => {
    const conversation = await startConversation();
    const replies = await conversation.say(content.topicTitle('en', 'law'));
    expect(topics(replies)).toEqual(['law']);
  });
});

describe('fallback', () => {
  it('answers out-of-scope questions with the fallback and the menu', async () => {
    const conversation = await startConversation();
    const replies = await conversation.say("what's the weather tomorrow");
    expect(topics(replies)).toEqual(['fallback']);
    expect(suggestions(replies[0])).toContain(content.topicTitle('en', 'report'));
  });

  it('asks "did you mean A or B?" with the close topics the recogniser offers', async () => {
    const conversation = await startConversation({
      recognizer: { languages: ['en'], recognize: async () => ({ topic: 'fallback', score: 0.4, candidates: ['online_harm', 'privacy'] }) },
    });
    const [reply] = await conversation.say('they put my stuff online');
    expect(reply?.text).toBe(content.t('en', 'clarify.prompt'));
    expect(suggestions(reply)).toEqual([content.topicTitle('en', 'online_harm'), content.topicTitle('en', 'privacy'), content.t('en', 'menu.label')]);
  });
});

describe('help, cancel and restart work everywhere', () => {
  it.each([
    ['help', 'menu.prompt'],
    ['cancel', 'cancelled'],
    ['start over', 'welcome.hello'],
  ])('"%s" in the middle of the triage leaves it', async (command, expectedKey) => {
    const conversation = await startConversation();
    await conversation.say(content.t('en', 'offers.triage'));
    const replies = await conversation.say(command);
    expect(texts(replies)).toContain(content.t('en', expectedKey).split('\n')[0]);
    // The triage is over: "no" is no longer an answer to it.
    const after = await conversation.say('no');
    expect(texts(after)).not.toContain(content.t('en', 'triage.questions.foreignState'));
  });
});

describe('welcome', () => {
  it('greets a new member with the privacy notice and the topic menu', async () => {
    const conversation = await startConversation();
    const replies = await conversation.send({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'user1', name: 'User' }],
      recipient: { id: 'bot', name: 'Bot' },
    });
    const all = texts(replies);
    expect(all).toContain(content.t('en', 'welcome.privacy'));
    expect(all).toMatch(/90 days/);
    expect(all).toContain(content.t('en', 'privateMode.label'));
    expect(all).toMatch(/delete my conversation/);
    expect(suggestions(replies.at(-1))).toEqual(
      ['report', 'emergency', 'what_is_fi', 'signs', 'rights', 'online_safety', 'law', 'support'].map((t) => content.topicTitle('en', t as never)),
    );
  });

  it('does not greet the bot itself joining', async () => {
    const conversation = await startConversation();
    const replies = await conversation.send({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'bot', name: 'Bot' }],
      recipient: { id: 'bot', name: 'Bot' },
    });
    expect(replies).toEqual([]);
  });
});
