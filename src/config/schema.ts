import { z } from 'zod';

// What each environment variable may hold. Only src/config.ts reads the environment and applies these.

/** A whole number from `min` to `max`; every way it can be wrong gets the same message. */
function wholeNumber(min: number, max: number, what: string) {
  const error = `must be ${what} (${min}-${max})`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

const booleanText = z.stringbool({ truthy: ['true'], falsy: ['false'], case: 'sensitive', error: 'must be "true" or "false"' });
const endpointUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/**
 * botbuilder's own settings for the Bot Framework endpoints (sovereign clouds; tests point them at a
 * local stub). botbuilder treats them as one set: once any is given, it uses none of its defaults.
 */
export const ENDPOINT_VARIABLES = [
  'ToBotFromChannelOpenIdMetadataUrl',
  'ToBotFromChannelTokenIssuer',
  'ToBotFromEmulatorOpenIdMetadataUrl',
  'ToChannelFromBotLoginUrl',
  'ToChannelFromBotOAuthScope',
  'OAuthUrl',
] as const;
/** Where the bot fetches signing keys or tokens: plain http would let anyone on the path forge tokens. */
export const FETCHED_ENDPOINTS = ['ToBotFromChannelOpenIdMetadataUrl', 'ToBotFromEmulatorOpenIdMetadataUrl', 'ToChannelFromBotLoginUrl', 'OAuthUrl'] as const;

/** How long redacted transcripts are kept; the service and the Teams package (whose texts state it) read it alike. */
const retentionDays = wholeNumber(1, 3650, 'a whole number of days').default(90);

/** The service's variables. Every one is listed in the README. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  ALLOW_ANONYMOUS: booleanText.default(false),
  PORT: wholeNumber(1, 65535, 'a port number').default(3978),
  MicrosoftAppId: z.string().trim().optional(),
  MicrosoftAppPassword: z.string().optional(),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: z.string().trim().optional(),
  ToBotFromChannelOpenIdMetadataUrl: endpointUrl.optional(),
  ToBotFromChannelTokenIssuer: z.string().trim().optional(),
  ToBotFromEmulatorOpenIdMetadataUrl: endpointUrl.optional(),
  ToChannelFromBotLoginUrl: endpointUrl.optional(),
  ToChannelFromBotOAuthScope: z.string().trim().optional(),
  OAuthUrl: endpointUrl.optional(),
  ValidateAuthority: booleanText.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MODEL_DIR: z.string().default('models'),
  SHUTDOWN_TIMEOUT_MS: wholeNumber(0, 120_000, 'a number of milliseconds').default(10_000),
  DATA_DIR: z.string().default('data'),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, { error: 'must be a PostgreSQL URL (postgres://user:password@host:5432/database)' })
    .optional(),
  TRANSCRIPT_SALT: z.string().min(32, { error: 'must be at least 32 characters (a random secret)' }).optional(),
  RETENTION_DAYS: retentionDays,
  ALLOWED_ORIGINS: z
    .string()
    .transform((v) => v.split(',').map((o) => o.trim()).filter((o) => o !== ''))
    .pipe(z.array(z.string().refine(isOrigin, { error: (issue) => `"${String(issue.input)}" is not an origin such as https://example.org (scheme, host, optional port; no path)` })))
    .default([]),
  DIRECT_LINE_SECRET: z.string().trim().optional(),
  DIRECT_LINE_ENDPOINT: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://directline.botframework.com' })
    .transform((v) => v.replace(/\/+$/, ''))
    .default('https://directline.botframework.com'),
  DIRECT_LINE_LOCAL_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  DIRECT_LINE_MAX_CONVERSATIONS: wholeNumber(1, 1_000_000, 'a whole number').default(10_000),
  DIRECT_LINE_TOKEN_RATE_LIMIT: wholeNumber(1, 10_000, 'a whole number of tokens per minute').default(20),
  TRUST_PROXY: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  QUICK_EXIT_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  REVIEW_SESSION_IDLE_MINUTES: wholeNumber(5, 480, 'a whole number of minutes').default(30),
  REVIEW_SESSION_MAX_HOURS: wholeNumber(1, 24, 'a whole number of hours').default(12),
  REVIEW_COOKIE_SECURE: z.enum(['auto', 'always'], { error: 'must be "auto" or "always"' }).default('auto'),
});

/** `https://example.org` or `http://localhost:8080`: what a browser sends in the Origin header. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// URL' }).optional();

/**
 * Variables of `npm run teams:package` only: the running service never needs them, and packaging
 * must not need the bot's secret, so they are checked apart from the service's configuration.
 */
export const teamsEnvSchema = z.object({
  MicrosoftAppId: z
    .string({ error: 'is required to build the Teams package (the Azure Bot app id, a GUID)' })
    .trim()
    .regex(GUID, { error: 'must be the Azure Bot app id, a GUID' }),
  // Generated once for this app; Teams knows the app by it, so it never changes between releases.
  TEAMS_APP_ID: z.string().trim().regex(GUID, { error: 'must be a GUID' }).default('9bff6c78-8dbb-4e85-a93f-069fdb7f8de5'),
  TEAMS_DEVELOPER_NAME: z.string().trim().max(32, { error: 'must be at most 32 characters (Teams limit)' }).optional(),
  TEAMS_WEBSITE_URL: httpsUrl,
  TEAMS_PRIVACY_URL: httpsUrl,
  TEAMS_TERMS_URL: httpsUrl,
  BOT_PUBLIC_HOST: z.hostname({ error: 'must be a host name only, such as bot.example.org (no https://, port or path)' }).optional(),
  RETENTION_DAYS: retentionDays,
});
