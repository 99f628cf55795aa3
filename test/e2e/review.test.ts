import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { content } from '../support/harness.js';
import { PASSWORD, runStaffCli } from '../support/review.js';
import { activity, postActivity, startTestApp } from '../support/server.js';

const SHOTS = join(PROJECT_ROOT, 'test-output', 'review');
/** What an attacker might type into the chat: it must reach the reviewer as text, never as markup. */
const HOSTILE = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2"><b>bold?</b>';
/** Personal details that must never be stored: a name, a WeChat id, a phone number and an email address. */
const PII = ['Li Wei', 'liwei_88', '021 234 5678', 'li.wei@example.com'];
const PII_MESSAGE = `my name is ${PII[0]}, my WeChat id is ${PII[1]}, call me on ${PII[2]} or write to ${PII[3]}`;

async function say(fields: Record<string, unknown>): Promise<void> {
  const { status } = await postActivity(app, activity(fields));
  expect(status).toBe(200);
}

let app: App;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'csb-review-e2e-'));
  mkdirSync(SHOTS, { recursive: true });
  app = await startTestApp({ DATA_DIR: dataDir });
  // Accounts are made with the staff CLI, as an operator would.
  for (const [name, role] of [['rita', 'reviewer'], ['adam', 'admin']]) {
    const result = runStaffCli(dataDir, ['add', name!, '--role', role!, '--password-stdin'], `${PASSWORD}\n`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }
  // Conversations go through the real bot (/api/messages): the transcript recorder redacts and stores them.
  const english = { id: 'e2e-english' };
  await say({ conversation: english, text: 'what is foreign interference?' });
  await say({ conversation: english, text: content.t('en', 'feedback.yes') });
  await say({ conversation: english, text: PII_MESSAGE });
  await say({ conversation: english, text: HOSTILE });
  await say({ conversation: { id: 'e2e-chinese' }, text: '有人一直在网上骚扰我的家人，我该怎么办？', locale: 'zh-CN' });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.drain(1000);
  rmSync(dataDir, { recursive: true, force: true });
});

async function logIn(page: Page, username: string): Promise<void> {
  await page.goto(`${app.url()}/review`);
  // By keyboard only: the username field has focus, Tab moves on, Enter submits.
  await page.getByLabel('Username').waitFor();
  await expect.poll(() => page.evaluate("document.activeElement?.getAttribute('name')")).toBe('username');
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Conversations' }).waitFor();
}

