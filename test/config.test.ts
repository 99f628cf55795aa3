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

  it.each([
    [{ PORT: '70000' }, /PORT: must be a port number/],
    [{ PORT: 'abc' }, /PORT: must be a port number/],
    [{ MicrosoftAppType: 'Other' }, /MicrosoftAppType/],
    [{ MicrosoftAppId: 'id' }, /MicrosoftAppPassword: is required/],
    [{ MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', MicrosoftAppType: 'SingleTenant' }, /MicrosoftAppTenantId: is required/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
  ])('rejects %o with a readable message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
