import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { startTestApp } from '../support/server.js';
import { launchChromium, OUTPUT_DIR, type TestBrowser } from './support/browser.js';
import { ask, openChat, waitForTranscript } from './support/chat-page.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let chromium: TestBrowser;
let app: App;

beforeAll(async () => {
  [chromium, app] = await Promise.all([launchChromium(), startTestApp()]);
});

afterAll(async () => {
  await chromium?.close();
  await app?.drain(1000);
});

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

describe('axe-core (WCAG 2.2 AA rules): no serious or critical violations', () => {
  it.each([
    ['/', 'en', 'how do I report foreign interference'],
    ['/chat', 'en', 'how do I report foreign interference'],
    ['/', 'ar', 'كيف أبلغ عن التدخل الأجنبي'],
    ['/chat', 'ar', 'كيف أبلغ عن التدخل الأجنبي'],
  ])('%s in %s, with a card and suggested replies on screen', { timeout: 60_000 }, async (path, lang, question) => {
    // axe is injected as a script tag, which our CSP would block: this context alone bypasses CSP
    // (the CSP itself is checked by web-chat.test.ts, which never bypasses it).
    const context = await chromium.browser.newContext({ bypassCSP: true });
    try {
      const page = await context.newPage();
      await openChat(page, `${app.url()}${path}?lang=${lang}`, /\S/);
      await ask(page, question);
      await waitForTranscript(page, '0800 747 224');
      await page.locator('details.privacy summary').click();
      await page.addScriptTag({ path: AXE });
      const result = (await page.evaluate(`axe.run({ runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_22_AA)} } })`)) as {
        violations: AxeViolation[];
        passes: unknown[];
      };
      const summary = result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
      const name = `axe-${path === '/' ? 'home' : 'chat'}-${lang}`;
      writeFileSync(join(OUTPUT_DIR, `${name}.json`), JSON.stringify({ url: page.url(), passes: result.passes.length, violations: summary }, null, 2));
      expect(summary.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
