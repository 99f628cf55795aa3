import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { CORPUS_DIR, LOCALES_DIR, PROJECT_ROOT } from './paths.js';

const booleanText = z.stringbool({ truthy: ['true'], falsy: ['false'], case: 'sensitive', error: 'must be "true" or "false"' });
const endpointUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/**
 * botbuilder's own settings for the Bot Framework endpoints (sovereign clouds; tests point them at a
 * local stub). botbuilder treats them as one set: once any is given, it uses none of its defaults.
 */
const ENDPOINT_VARIABLES = [
  'ToBotFromChannelOpenIdMetadataUrl',
  'ToBotFromChannelTokenIssuer',
  'ToBotFromEmulatorOpenIdMetadataUrl',
  'ToChannelFromBotLoginUrl',
  'ToChannelFromBotOAuthScope',
  'OAuthUrl',
] as const;
/** Where the bot fetches signing keys or tokens: plain http would let anyone on the path forge tokens. */
const FETCHED_ENDPOINTS = ['ToBotFromChannelOpenIdMetadataUrl', 'ToBotFromEmulatorOpenIdMetadataUrl', 'ToChannelFromBotLoginUrl', 'OAuthUrl'] as const;

/** How long redacted transcripts are kept; the service and the Teams package (whose texts state it) read it alike. */
const retentionDays = z.coerce
  .number({ error: 'must be a whole number of days (1-3650)' })
  .int({ error: 'must be a whole number of days (1-3650)' })
  .min(1, { error: 'must be a whole number of days (1-3650)' })
  .max(3650, { error: 'must be a whole number of days (1-3650)' })
  .default(90);

/** The only reader of the environment. Every variable is listed in the README. */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  ALLOW_ANONYMOUS: booleanText.default(false),
  PORT: z.coerce
    .number({ error: 'must be a port number (1-65535)' })
    .int({ error: 'must be a port number (1-65535)' })
    .min(1, { error: 'must be a port number (1-65535)' })
    .max(65535, { error: 'must be a port number (1-65535)' })
    .default(3978),
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
  SHUTDOWN_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a number of milliseconds (0-120000)' })
    .int()
    .min(0)
    .max(120_000)
    .default(10_000),
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
  DIRECT_LINE_MAX_CONVERSATIONS: z.coerce
    .number({ error: 'must be a whole number (1-1000000)' })
    .int({ error: 'must be a whole number (1-1000000)' })
    .min(1, { error: 'must be a whole number (1-1000000)' })
    .max(1_000_000, { error: 'must be a whole number (1-1000000)' })
    .default(10_000),
  DIRECT_LINE_TOKEN_RATE_LIMIT: z.coerce
    .number({ error: 'must be a whole number of tokens per minute (1-10000)' })
    .int({ error: 'must be a whole number of tokens per minute (1-10000)' })
    .min(1, { error: 'must be a whole number of tokens per minute (1-10000)' })
    .max(10_000, { error: 'must be a whole number of tokens per minute (1-10000)' })
    .default(20),
  TRUST_PROXY: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  QUICK_EXIT_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  REVIEW_SESSION_IDLE_MINUTES: z.coerce
    .number({ error: 'must be a whole number of minutes (5-480)' })
    .int({ error: 'must be a whole number of minutes (5-480)' })
    .min(5, { error: 'must be a whole number of minutes (5-480)' })
    .max(480, { error: 'must be a whole number of minutes (5-480)' })
    .default(30),
  REVIEW_SESSION_MAX_HOURS: z.coerce
    .number({ error: 'must be a whole number of hours (1-24)' })
    .int({ error: 'must be a whole number of hours (1-24)' })
    .min(1, { error: 'must be a whole number of hours (1-24)' })
    .max(24, { error: 'must be a whole number of hours (1-24)' })
    .default(12),
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

type Env = Partial<Record<string, string>>;

/** Rules that tie variables together, checked on the raw values so every problem is reported at once. */
function credentialProblems(env: Env): string[] {
  if (!env.MicrosoftAppId) return [];
  const problems: string[] = [];
  if (env.MicrosoftAppType !== 'UserAssignedMSI' && !env.MicrosoftAppPassword) {
    problems.push('MicrosoftAppPassword: is required when MicrosoftAppId is set');
  }
  if (env.MicrosoftAppType === 'SingleTenant' && !env.MicrosoftAppTenantId) {
    problems.push('MicrosoftAppTenantId: is required when MicrosoftAppType is SingleTenant');
  }
  return problems;
}

