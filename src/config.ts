import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { CORPUS_DIR, LOCALES_DIR, PROJECT_ROOT } from './paths.js';
import { anonymousProblems, credentialProblems, endpointProblems, type Env } from './config/rules.js';
import { ENDPOINT_VARIABLES, envSchema, teamsEnvSchema } from './config/schema.js';

// The only reader of the environment: validates every variable and reports every problem at once.

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