describe('staff review UI in Chromium', () => {
  it('a reviewer logs in, filters, opens a transcript with marked redactions and inert HTML, tags it; an admin sees the read in the audit log', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => errors.push(error.message));
    // The app asks for /api/review/session on load; the 401s before login are expected, nothing else is.
    page.on('console', (message) => {
      if (message.type() === 'error' && !/status of 401/.test(message.text())) errors.push(message.text());
    });

    await page.goto(`${app.url()}/review`);
    await page.getByRole('heading', { name: 'Staff log in' }).waitFor();
    await page.screenshot({ path: join(SHOTS, '01-login.png') });
    await logIn(page, 'rita');
    expect(await page.locator('table.conversations tbody tr').count()).toBe(2);

    // Filter: English only.
    await page.getByLabel('Language').selectOption('en');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/language=en/);
    await page.getByText('1 conversations match.').waitFor();
    expect(await page.locator('table.conversations tbody tr').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, '02-filtered-list.png') });

    // Open the transcript.
    await page.locator('table.conversations tbody tr a').first().click();
    await page.getByRole('heading', { level: 1, name: /Conversation started/ }).waitFor();
    const marks = page.locator('ol.transcript mark.redacted');
    expect(new Set(await marks.evaluateAll((els) => els.map((el) => el.getAttribute('data-type'))))).toEqual(new Set(['name', 'handle', 'phone', 'email']));
    expect(await marks.first().isVisible()).toBe(true);
    expect(await page.locator('mark.redacted[data-type="phone"]').first().textContent()).toContain('[phone]');
    const shown = (await page.locator('ol.transcript').textContent()) ?? '';
    for (const value of PII) expect(shown).not.toContain(value);

    // The hostile message is shown as its literal text; nothing in it ran or became markup.
    const hostile = page.locator('ol.transcript .turn .text', { hasText: '<script>' });
    expect(await hostile.textContent()).toBe(HOSTILE);
    expect(await page.locator('ol.transcript script, ol.transcript img, ol.transcript b').count()).toBe(0);
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: join(SHOTS, '03-transcript.png'), fullPage: true });

    // Tag it (keyboard: type, Enter).
    await page.getByLabel('New tag').fill('Follow-up');
    await page.getByLabel('New tag').press('Enter');
    await page.locator('ul.tags li', { hasText: 'follow-up' }).waitFor();
    await page.getByRole('status').getByText('Tags saved.').waitFor();
    await page.screenshot({ path: join(SHOTS, '04-tagged.png'), fullPage: true });

    // A reviewer has no audit log.
    expect(await page.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByText('You are logged out.').waitFor();

    // The admin sees rita's read and tag in the audit log.
    await logIn(page, 'adam');
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    const rows = page.locator('table.audit tbody tr');
    const entries = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(1, 4).map((td) => td.textContent)));
    const englishId = (await app.store()!.review.listConversations({ language: 'en' })).items[0]!.id;
    expect(entries).toContainEqual(['rita', 'conversation.read', englishId]);
    expect(entries).toContainEqual(['rita', 'conversation.tag', englishId]);
    await page.screenshot({ path: join(SHOTS, '05-audit.png'), fullPage: true });

    expect(errors).toEqual([]);
    await page.close();
  });

  it('the unanswered queue exports chosen messages as a corpus snippet, and the stats page draws its charts', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await logIn(page, 'adam');
    await page.getByRole('link', { name: 'Unanswered' }).click();
    await page.getByRole('heading', { level: 1, name: 'Unanswered messages' }).waitFor();
    // The message with personal details was not understood: it waits in the queue, redacted.
    const [queued] = await app.store()!.review.unanswered({ language: 'en' });
    expect(queued?.text).toBe('my name is [name], my WeChat id is [handle], call me on [phone] or write to [email]');
    await page.getByRole('checkbox', { name: /my name is \[name\]/ }).check();
    await page.getByRole('button', { name: 'Export the chosen messages as a corpus snippet' }).click();
    const snippet = JSON.parse(await page.getByLabel('Snippet (JSON)').inputValue());
    expect(snippet).toEqual([{ file: 'nlu-corpus/en.json', data: [{ intent: 'TODO', utterances: [queued!.text] }] }]);
    expect(await page.getByRole('link', { name: 'Download the snippet' }).getAttribute('download')).toBe('corpus-snippet.json');
    await page.screenshot({ path: join(SHOTS, '06-unanswered-snippet.png'), fullPage: true });

    await page.getByRole('link', { name: 'Statistics' }).click();
    await page.getByRole('heading', { level: 1, name: 'Statistics' }).waitFor();
    // Chart.js replaced each chart's canvas size with a drawn one.
    await expect.poll(() => page.locator('figure.chart canvas').evaluateAll((cs) => cs.filter((c) => (c as unknown as { width: number }).width > 0).length)).toBe(5);
    const figure = (name: string) => page.locator('dl.figures .figure', { hasText: name }).locator('dd').textContent();
    const now = Date.now();
    const stats = await app.store()!.review.stats({ from: new Date(now - 30 * 24 * 3600_000), to: new Date(now + 60_000) });
    expect(stats.userMessages).toBeGreaterThanOrEqual(5);
    expect(await figure('Messages from people')).toBe(String(stats.userMessages));
    expect(await figure('Rated helpful')).toBe('1');
    await page.screenshot({ path: join(SHOTS, '07-stats.png'), fullPage: true });

    // An admin deletes the Chinese conversation: two presses, then it is gone and audited.
    await page.getByRole('link', { name: 'Conversations' }).click();
    await page.getByLabel('Language').selectOption('zh-Hans');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/language=zh-Hans/);
    await page.locator('table.conversations tbody tr a').first().click();
    await page.getByRole('button', { name: 'Delete this conversation' }).click();
    await page.getByRole('button', { name: 'Press again to delete it for good' }).click();
    await page.getByRole('status').getByText('The conversation was deleted.').waitFor();
    expect((await app.store()!.review.listConversations({ language: 'zh-Hans' })).total).toBe(0);
    expect((await app.store()!.audit.list({ action: 'conversation.delete' })).items).toMatchObject([{ actor: 'adam' }]);
    await page.getByRole('heading', { level: 1, name: 'Conversations' }).waitFor();

    // An admin adds a reviewer account.
    await page.getByRole('link', { name: 'Staff accounts' }).click();
    await page.getByLabel('Username').fill('mere');
    await page.getByLabel('Password (at least 12 characters)').fill('another long password');
    await page.getByRole('button', { name: 'Add account' }).click();
    await page.getByRole('status').getByText('Added mere.').waitFor();
    await page.locator('tbody tr', { hasText: 'mere' }).waitFor();
    expect((await app.store()!.staff.get('mere'))?.role).toBe('reviewer');
    await page.screenshot({ path: join(SHOTS, '08-staff.png'), fullPage: true });
    await page.close();
  });
});