function anonymousProblems(env: Env): string[] {
  if (env.NODE_ENV !== 'production' || env.MicrosoftAppId || env.ALLOW_ANONYMOUS === 'true') return [];
  return [
    'MicrosoftAppId: is required when NODE_ENV is production (without it anyone can post to /api/messages); ' +
      'set ALLOW_ANONYMOUS=true to run without Bot Framework authentication on purpose',
  ];
}

function endpointProblems(env: Env): string[] {
  const given = ENDPOINT_VARIABLES.filter((name) => env[name]);
  if (given.length === 0) return [];
  const problems = ENDPOINT_VARIABLES.filter((name) => !env[name]).map(
    (name) => `${name}: is required with ${given.join(', ')} (the Bot Framework endpoints are set all together or not at all)`,
  );
  if (env.NODE_ENV === 'production') {
    for (const name of FETCHED_ENDPOINTS) {
      if (/^http:/i.test(env[name] ?? '')) problems.push(`${name}: must be an https URL when NODE_ENV is production`);
    }
  }
  return problems;
}

/** Bot Framework endpoint overrides, named as botbuilder's ConfigurationBotFrameworkAuthentication options. */
export type BotFrameworkEndpoints = Record<(typeof ENDPOINT_VARIABLES)[number], string> & { ValidateAuthority: boolean };

export interface Config {
  port: number;
  /** Bot Framework credentials; undefined means local anonymous mode (Emulator, local clients). */
  botAuth?: {
    appId: string;
    appPassword: string;
    appType: string;
    tenantId: string;
    /** Undefined means botbuilder's built-in public-cloud endpoints. */
    endpoints?: BotFrameworkEndpoints;
  };
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  modelDir: string;
  corpusDir: string;
  localesDir: string;
  shutdownTimeoutMs: number;
  /** Where the embedded SQLite store keeps its file (unused when databaseUrl is set). */
  dataDir: string;
  /** Key for hashing channel, conversation and user ids in transcripts; unset: generated once and kept in the store. */
  transcriptSalt?: string;
  /** PostgreSQL connection string; when set, the store lives there instead of SQLite. */
  databaseUrl?: string;
  /** Transcripts whose last activity is older than this are purged. */
  retentionDays: number;
  /** Browser origins allowed to call the Direct Line routes (and to frame the web page); same-origin is always allowed. */
  allowedOrigins: string[];
  directLine: {
    /** Set: production mode, /api/directline/token exchanges it with the Direct Line service. Unset: the local Direct Line. */
    secret?: string;
    /** The Direct Line service, without /v3/directline. */
    endpoint: string;
    /** HMAC key for local Direct Line tokens; undefined means a random key per process. */
    localSecret?: string;
    maxConversations: number;
    /** Tokens one client may obtain per minute. */
    tokenRateLimitPerMinute: number;
    /** Behind a reverse proxy: rate-limit by the first X-Forwarded-For address instead of the socket's. */
    trustProxy: boolean;
  };
  /** Where quick exit sends the user; undefined means the neutral default in locales/ (web.json). */
  quickExitUrl?: string;
  /** Staff review app: session timeouts and when its cookie is marked Secure. */
  review: {
    sessionIdleMinutes: number;
    sessionMaxHours: number;
    /** "always": every session cookie is Secure; "auto": when the request came over HTTPS (directly or per X-Forwarded-Proto). */
    cookieSecure: 'auto' | 'always';
  };
}

/** Relative paths are relative to the project root, wherever the process was started from. */
const projectPath = (path: string): string => (isAbsolute(path) ? path : resolve(PROJECT_ROOT, path));

export class ConfigError extends Error {}

/** An empty variable means "not set", as in most deployment tools. */
function setVariables(env: NodeJS.ProcessEnv): Env {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
}

