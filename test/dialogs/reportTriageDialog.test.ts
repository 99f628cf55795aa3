import { describe, expect, it } from 'vitest';
import { routeAnswers } from '../../dialogs/reportTriageDialog.js';
import { content, startConversation, suggestions, texts, topics } from '../support/harness.js';

const t = (key: string): string => content.t('en', key);
const YES = t('triage.answers.yes');
const NO = t('triage.answers.no');
const UNSURE = t('triage.answers.unsure');

async function startTriage() {
  const conversation = await startConversation();
  const replies = await conversation.say(t('offers.triage'));
  expect(texts(replies)).toContain(t('triage.questions.danger'));
  return conversation;
}

describe('report triage: where to report, from the answers', () => {
  // answers after "danger? no": foreign state, crime, online, hacked, anonymous
  it.each([
    { name: 'foreign state only → NZSIS', answers: [YES, NO, NO, NO, NO], has: ['0800 747 224'], hasNot: ['0508 638 723', '0800 555 111'] },
    { name: 'foreign state + crime → NZSIS and Police 105', answers: [YES, YES, NO, NO, NO], has: ['0800 747 224', '105.police.govt.nz'], hasNot: [] },
    { name: 'online abuse → Netsafe', answers: [NO, NO, YES, NO, NO], has: ['0508 638 723', 'report.netsafe.org.nz'], hasNot: ['0800 747 224'] },
    { name: 'hacked → NCSC', answers: [NO, NO, NO, YES, NO], has: ['0800 114 115'], hasNot: [] },
    { name: 'anonymous → NZSIS without details, Crimestoppers', answers: [NO, YES, NO, NO, YES], has: ['0800 555 111', 'does not require your personal details'], hasNot: [] },
    { name: 'not sure about a foreign state → trust your instincts, NZSIS', answers: [UNSURE, NO, NO, NO, NO], has: ['Trust your instincts', '0800 747 224'], hasNot: [] },
    { name: 'all no → NZSIS and Victim Support as a starting point', answers: [NO, NO, NO, NO, NO], has: ['0800 747 224', '0800 842 846'], hasNot: [] },
  ])('$name', async ({ answers, has, hasNot }) => {
    const conversation = await startTriage();
    await conversation.say(NO); // not in danger
    let replies = await conversation.say(answers[0]!);
    for (const answer of answers.slice(1)) replies = await conversation.say(answer);
    const result = texts(replies);
    expect(result).toContain(t('triage.resultIntro'));
    for (const s of has) expect(result).toContain(s);
    for (const s of hasNot) expect(result).not.toContain(s);
    expect(topics(replies).every((topic) => topic === 'report')).toBe(true);
  });

  it('danger now → 111 and the triage ends', async () => {
    const conversation = await startTriage();
    const replies = await conversation.say(YES);
    expect(topics(replies)[0]).toBe('emergency');
    expect(replies[0]?.text).toMatch(/\b111\b/);
    const after = await conversation.say(NO);
    expect(texts(after)).not.toContain(t('triage.questions.foreignState'));
  });

  it('accepts typed answers ("yep", "nah") as well as buttons', async () => {
    const conversation = await startTriage();
    const replies = await conversation.say('nah');
    expect(texts(replies)).toContain(t('triage.questions.foreignState'));
  });

  it('re-asks when the reply is neither an answer nor a question it understands', async () => {
    const conversation = await startTriage();
    const replies = await conversation.say('qwzx plorb');
    expect(texts(replies)).toContain(t('triage.retry'));
    expect(suggestions(replies.at(-1))).toEqual([YES, NO, UNSURE]);
  });

  it('a different question leaves the triage and is answered at once', async () => {
    const conversation = await startTriage();
    await conversation.say(NO);
    const replies = await conversation.say('my email got hacked what do i do');
    expect(topics(replies)).toEqual(['cyber_incident']);
    const after = await conversation.say(YES);
    expect(texts(after)).not.toContain(t('triage.questions.online'));
  });

  it('never asks for names or details', async () => {
    const prompts = Object.values(content.t('en', 'triage.questions', { returnObjects: true }) as unknown as Record<string, string>);
    for (const prompt of prompts) expect(prompt).not.toMatch(/\b(what is|tell me|give me|type|send) (your|their|his|her) (name|address|details|number)|tell me (who|what happened)/i);
    expect(t('triage.intro')).toMatch(/do not type any names or details/i);
  });
});

describe('routeAnswers follows facts.md routing rules', () => {
  it.each([
    [{ foreignState: 'yes', crime: 'yes', online: 'no', hacked: 'no', anonymous: 'no' }, ['nzsis', 'police']],
    [{ foreignState: 'yes', crime: 'no', online: 'yes', hacked: 'no', anonymous: 'no' }, ['nzsis', 'netsafe']],
    [{ foreignState: 'no', crime: 'no', online: 'no', hacked: 'yes', anonymous: 'yes' }, ['ncsc', 'nzsis', 'crimestoppers']],
  ] as const)('%o → %o', (answers, channels) => {
    expect(routeAnswers(answers).channels).toEqual(channels);
  });
});
