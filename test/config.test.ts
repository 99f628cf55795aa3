import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('config', () => {
  it('defaults to port 3978 and local anonymous mode', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.botAuth).toBeUndefined();
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ MicrosoftAppId: '', PORT: '' }).botAuth).toBeUndefined();
  });

  it('reads Bot Framework credentials', () => {
    const config = loadConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 't' });
    expect(config.botAuth).toEqual({ appId: 'id', appPassword: 'pw', appType: 'SingleTenant', tenantId: 't' });
  });

  it('reads the web page settings: allowed origins and the quick exit URL', () => {
    const config = loadConfig({ ALLOWED_ORIGINS: ' https://www.example.com ,http://localhost:8080,', QUICK_EXIT_URL: 'https://www.example.com/weather' });
    expect(config.allowedOrigins).toEqual(['https://www.example.com', 'http://localhost:8080']);
    expect(config.quickExitUrl).toBe('https://www.example.com/weather');
    expect(loadConfig({}).allowedOrigins).toEqual([]);
    expect(loadConfig({}).quickExitUrl).toBeUndefined();
  });

  it.each([
    [{ PORT: '70000' }, /PORT: must be a port number/],
    [{ PORT: 'abc' }, /PORT: must be a port number/],
    [{ MicrosoftAppType: 'Other' }, /MicrosoftAppType/],
    [{ MicrosoftAppId: 'id' }, /MicrosoftAppPassword: is required/],
    [{ MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', MicrosoftAppType: 'SingleTenant' }, /MicrosoftAppTenantId: is required/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ ALLOWED_ORIGINS: 'https://www.example.com/path' }, /ALLOWED_ORIGINS.*not an origin/],
    [{ ALLOWED_ORIGINS: 'example.com' }, /ALLOWED_ORIGINS/],
    [{ QUICK_EXIT_URL: 'javascript:alert(1)' }, /QUICK_EXIT_URL: must be an http\(s\) URL/],
    [{ QUICK_EXIT_URL: 'not a url' }, /QUICK_EXIT_URL/],
  ])('rejects %o with a readable message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