/** Parses the raw variables, or throws one ConfigError that lists every problem. */
function parseOrThrow<S extends z.ZodType>(schema: S, raw: Env, extraProblems: string[]): z.infer<S> {
  const parsed = schema.safeParse(raw);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)),
    ...extraProblems,
  ];
  if (!parsed.success || problems.length > 0) {
    const list = problems.map((p) => `  - ${p}`).join('\n');
    throw new ConfigError(`Invalid configuration (see README, "Environment variables"):\n${list}`);
  }
  return parsed.data;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw = setVariables(env);
  const e = parseOrThrow(envSchema, raw, [...credentialProblems(raw), ...anonymousProblems(raw), ...endpointProblems(raw)]);
  return {
    port: e.PORT,
    botAuth: e.MicrosoftAppId
      ? {
          appId: e.MicrosoftAppId,
          appPassword: e.MicrosoftAppPassword ?? '',
          appType: e.MicrosoftAppType,
          tenantId: e.MicrosoftAppTenantId ?? '',
          endpoints: endpointsOf(e),
        }
      : undefined,
    logLevel: e.LOG_LEVEL,
    modelDir: projectPath(e.MODEL_DIR),
    corpusDir: CORPUS_DIR,
    localesDir: LOCALES_DIR,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    dataDir: projectPath(e.DATA_DIR),
    ...(e.TRANSCRIPT_SALT ? { transcriptSalt: e.TRANSCRIPT_SALT } : {}),
    databaseUrl: e.DATABASE_URL,
    retentionDays: e.RETENTION_DAYS,
    review: {
      sessionIdleMinutes: e.REVIEW_SESSION_IDLE_MINUTES,
      sessionMaxHours: e.REVIEW_SESSION_MAX_HOURS,
      cookieSecure: e.REVIEW_COOKIE_SECURE,
    },
    allowedOrigins: e.ALLOWED_ORIGINS,
    directLine: {
      secret: e.DIRECT_LINE_SECRET || undefined,
      endpoint: e.DIRECT_LINE_ENDPOINT,
      localSecret: e.DIRECT_LINE_LOCAL_SECRET,
      maxConversations: e.DIRECT_LINE_MAX_CONVERSATIONS,
      tokenRateLimitPerMinute: e.DIRECT_LINE_TOKEN_RATE_LIMIT,
      trustProxy: e.TRUST_PROXY === 'true',
    },
    quickExitUrl: e.QUICK_EXIT_URL,
  };
}

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// URL' }).optional();

/**
 * Variables of `npm run teams:package` only: the running service never needs them, and packaging
 * must not need the bot's secret, so they are checked apart from the service's configuration.
 */
const teamsEnvSchema = z.object({
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

/** What the Teams app package is built from. Unset optional values fall back to content (see src/teams/manifest.ts). */
export interface TeamsConfig {
  botAppId: string;
  teamsAppId: string;
  developerName?: string;
  websiteUrl?: string;
  privacyUrl?: string;
  termsUrl?: string;
  publicHost?: string;
  retentionDays: number;
}

export function loadTeamsConfig(env: NodeJS.ProcessEnv = process.env): TeamsConfig {
  const e = parseOrThrow(teamsEnvSchema, setVariables(env), []);
  return {
    botAppId: e.MicrosoftAppId,
    teamsAppId: e.TEAMS_APP_ID,
    developerName: e.TEAMS_DEVELOPER_NAME,
    websiteUrl: e.TEAMS_WEBSITE_URL,
    privacyUrl: e.TEAMS_PRIVACY_URL,
    termsUrl: e.TEAMS_TERMS_URL,
    publicHost: e.BOT_PUBLIC_HOST,
    retentionDays: e.RETENTION_DAYS,
  };
}

function endpointsOf(e: z.infer<typeof envSchema>): BotFrameworkEndpoints | undefined {
  // endpointProblems() has made sure the set is complete when any of it is given.
  if (!e.ToBotFromChannelOpenIdMetadataUrl) return undefined;
  return {
    ToBotFromChannelOpenIdMetadataUrl: e.ToBotFromChannelOpenIdMetadataUrl,
    ToBotFromChannelTokenIssuer: e.ToBotFromChannelTokenIssuer ?? '',
    ToBotFromEmulatorOpenIdMetadataUrl: e.ToBotFromEmulatorOpenIdMetadataUrl ?? '',
    ToChannelFromBotLoginUrl: e.ToChannelFromBotLoginUrl ?? '',
    ToChannelFromBotOAuthScope: e.ToChannelFromBotOAuthScope ?? '',
    OAuthUrl: e.OAuthUrl ?? '',
    ValidateAuthority: e.ValidateAuthority,
  };
}

/** Every variable the service and its tools read (the README tables list each one). */
export const ENV_VARIABLES: readonly string[] = [...new Set([...Object.keys(envSchema.shape), ...Object.keys(teamsEnvSchema.shape)])];
