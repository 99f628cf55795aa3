import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const REPLY_TIMEOUT_MS = 20_000;

/** The text of the chat transcript (what a sighted user sees). */
export const transcript = (page: Page): Promise<string> => page.locator('.webchat__basic-transcript').innerText();

/** Waits until the transcript shows the text. */
export async function waitForTranscript(page: Page, text: string | RegExp): Promise<void> {
  await expect
    .poll(() => transcript(page).catch(() => ''), { timeout: REPLY_TIMEOUT_MS, interval: 200 })
    .toMatch(typeof text === 'string' ? new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : text);
}

/** Opens a page of the bot and waits for Web Chat to show the bot's welcome. */
export async function openChat(page: Page, url: string, welcome: string | RegExp = 'Kia ora'): Promise<void> {
  await page.goto(url);
  await waitForTranscript(page, welcome);
}

/** Types a message in Web Chat's send box and sends it with Enter. */
export async function ask(page: Page, text: string): Promise<void> {
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.fill(text);
  await input.press('Enter');
}

/** What this origin keeps in this tab, cookies and IndexedDB included. */
export async function storedInBrowser(page: Page): Promise<{ session: number; local: number; cookies: number; databases: number }> {
  // Expressions run in the page (the project's TypeScript has no DOM types).
  const inPage = (await page.evaluate(
    '(async () => ({ session: sessionStorage.length, local: localStorage.length, databases: (await indexedDB.databases()).length }))()',
  )) as { session: number; local: number; databases: number };
  return { ...inPage, cookies: (await page.context().cookies()).length };
}

/** True when the page scrolls sideways (content wider than the viewport). */
export const scrollsSideways = (page: Page): Promise<boolean> =>
  page.evaluate('document.documentElement.scrollWidth > document.documentElement.clientWidth + 1') as Promise<boolean>;
