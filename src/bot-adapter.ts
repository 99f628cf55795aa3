import { CloudAdapter, DeliveryModes, type Activity, type TurnContext } from 'botbuilder';
import {
  AuthenticationConstants,
  ClaimsIdentity,
  ConnectorClient,
  ConnectorFactory,
  MicrosoftAppCredentials,
  type AuthenticateRequestResult,
  type BotFrameworkAuthentication,
} from 'botframework-connector';

/** Never called over the network: replies to in-process turns come back in the turn's result. */
class InProcessConnectorFactory extends ConnectorFactory {
  override async create(serviceUrl: string): Promise<ConnectorClient> {
    return new ConnectorClient(MicrosoftAppCredentials.Empty, { baseUri: serviceUrl });
  }
}

/**
 * CloudAdapter plus one entry point for a channel this server hosts itself (the local Direct Line):
 * that channel authenticates its own users, so its turns skip Bot Framework authentication, and the
 * same middleware, error handler and bot run whether or not MicrosoftAppId is configured.
 */
export class BotAdapter extends CloudAdapter {
  private readonly inProcessCaller: AuthenticateRequestResult;

  constructor(auth: BotFrameworkAuthentication, appId?: string) {
    super(auth);
    this.inProcessCaller = {
      audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
      // With credentials configured, the user-token client needs the bot's own app id in the claims.
      claimsIdentity: appId ? this.createClaimsIdentity(appId) : new ClaimsIdentity([]),
      connectorFactory: new InProcessConnectorFactory(),
    };
  }

  /** Runs one expectReplies turn for an already-authenticated activity and returns the bot's replies. */
  async processInProcess(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<Partial<Activity>[]> {
    const response = await this.processActivity(this.inProcessCaller, { ...activity, deliveryMode: DeliveryModes.ExpectReplies } as Activity, logic);
    const body = response?.body as { activities?: Partial<Activity>[] } | undefined;
    return body?.activities ?? [];
  }
}
