import { ConfigurationBotFrameworkAuthentication, StatusCodes, type Activity, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { AuthenticationError, type AuthenticateRequestResult, type ClaimsIdentity } from 'botframework-connector';
import type { Config } from './config.js';

/** What jsonwebtoken throws for a token it refuses (bad signature or algorithm, malformed, expired, not yet valid). */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

function asUnauthorized(err: unknown): unknown {
  if (err instanceof Error && TOKEN_ERRORS.has(err.name)) {
    return new AuthenticationError(`Unauthorized. ${err.message}`, StatusCodes.UNAUTHORIZED);
  }
  return err;
}

/**
 * botbuilder's validation, except that every refused token is a 401. botbuilder lets jsonwebtoken's
 * errors escape unwrapped (a token with a known key id but a forged signature, say), and CloudAdapter
 * answers anything that is not an AuthenticationError with 500.
 */
class BotAuthentication extends ConfigurationBotFrameworkAuthentication {
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (err) {
      throw asUnauthorized(err);
    }
  }

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await super.authenticateStreamingRequest(authHeader, channelIdHeader);
    } catch (err) {
      throw asUnauthorized(err);
    }
  }

  override async authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    try {
      return await super.authenticateChannelRequest(authHeader);
    } catch (err) {
      throw asUnauthorized(err);
    }
  }
}

/** Bot Framework authentication from configuration; no app id means local anonymous mode. */
export function createBotAuthentication(auth: Config['botAuth']): ConfigurationBotFrameworkAuthentication {
  const options: ConfigurationBotFrameworkAuthenticationOptions = auth
    ? {
        MicrosoftAppId: auth.appId,
        MicrosoftAppPassword: auth.appPassword,
        MicrosoftAppType: auth.appType,
        MicrosoftAppTenantId: auth.tenantId,
        ...auth.endpoints,
      }
    : {};
  return new BotAuthentication(options);
}
