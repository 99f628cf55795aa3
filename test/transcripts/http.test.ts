import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { content } from '../support/harness.js';
import { activity, postActivity, startTestApp } from '../support/server.js';

let app: App;

beforeAll(async () => {
  app = await startTestApp({ RETENTION_DAYS: '30' });
});

afterAll(async () => {
  await app.drain(1000);
});

describe('transcripts through /api/messages', () => {
  it('stores what the person wrote only after redaction, in the configured store', async () => {
    const conversation = { id: 'http-transcript-1' };
    await postActivity(app, activity({ conversation, text: 'my name is Li Wei and my WeChat id is liwei_88' }));
    await postActivity(app, activity({ conversation, text: 'they call me on +86 138 0013 8000, write to li.wei@example.com' }));
    const store = app.store()!;
    const page = await store.review.listConversations();
    expect(page.total).toBe(1);
    const detail = await store.review.getConversation(page.items[0]!.id);
    const userTexts = detail!.turns.filter((t) => t.role === 'user').map((t) => t.text);
    expect(userTexts.join('\n')).toMatch(/\[name\][\s\S]*\[handle\][\s\S]*\[phone\][\s\S]*\[email\]/);
    for (const value of ['Li Wei', 'liwei_88', '138 0013 8000', 'li.wei@example.com', 'http-transcript-1']) {
      expect(JSON.stringify(detail)).not.toContain(value);
    }
  });

  it("states the configured retention and both privacy commands in the welcome", async () => {
    const { json } = await postActivity(app, activity({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'user-1' }] }));
    const privacy = json.activities.map((a: { text?: string }) => a.text).join('\n');
    expect(privacy).toContain('30 days');
    expect(privacy).toContain(`"${content.t('en', 'privateMode.label')}"`);
    expect(privacy).toContain('"delete my conversation"');
  });
});
