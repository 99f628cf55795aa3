import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../../src/paths.js';

/** Screenshots and axe reports of the browser tests (git-ignored). */
export const OUTPUT_DIR = join(PROJECT_ROOT, 'test-output', 'e2e');

/** Debian's Chromium (installed by .ci/run); playwright-core never downloads a browser. */
export const CHROMIUM = '/usr/bin/chromium';

export interface TestBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Headless Chromium with none of its own network traffic (updates, sync …). playwright-core gives
 * every launch a new temporary profile (--user-data-dir) and deletes it on close.
 */
export async function launchChromium(): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No browser at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium), as .ci/run does.`);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

/** What a guarded context saw that it must not: CSP violations, requests off this machine, page errors. */
export interface Problems {
  cspViolations: string[];
  externalRequests: string[];
  pageErrors: string[];
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function watch(page: Page, problems: Problems): void {
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.cspViolations.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
    if (!LOCAL_HOSTS.has(url.hostname)) problems.externalRequests.push(request.url());
  });
}

/**
 * A context that records every CSP violation (the browser reports them on the console) and every
 * request to a host other than this machine. Never bypasses CSP.
 */
export async function guardedContext(browser: Browser, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; problems: Problems }> {
  const problems: Problems = { cspViolations: [], externalRequests: [], pageErrors: [] };
  const context = await browser.newContext({ ...options, bypassCSP: false });
  context.on('page', (page) => watch(page, problems));
  return { context, problems };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
