import { describe, expect, it } from 'vitest';
import { jsonForScript, renderPage, type ClientData } from '../../src/web/page.js';
import { content } from '../support/harness.js';

const data = (overrides: Partial<ClientData> = {}): ClientData => ({
  lang: 'en',
  dir: 'ltr',
  embed: false,
  nonce: 'n0nce',
  quickExitUrl: 'https://www.cab.org.nz',
  connection: { tokenUrl: '/api/directline/token' },
  languages: [{ code: 'en', name: 'English', dir: 'ltr' }],
  text: content.namespace('en', 'web'),
  ...overrides,
});

describe('the page data block', () => {
  it('cannot be closed early by anything in a string', () => {
    const json = jsonForScript({ a: '</script><script>alert(1)</script>', b: '<!--', c: '\u2028' });
    expect(json).not.toMatch(/<|\u2028/);
    expect(JSON.parse(json)).toEqual({ a: '</script><script>alert(1)</script>', b: '<!--', c: '\u2028' });
  });
});

describe('renderPage', () => {
  const scripts = { webchat: '/web/h/webchat.js', chat: '/web/chat.js' };

  it('escapes every string it writes into HTML', () => {
    const text = content.namespace('en', 'web');
    const hostile = { ...text, page: { ...(text.page as object), title: '<img src=x onerror=alert(1)>' } };
    const html = renderPage({ kind: 'home', data: data({ text: hostile, languages: [{ code: 'en', name: '"><b>', dir: 'ltr' }] }), scripts, stylesheet: '/web/page.css' });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;&gt;&lt;b&gt;');
    expect(html).not.toMatch(/<img|<b>/);
  });

  it('puts quick exit first in the focus order, then the language picker, then the chat', () => {
    const html = renderPage({ kind: 'home', data: data(), scripts, stylesheet: '/web/page.css' });
    const order = ['id="quick-exit"', 'class="skip-link"', 'id="language"', '<h1', 'id="chat-heading"', 'id="webchat"'].map((m) => html.indexOf(m));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('labels the chat region, the picker and the quick exit button', () => {
    const html = renderPage({ kind: 'chat', data: data(), scripts, stylesheet: '/web/page.css' });
    expect(html).toContain('<label for="language" data-text="language.label">Language</label>');
    expect(html).toContain('aria-label="Chat with the automated helper"');
    expect(html).toContain('aria-describedby="quick-exit-hint"');
    expect(html).toContain('id="quick-exit-hint"');
    expect(html).toContain('role="status"');
    expect(html).toContain('<h1 data-text="page.chatTitle"');
  });
});
