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
    .transform((value) => value.split(',').map((o) => o.trim()).filter((o) => o !== ''))
    .pipe(z.array(z.string().refine(isOrigin, { error: 'must be comma-separated origins such as https://www.example.com (scheme, host and port only)' })))
    .default([]),
  QUICK_EXIT_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
});

/** An origin is exactly scheme://host[:port], as browsers send it in the Origin header. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return ['http:', 'https:'].includes(url.protocol) && url.origin === value;
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
  /** Origins that may embed the chat page (frame-ancestors) and read it cross-origin (CORS). */
  allowedOrigins: string[];
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
    quickExitUrl: e.QUICK_EXIT_URL,
  };
}
