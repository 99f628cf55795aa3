import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ConfigError, ENV_VARIABLES, loadConfig } from '../src/config.js';
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

  it('reports every storage problem at once', () => {
    expect(() => loadConfig({ PORT: 'abc', RETENTION_DAYS: '0', DATABASE_URL: 'x' })).toThrow(
      /PORT: must be a port number[\s\S]*DATABASE_URL: must be a PostgreSQL URL[\s\S]*RETENTION_DAYS: must be a whole number of days/,
    );
  });

  it('reads the web page settings: allowed origins and the quick exit URL', () => {
    const config = loadConfig({ ALLOWED_ORIGINS: ' https://www.example.com ,http://localhost:8080,', QUICK_EXIT_URL: 'https://www.example.com/weather' });
    expect(config.allowedOrigins).toEqual(['https://www.example.com', 'http://localhost:8080']);
    expect(config.quickExitUrl).toBe('https://www.example.com/weather');
    expect(loadConfig({}).allowedOrigins).toEqual([]);
    expect(loadConfig({}).quickExitUrl).toBeUndefined();
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
    [{ ALLOWED_ORIGINS: 'https://www.example.com/path' }, /ALLOWED_ORIGINS.*not an origin/],
    [{ ALLOWED_ORIGINS: 'example.com' }, /ALLOWED_ORIGINS/],
    [{ QUICK_EXIT_URL: 'javascript:alert(1)' }, /QUICK_EXIT_URL: must be an http\(s\) URL/],
    [{ QUICK_EXIT_URL: 'not a url' }, /QUICK_EXIT_URL/],
    [{ REVIEW_SESSION_IDLE_MINUTES: '1' }, /REVIEW_SESSION_IDLE_MINUTES: must be a whole number of minutes \(5-480\)/],
    [{ REVIEW_SESSION_MAX_HOURS: '48' }, /REVIEW_SESSION_MAX_HOURS: must be a whole number of hours \(1-24\)/],
    [{ REVIEW_COOKIE_SECURE: 'never' }, /REVIEW_COOKIE_SECURE: must be "auto" or "always"/],
  ])('rejects %o with a readable message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

const credentials = { MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw' };
const stubEndpoints = {
  ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:4000/v1/.well-known/openidconfiguration',
  ToBotFromChannelTokenIssuer: 'http://127.0.0.1:4000',
  ToBotFromEmulatorOpenIdMetadataUrl: 'http://127.0.0.1:4000/emulator/.well-known/openidconfiguration',
  ToChannelFromBotLoginUrl: 'http://127.0.0.1:4000/login',
  ToChannelFromBotOAuthScope: 'http://127.0.0.1:4000',
  OAuthUrl: 'http://127.0.0.1:4000/oauth',
};
const httpsEndpoints = Object.fromEntries(Object.entries(stubEndpoints).map(([k, v]) => [k, v.replace('http://127.0.0.1:4000', 'https://bots.example.org')]));

describe('config: anonymous mode in production', () => {
  it('refuses NODE_ENV=production without MicrosoftAppId, saying how to allow it', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/MicrosoftAppId: is required when NODE_ENV is production.*ALLOW_ANONYMOUS=true/);
    expect(() => loadConfig({ NODE_ENV: 'production', ALLOW_ANONYMOUS: 'false' })).toThrow(/MicrosoftAppId: is required/);
  });

  it('allows it with ALLOW_ANONYMOUS=true', () => {
    expect(loadConfig({ NODE_ENV: 'production', ALLOW_ANONYMOUS: 'true' }).botAuth).toBeUndefined();
  });

  it('starts in production with credentials', () => {
    expect(loadConfig({ NODE_ENV: 'production', ...credentials }).botAuth?.appId).toBe('id');
  });

  it('allows anonymous mode outside production', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).botAuth).toBeUndefined();
    expect(loadConfig({ NODE_ENV: 'test' }).botAuth).toBeUndefined();
  });

  it.each([
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ ALLOW_ANONYMOUS: 'yes' }, /ALLOW_ANONYMOUS: must be "true" or "false"/],
    [{ ALLOW_ANONYMOUS: 'TRUE', NODE_ENV: 'production' }, /ALLOW_ANONYMOUS: must be "true" or "false"/],
  ])('rejects %o with a readable message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reports every problem at once', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', PORT: 'abc', LOG_LEVEL: 'loud' })).toThrow(
      /PORT: must be a port number[\s\S]*LOG_LEVEL[\s\S]*MicrosoftAppId: is required when NODE_ENV is production/,
    );
  });
});

