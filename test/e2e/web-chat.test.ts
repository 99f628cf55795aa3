import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { App } from '../../src/app.js';
import { startTestApp } from '../support/server.js';
import { content } from '../support/harness.js';
import { guardedContext, launchChromium, screenshot, type Problems, type TestBrowser } from './support/browser.js';
import { ask, openChat, scrollsSideways, storedInBrowser, transcript, waitForTranscript } from './support/chat-page.js';
import { startNeutralSite, type NeutralSite } from './support/neutral-site.js';

let chromium: TestBrowser;
let site: NeutralSite;
let app: App;

beforeAll(async () => {
  site = await startNeutralSite();
  [chromium, app] = await Promise.all([launchChromium(), startTestApp({ QUICK_EXIT_URL: site.neutralUrl, ALLOWED_ORIGINS: site.origin })]);
});

afterAll(async () => {
  await chromium?.close();
  await app?.drain(1000);
  await site?.close();
});

/** Each test gets a fresh guarded context; at its end, no CSP violation, no request off this machine, no page error. */
async function withPage(test: (page: Page, context: BrowserContext) => Promise<void>, options = {}): Promise<Problems> {
  const { context, problems } = await guardedContext(chromium.browser, options);
  try {
    await test(await context.newPage(), context);
  } finally {
    await context.close();
  }
  expect(problems).toEqual({ cspViolations: [], externalRequests: [], pageErrors: [] });
  return problems;
}

describe('the guard every browser test runs under', () => {
  it('notices a CSP violation and a request to another host', { timeout: 30_000 }, async () => {
    const { context, problems } = await guardedContext(chromium.browser);
    try {
      const page = await context.newPage();
      await page.goto(site.misbehavingUrl);
      await expect.poll(() => problems.cspViolations.length + problems.externalRequests.length).toBe(2);
      expect(problems.externalRequests).toEqual(['http://example.invalid/pixel.png']);
    } finally {
      await context.close();
    }
  });
});

