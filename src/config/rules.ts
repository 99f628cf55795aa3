import { ENDPOINT_VARIABLES, FETCHED_ENDPOINTS } from './schema.js';

/** The variables as set (empty ones count as unset). */
export type Env = Partial<Record<string, string>>;

/** Rules that tie variables together, checked on the raw values so every problem is reported at once. */
export function credentialProblems(env: Env): string[] {
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

export function anonymousProblems(env: Env): string[] {
  if (env.NODE_ENV !== 'production' || env.MicrosoftAppId || env.ALLOW_ANONYMOUS === 'true') return [];
  return [
    'MicrosoftAppId: is required when NODE_ENV is production (without it anyone can post to /api/messages); ' +
      'set ALLOW_ANONYMOUS=true to run without Bot Framework authentication on purpose',
  ];
}

export function endpointProblems(env: Env): string[] {
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
