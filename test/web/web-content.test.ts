import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR, PROJECT_ROOT } from '../../src/paths.js';
import { content, registry } from '../support/harness.js';

const FACTS = readFileSync(join(PROJECT_ROOT, '..', 'shared', 'content', 'facts.md'), 'utf8');
const web = (lang: string): any => JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'web.json'), 'utf8'));

describe('the web page strings (locales/<lang>/web.json)', () => {
  it('the default quick exit site is the same in every language and comes from facts.md', () => {
    const url = web('en').quickExit.defaultUrl as string;
    expect(FACTS).toContain(url);
    for (const lang of registry.codes) expect(web(lang).quickExit.defaultUrl, lang).toBe(url);
  });

  it.each(registry.codes)('%s: the unavailable notice still gives 111 and the NZSIS line', (lang) => {
    const text = content.namespace(lang, 'web') as any;
    expect(text.chat.unavailable).toMatch(/(?<!\d)111(?!\d)/);
    expect(text.chat.unavailable).toContain('0800 747 224');
    expect(text.page.chatIntro).toMatch(/(?<!\d)111(?!\d)/);
  });

  it.each(registry.codes)('%s: the privacy notice says what quick exit cannot hide, and names its own button', (lang) => {
    const text = content.namespace(lang, 'web') as any;
    expect(text.privacy.limits.length).toBeGreaterThan(80);
    expect(text.quickExit.hint).toContain('Esc');
    // The hint and the notice call the button by the name it has on the page.
    const button = (text.quickExit.button as string).toLocaleLowerCase();
    expect(`${text.quickExit.hint} ${text.privacy.quickExit}`.toLocaleLowerCase()).toContain(button);
  });
});