describe('the ministry page with the chat, in a real browser', () => {
  it('starts the conversation in the page language: the welcome is in it too', { timeout: 60_000 }, async () => {
    await withPage(async (page) => {
      await openChat(page, `${app.url()}/chat?lang=zh-Hant`, content.t('zh-Hant', 'welcome.hello').slice(0, 12));
      expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
      expect(await page.locator('[data-id="webchat-sendbox-input"]').getAttribute('placeholder')).toBe(content.t('zh-Hant', 'web:webchat.placeholder'));
    });
  });

  it('answers in English, then 中文, then العربية (right to left), and quick exit leaves nothing behind', { timeout: 120_000 }, async () => {
    await withPage(async (page) => {
      await openChat(page, `${app.url()}/`);
      await ask(page, 'how do I report foreign interference');
      await waitForTranscript(page, '0800 747 224');
      // Screen readers hear it: Web Chat's live region (role=log, aria-live=polite) carries the new message.
      await expect.poll(() => page.locator('.webchat__live-region-transcript[aria-live="polite"]').innerText()).toContain('0800 747 224');
      await screenshot(page, '1-home-en-answer');

      // The hand-off card's tap-to-call button dials in place (a tel: link), without opening a window.
      await page.evaluate(`(() => {
        window.__opened = []; window.__followed = [];
        window.open = (url) => { window.__opened.push(String(url)); return null; };
        HTMLAnchorElement.prototype.click = function () { window.__followed.push(this.href); };
      })()`);
      await page.getByRole('button', { name: 'Call 0800 747 224' }).first().click();
      expect(await page.evaluate('({ opened: window.__opened, followed: window.__followed })')).toEqual({ opened: [], followed: ['tel:0800747224'] });

      await page.selectOption('#language', 'zh-Hans');
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe('zh-Hans');
      await waitForTranscript(page, content.t('zh-Hans', 'language.changed'));
      expect(await page.locator('#quick-exit').innerText()).toBe('快速离开');
      await ask(page, '在哪里举报外国干预');
      await waitForTranscript(page, content.topicText('zh-Hans', 'report', 'summary').split('：')[0]!);
      await screenshot(page, '2-home-zh-Hans-answer');

      await page.selectOption('#language', 'ar');
      await expect.poll(() => page.getAttribute('html', 'dir')).toBe('rtl');
      expect(await page.getAttribute('html', 'lang')).toBe('ar');
      await waitForTranscript(page, content.t('ar', 'language.changed'));
      expect(await page.locator('.webchat__basic-transcript').getAttribute('dir')).toBe('rtl');
      expect(await page.locator('#quick-exit').innerText()).toBe('خروج سريع');
      expect(new URL(page.url()).searchParams.get('lang')).toBe('ar');
      await screenshot(page, '3-home-ar-rtl');

      const before = await storedInBrowser(page);
      expect(before.session, 'the conversation token is in sessionStorage before quick exit').toBeGreaterThan(0);
      const ended = page.waitForRequest((r) => r.method() === 'POST' && /\/conversations\/[^/]+\/activities$/.test(r.url()) && r.postData()?.includes('endOfConversation') === true);
      await page.locator('#quick-exit').click();
      await page.waitForURL(site.neutralUrl);
      const end = await ended;
      await screenshot(page, '4-quick-exit-neutral-site');
      // The local Direct Line has forgotten the conversation: its token opens nothing any more.
      const authorization = (await end.allHeaders()).authorization!;
      await expect.poll(async () => (await fetch(end.url(), { headers: { authorization } })).status).toBe(404);

      // location.replace: Back does not return to the chat.
      await page.goBack();
      expect(page.url()).not.toContain(app.url());
      // Same tab, back on our origin: nothing of the conversation is left.
      await page.goto(`${app.url()}/healthz`);
      expect(await storedInBrowser(page)).toEqual({ session: 0, local: 0, cookies: 0, databases: 0 });
    });
  });

  it('never keeps the conversation in localStorage', { timeout: 60_000 }, async () => {
    await withPage(async (page) => {
      await openChat(page, `${app.url()}/chat`);
      await ask(page, 'what is foreign interference');
      await waitForTranscript(page, 'ethniccommunities.govt.nz');
      expect(await page.evaluate('localStorage.length')).toBe(0);
      const kept = (await page.evaluate('JSON.stringify(Object.entries(sessionStorage))')) as string;
      expect(kept).not.toContain('foreign interference');
    });
  });

  it('Esc pressed three times is a quick exit too', { timeout: 60_000 }, async () => {
    await withPage(async (page) => {
      await openChat(page, `${app.url()}/chat`);
      await page.locator('[data-id="webchat-sendbox-input"]').focus();
      for (let i = 0; i < 3; i += 1) await page.keyboard.press('Escape');
      await page.waitForURL(site.neutralUrl);
    });
  });

  it('after a reload shows nothing of the conversation until the user chooses to continue it', { timeout: 90_000 }, async () => {
    await withPage(async (page) => {
      await openChat(page, `${app.url()}/chat`);
      await ask(page, 'what are my rights');
      await waitForTranscript(page, 'Bill of Rights');

      await page.reload();
      await page.locator('#resume').waitFor({ state: 'visible' });
      expect(await page.locator('#webchat').innerHTML()).toBe('');
      await screenshot(page, '5-chat-continue-prompt');

      await page.getByRole('button', { name: 'Continue previous conversation' }).click();
      await ask(page, 'what is foreign interference');
      await waitForTranscript(page, 'ethniccommunities.govt.nz');
      // The same conversation: no new welcome, earlier messages not shown again.
      expect(await transcript(page)).not.toMatch(/Kia ora|Bill of Rights/);

      await page.reload();
      await page.getByRole('button', { name: 'Start a new conversation' }).click();
      await waitForTranscript(page, 'Kia ora');
    });
  });

  it('fits a 320 px phone and 200 % zoom without sideways scrolling, quick exit in view', { timeout: 60_000 }, async () => {
    for (const [name, viewport] of [
      ['6-chat-320px', { width: 320, height: 640 }],
      ['7-home-zoom-200', { width: 640, height: 400 }],
    ] as const) {
      await withPage(
        async (page) => {
          await openChat(page, `${app.url()}/${name.includes('home') ? '' : 'chat'}`);
          await ask(page, 'how do I report foreign interference');
          await waitForTranscript(page, '0800 747 224');
          expect(await scrollsSideways(page), name).toBe(false);
          const exit = await page.locator('#quick-exit').boundingBox();
          expect(exit!.y).toBeGreaterThanOrEqual(0);
          expect(exit!.x + exit!.width).toBeLessThanOrEqual(viewport.width);
          await screenshot(page, name);
        },
        { viewport },
      );
    }
  });
});

describe('embedded in another site', () => {
  it('works from an allowed origin, and its quick exit replaces the whole host page', { timeout: 60_000 }, async () => {
    await withPage(async (page) => {
      await page.goto(site.hostPageUrl(app.url()));
      const frame = page.frameLocator('iframe[data-community-safety-chat]');
      await expect.poll(() => frame.locator('.webchat__basic-transcript').innerText().catch(() => ''), { timeout: 20_000 }).toContain('Kia ora');
      expect(await page.locator('iframe[data-community-safety-chat]').getAttribute('title')).toBe('Community safety chat');
      await screenshot(page, '8-embedded-on-host-page');
      await frame.locator('#quick-exit').click();
      await page.waitForURL(site.neutralUrl);
    });
  });

  it('is refused (frame-ancestors) on an origin that is not allowed', { timeout: 60_000 }, async () => {
    const { context } = await guardedContext(chromium.browser);
    try {
      const page = await context.newPage();
      const blocked = page.waitForEvent('console', (m) => /frame-ancestors/.test(m.text()));
      // The same host page from 127.0.0.1 instead of localhost: another origin, not in ALLOWED_ORIGINS.
      await page.goto(site.hostPageUrl(app.url()).replace('localhost', '127.0.0.1'));
      await blocked;
      const frame = page.frames().find((f) => f !== page.mainFrame());
      expect(await frame?.locator('#webchat').count().catch(() => 0)).toBe(0);
    } finally {
      await context.close();
    }
  });
});
