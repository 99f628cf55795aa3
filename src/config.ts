import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { CORPUS_DIR, LOCALES_DIR, PROJECT_ROOT } from './paths.js';

/** The only reader of the environment. Every variable is listed in the README. */
const envSchema = z.object({
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
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MODEL_DIR: z.string().default('models'),
  SHUTDOWN_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a number of milliseconds (0-120000)' })
    .int()
    .min(0)
    .max(120_000)
    .default(10_000),
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

export interface Config {
  port: number;
  /** Bot Framework credentials; undefined means local anonymous mode (Emulator, local clients). */
  botAuth?: { appId: string; appPassword: string; appType: string; tenantId: string };
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  modelDir: string;
  corpusDir: string;
  localesDir: string;
  shutdownTimeoutMs: number;
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
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as in most deployment tools.
  const raw: Env = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(raw);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)),
    ...credentialProblems(raw),
  ];
  if (!parsed.success || problems.length > 0) {
    const list = problems.map((p) => `  - ${p}`).join('\n');
    throw new ConfigError(`Invalid configuration (see README, "Environment variables"):\n${list}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    botAuth: e.MicrosoftAppId
      ? {
          appId: e.MicrosoftAppId,
          appPassword: e.MicrosoftAppPassword ?? '',
          appType: e.MicrosoftAppType,
          tenantId: e.MicrosoftAppTenantId ?? '',
        }
      : undefined,
    logLevel: e.LOG_LEVEL,
    modelDir: isAbsolute(e.MODEL_DIR) ? e.MODEL_DIR : resolve(PROJECT_ROOT, e.MODEL_DIR),
    corpusDir: CORPUS_DIR,
    localesDir: LOCALES_DIR,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
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
