import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { CORPUS_DIR, LOCALES_DIR, PROJECT_ROOT } from './paths.js';

/** The only reader of the environment. Every variable is listed in the README. */
const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(3978),
    MicrosoftAppId: z.string().trim().optional(),
    MicrosoftAppPassword: z.string().optional(),
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    MicrosoftAppTenantId: z.string().trim().optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    MODEL_DIR: z.string().default('models'),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  })
  .superRefine((env, ctx) => {
    if (!env.MicrosoftAppId) return;
    if (env.MicrosoftAppType !== 'UserAssignedMSI' && !env.MicrosoftAppPassword) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
    }
    if (env.MicrosoftAppType === 'SingleTenant' && !env.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required when MicrosoftAppType is SingleTenant' });
    }
  });

export interface Config {
  port: number;
  /** Bot Framework credentials; undefined means local anonymous mode (Emulator, local clients). */
  botAuth?: { appId: string; appPassword: string; appType: string; tenantId: string };
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  modelDir: string;
  corpusDir: string;
  localesDir: string;
  shutdownTimeoutMs: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const empty = (v: string | undefined): string | undefined => (v === '' ? undefined : v);
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).map(([k, v]) => [k, empty(v)])));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${i.path.join('.') || 'environment'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration (see README, "Environment variables"):\n${problems.join('\n')}`);
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
  };
}
