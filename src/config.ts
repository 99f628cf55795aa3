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
  DATA_DIR: z.string().default('data'),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, { error: 'must be a PostgreSQL URL (postgres://user:password@host:5432/database)' })
    .optional(),
  RETENTION_DAYS: z.coerce
    .number({ error: 'must be a whole number of days (1-3650)' })
    .int({ error: 'must be a whole number of days (1-3650)' })
    .min(1, { error: 'must be a whole number of days (1-3650)' })
    .max(3650, { error: 'must be a whole number of days (1-3650)' })
    .default(90),
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
  /** Where the embedded SQLite store keeps its file (unused when databaseUrl is set). */
  dataDir: string;
  /** PostgreSQL connection string; when set, the store lives there instead of SQLite. */
  databaseUrl?: string;
  /** Transcripts whose last activity is older than this are purged. */
  retentionDays: number;
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
    modelDir: projectPath(e.MODEL_DIR),
    corpusDir: CORPUS_DIR,
    localesDir: LOCALES_DIR,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    dataDir: projectPath(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    retentionDays: e.RETENTION_DAYS,
    review: {
      sessionIdleMinutes: e.REVIEW_SESSION_IDLE_MINUTES,
      sessionMaxHours: e.REVIEW_SESSION_MAX_HOURS,
      cookieSecure: e.REVIEW_COOKIE_SECURE,
    },
  };
}