describe('config: Bot Framework endpoint overrides', () => {
  it('are not used unless given: botbuilder keeps its public-cloud endpoints', () => {
    expect(loadConfig(credentials).botAuth?.endpoints).toBeUndefined();
  });

  it('are passed on under botbuilder\'s own names, with ValidateAuthority true by default', () => {
    expect(loadConfig({ ...credentials, ...stubEndpoints }).botAuth?.endpoints).toEqual({ ...stubEndpoints, ValidateAuthority: true });
    expect(loadConfig({ ...credentials, ...stubEndpoints, ValidateAuthority: 'false' }).botAuth?.endpoints?.ValidateAuthority).toBe(false);
  });

  it('must be given all together, naming each one missing', () => {
    const env = { ...credentials, ToBotFromChannelOpenIdMetadataUrl: stubEndpoints.ToBotFromChannelOpenIdMetadataUrl };
    let message = '';
    try {
      loadConfig(env);
    } catch (err) {
      message = (err as Error).message;
    }
    for (const name of Object.keys(stubEndpoints).filter((n) => n !== 'ToBotFromChannelOpenIdMetadataUrl')) {
      expect(message).toContain(`${name}: is required with ToBotFromChannelOpenIdMetadataUrl`);
    }
  });

  it('must be http(s) URLs where the bot fetches from them', () => {
    expect(() => loadConfig({ ...credentials, ...stubEndpoints, ToBotFromChannelOpenIdMetadataUrl: 'not a url' })).toThrow(
      /ToBotFromChannelOpenIdMetadataUrl: must be an http\(s\) URL/,
    );
    expect(() => loadConfig({ ...credentials, ...stubEndpoints, OAuthUrl: 'ftp://bots.example.org/oauth' })).toThrow(/OAuthUrl: must be an http\(s\) URL/);
  });

  it('must be https in production, where plain http would let anyone on the path swap the signing keys', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', ...credentials, ...stubEndpoints })).toThrow(
      /ToBotFromChannelOpenIdMetadataUrl: must be an https URL when NODE_ENV is production/,
    );
    expect(loadConfig({ NODE_ENV: 'production', ...credentials, ...httpsEndpoints }).botAuth?.endpoints?.OAuthUrl).toBe('https://bots.example.org/oauth');
  });
});

describe('README "Environment variables"', () => {
  const readme = readFileSync(`${PROJECT_ROOT}/README.md`, 'utf8');
  const section = readme.slice(readme.indexOf('## Environment variables'), readme.indexOf('\n## ', readme.indexOf('## Environment variables') + 1));
  const documented = [...section.matchAll(/^\| `([A-Za-z_]+)` \|/gm)].map((m) => m[1]);

  it('has a row for every variable config reads, and none for others', () => {
    expect([...new Set(documented)].sort()).toEqual([...ENV_VARIABLES].sort());
  });
});

describe('the environment', () => {
  it('is read by src/config.ts only', () => {
    const sources = (dir: string): string[] =>
      readdirSync(join(PROJECT_ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') || f.endsWith('.js')).map((f) => join(dir, f));
    const readers = [...sources('src'), ...sources('dialogs')].filter((f) => /process\.env/.test(readFileSync(join(PROJECT_ROOT, f), 'utf8')));
    expect(readers).toEqual([join('src', 'config.ts')]);
  });
});
