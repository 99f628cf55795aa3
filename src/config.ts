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
});

/** Every variable the service reads (the README table lists each one). */
export const ENV_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

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
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as in most deployment tools.
  const raw: Env = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(raw);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)),
    ...credentialProblems(raw),
    ...anonymousProblems(raw),
    ...endpointProblems(raw),
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
          endpoints: endpointsOf(e),
        }
      : undefined,
    logLevel: e.LOG_LEVEL,
    modelDir: isAbsolute(e.MODEL_DIR) ? e.MODEL_DIR : resolve(PROJECT_ROOT, e.MODEL_DIR),
    corpusDir: CORPUS_DIR,
    localesDir: LOCALES_DIR,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
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
