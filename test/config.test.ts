import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../src/config.js';
import { PROJECT_ROOT } from '../src/paths.js';

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

  it('stores data in SQLite under ./data for 90 days by default', () => {
    const config = loadConfig({});
    expect(config.dataDir).toBe(join(PROJECT_ROOT, 'data'));
    expect(config.databaseUrl).toBeUndefined();
    expect(config.retentionDays).toBe(90);
  });

  it('reads the storage variables', () => {
    const config = loadConfig({ DATA_DIR: '/var/lib/bot', DATABASE_URL: 'postgres://bot:pw@db.internal:5432/bot', RETENTION_DAYS: '30' });
    expect(config).toMatchObject({ dataDir: '/var/lib/bot', databaseUrl: 'postgres://bot:pw@db.internal:5432/bot', retentionDays: 30 });
    expect(loadConfig({ DATA_DIR: 'state' }).dataDir).toBe(join(PROJECT_ROOT, 'state'));
  });

  it('review sessions: 30 idle minutes, 12 hours at most, Secure cookie over HTTPS, by default', () => {
    expect(loadConfig({}).review).toEqual({ sessionIdleMinutes: 30, sessionMaxHours: 12, cookieSecure: 'auto' });
    expect(loadConfig({ REVIEW_SESSION_IDLE_MINUTES: '15', REVIEW_SESSION_MAX_HOURS: '8', REVIEW_COOKIE_SECURE: 'always' }).review).toEqual({
      sessionIdleMinutes: 15,
      sessionMaxHours: 8,
      cookieSecure: 'always',
    });
  });

  it('never echoes a bad DATABASE_URL, which may hold a password', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://bot:s3cret@db/bot' })).toThrow(/DATABASE_URL: must be a PostgreSQL URL/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://bot:s3cret@db/bot' })).not.toThrow(/s3cret/);
  });

  it('reports every problem at once', () => {
    expect(() => loadConfig({ PORT: 'abc', RETENTION_DAYS: '0', DATABASE_URL: 'x' })).toThrow(
      /PORT: must be a port number[\s\S]*DATABASE_URL: must be a PostgreSQL URL[\s\S]*RETENTION_DAYS: must be a whole number of days/,
    );
  });

  it.each([
    [{ RETENTION_DAYS: '0' }, /RETENTION_DAYS: must be a whole number of days/],
    [{ RETENTION_DAYS: '1.5' }, /RETENTION_DAYS: must be a whole number of days/],
    [{ RETENTION_DAYS: 'forever' }, /RETENTION_DAYS: must be a whole number of days/],
    [{ PORT: '70000' }, /PORT: must be a port number/],
    [{ PORT: 'abc' }, /PORT: must be a port number/],
    [{ MicrosoftAppType: 'Other' }, /MicrosoftAppType/],
    [{ MicrosoftAppId: 'id' }, /MicrosoftAppPassword: is required/],
    [{ MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', MicrosoftAppType: 'SingleTenant' }, /MicrosoftAppTenantId: is required/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ REVIEW_SESSION_IDLE_MINUTES: '1' }, /REVIEW_SESSION_IDLE_MINUTES: must be a whole number of minutes \(5-480\)/],
    [{ REVIEW_SESSION_MAX_HOURS: '48' }, /REVIEW_SESSION_MAX_HOURS: must be a whole number of hours \(1-24\)/],
    [{ REVIEW_COOKIE_SECURE: 'never' }, /REVIEW_COOKIE_SECURE: must be "auto" or "always"/],
  ])('rejects %o with a readable message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
