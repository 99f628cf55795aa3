import { describe, expect, it } from 'vitest';
import { ConversationStore } from '../../src/directline/conversation-store.js';

const HOUR = 60 * 60 * 1000;
const message = (text: string) => ({ type: 'message', text });

describe('local Direct Line conversation store', () => {
  it('numbers activities <conversation>|<seq> and pages them by watermark', () => {
    const store = new ConversationStore({ maxConversations: 10, idleMs: HOUR, pageSize: 2 });
    const c = store.create('conv', 'dl_u');
    expect(c.page()).toEqual({ activities: [], watermark: undefined });
    for (const t of ['a', 'b', 'c']) store.append(c, message(t));
    const first = c.page();
    expect(first.activities.map((a) => [a.id, a.text])).toEqual([['conv|0000000', 'a'], ['conv|0000001', 'b']]);
    expect(first.watermark).toBe('1');
    const second = c.page(Number(first.watermark));
    expect(second.activities.map((a) => a.text)).toEqual(['c']);
    expect(second.watermark).toBe('2');
    expect(c.page(2)).toEqual({ activities: [], watermark: '2' });
  });

  it('forgets at once what the client confirmed by asking with a later watermark', () => {
    const store = new ConversationStore({ maxConversations: 10, idleMs: HOUR });
    const c = store.create('conv', 'dl_u');
    for (const t of ['a', 'b', 'c']) store.append(c, message(t));
    const before = c.footprint;
    expect(store.page(c, 1).activities.map((a) => a.text)).toEqual(['c']);
    expect(c.page().activities.map((a) => a.text)).toEqual(['c']);
    expect(c.footprint).toBeLessThan(before);
    expect(store.page(c, 2)).toEqual({ activities: [], watermark: '2' });
    expect(c.page()).toEqual({ activities: [], watermark: '2' });
  });

  it('caps each history, dropping the oldest while watermarks keep increasing', () => {
    const store = new ConversationStore({ maxConversations: 10, idleMs: HOUR, maxActivities: 3 });
    const c = store.create('conv', 'dl_u');
    for (let i = 0; i < 5; i += 1) store.append(c, message(String(i)));
    const page = c.page();
    expect(page.activities.map((a) => a.text)).toEqual(['2', '3', '4']);
    expect(page.watermark).toBe('4');
    expect(c.page(0).activities.map((a) => a.text)).toEqual(['2', '3', '4']);
  });

  it('caps a history by size as well', () => {
    const store = new ConversationStore({ maxConversations: 10, idleMs: HOUR, maxConversationBytes: 2000 });
    const c = store.create('conv', 'dl_u');
    for (let i = 0; i < 10; i += 1) store.append(c, message(`${i}${'x'.repeat(500)}`));
    const kept = c.page().activities;
    expect(kept.length).toBeLessThan(4);
    expect(kept.at(-1)?.text?.startsWith('9')).toBe(true);
  });

  it('holds at most maxConversations, forgetting the least recently used', () => {
    const store = new ConversationStore({ maxConversations: 2, idleMs: HOUR });
    const a = store.create('a', 'dl_a');
    store.create('b', 'dl_b');
    store.append(a, message('keeps a recent'));
    store.create('c', 'dl_c');
    expect(store.get('a')).toBe(a);
    expect(store.get('b')).toBeUndefined();
    expect(store.size).toBe(2);
  });

  it('bounds all histories together by bytes', () => {
    const store = new ConversationStore({ maxConversations: 1000, idleMs: HOUR, maxTotalBytes: 20_000 });
    for (let i = 0; i < 50; i += 1) {
      const c = store.create(`c${i}`, 'dl_u');
      store.append(c, message('x'.repeat(1000)));
    }
    expect(store.size).toBeLessThan(20);
    expect(store.get('c49')).toBeDefined();
    expect(store.get('c0')).toBeUndefined();
  });

  it('forgets a conversation after idleMs without a new activity; reading does not keep it alive', () => {
    let now = 1_000;
    const store = new ConversationStore({ maxConversations: 10, idleMs: HOUR, clock: { now: () => now } });
    const c = store.create('conv', 'dl_u');
    now += HOUR - 1;
    store.append(c, message('still here'));
    now += HOUR - 1;
    expect(store.get('conv')).toBe(c);
    now += 2;
    expect(store.get('conv')).toBeUndefined();
  });

  it('does not bring back an evicted conversation when a late reply arrives', () => {
    const store = new ConversationStore({ maxConversations: 1, idleMs: HOUR });
    const old = store.create('old', 'dl_u');
    store.create('new', 'dl_v');
    store.append(old, message('late reply'));
    expect(store.get('old')).toBeUndefined();
    expect(store.get('new')).toBeDefined();
  });
});
