import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('Direct Line configuration', () => {
  it('defaults to the local Direct Line, the public service endpoint and no extra origins', () => {
    const config = loadConfig({});
    expect(config.allowedOrigins).toEqual([]);
    expect(config.directLine).toEqual({
      secret: undefined,
      endpoint: 'https://directline.botframework.com',
      localSecret: undefined,
      maxConversations: 10_000,
      tokenRateLimitPerMinute: 20,
      trustProxy: false,
    });
  });

  it('reads the production secret, an endpoint without trailing slash and a list of origins', () => {
    const config = loadConfig({
      DIRECT_LINE_SECRET: 'secret',
      DIRECT_LINE_ENDPOINT: 'https://europe.directline.botframework.com/',
      ALLOWED_ORIGINS: 'https://www.example.govt.nz, http://localhost:8080',
      TRUST_PROXY: 'true',
    });
    expect(config.directLine.secret).toBe('secret');
    expect(config.directLine.endpoint).toBe('https://europe.directline.botframework.com');
    expect(config.directLine.trustProxy).toBe(true);
    expect(config.allowedOrigins).toEqual(['https://www.example.govt.nz', 'http://localhost:8080']);
  });

  it('reports every bad Direct Line value at once', () => {
    const env = {
      ALLOWED_ORIGINS: 'https://ok.example,https://example.org/page,*',
      DIRECT_LINE_ENDPOINT: 'ftp://directline',
      DIRECT_LINE_LOCAL_SECRET: 'short',
      DIRECT_LINE_MAX_CONVERSATIONS: '0',
      DIRECT_LINE_TOKEN_RATE_LIMIT: 'lots',
      TRUST_PROXY: 'yes',
    };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    let message = '';
    try {
      loadConfig(env);
    } catch (err) {
      message = (err as Error).message;
    }
    for (const problem of [
      /"https:\/\/example\.org\/page" is not an origin/,
      /"\*" is not an origin/,
      /DIRECT_LINE_ENDPOINT: must be an http\(s\) URL/,
      /DIRECT_LINE_LOCAL_SECRET: must be at least 32 characters/,
      /DIRECT_LINE_MAX_CONVERSATIONS: must be a whole number/,
      /DIRECT_LINE_TOKEN_RATE_LIMIT: must be a whole number/,
      /TRUST_PROXY: must be true or false/,
    ]) {
      expect(message).toMatch(problem);
    }
    expect(message).not.toMatch(/ok\.example/);
  });
});
