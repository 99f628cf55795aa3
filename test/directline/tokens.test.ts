import { describe, expect, it } from 'vitest';
import { LocalTokens } from '../../src/directline/tokens.js';

const grant = { conversationId: 'c'.repeat(24), userId: 'dl_user' };

describe('local Direct Line tokens', () => {
  it('verify returns the grant a token was issued for', async () => {
    const tokens = new LocalTokens();
    const issued = await tokens.issue(grant);
    expect(issued.expiresIn).toBe(1800);
    expect(await tokens.verify(issued.token)).toEqual(grant);
  });

  it('expire after their lifetime', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const tokens = new LocalTokens({ secret: 's'.repeat(32), ttlSeconds: 1800, now: () => now });
    const { token } = await tokens.issue(grant);
    now += 1799 * 1000;
    expect(await tokens.verify(token)).toEqual(grant);
    now += 2 * 1000;
    expect(await tokens.verify(token)).toBeUndefined();
  });

  it('are refused when signed with another key, tampered with or not tokens at all', async () => {
    const tokens = new LocalTokens({ secret: 'a'.repeat(32) });
    const foreign = await new LocalTokens({ secret: 'b'.repeat(32) }).issue(grant);
    expect(await tokens.verify(foreign.token)).toBeUndefined();

    const { token } = await tokens.issue(grant);
    const [header, , signature] = token.split('.');
    const otherConversation = Buffer.from(JSON.stringify({ conv: 'x'.repeat(24), user: 'dl_user', iss: 'community-safety-bot/directline', exp: 9_999_999_999 })).toString('base64url');
    expect(await tokens.verify(`${header}.${otherConversation}.${signature}`)).toBeUndefined();
    expect(await tokens.verify('')).toBeUndefined();
    expect(await tokens.verify('x'.repeat(5000))).toBeUndefined();
  });

  it('survive a restart only with a configured secret', async () => {
    const { token } = await new LocalTokens({ secret: 'k'.repeat(32) }).issue(grant);
    expect(await new LocalTokens({ secret: 'k'.repeat(32) }).verify(token)).toEqual(grant);
    const { token: ephemeral } = await new LocalTokens().issue(grant);
    expect(await new LocalTokens().verify(ephemeral)).toBeUndefined();
  });
});
