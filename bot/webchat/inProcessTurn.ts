import { ActivityTypes, DeliveryModes, type Activity, type CloudAdapter, type TurnContext } from 'botbuilder';
import {
  AuthenticationConstants, ClaimsIdentity, ConnectorClient, ConnectorFactory, MicrosoftAppCredentials, type AuthenticateRequestResult,
} from 'botframework-connector';

/**
 * Hands the connector factory a client for this server itself: with `expectReplies` nothing is ever sent through
 * it, and if some code tried, the call would reach our own server (no route, 404), never a third party.
 */
class OwnServerConnectorFactory extends ConnectorFactory {
  async create(serviceUrl: string): Promise<ConnectorClient> {
    return new ConnectorClient(MicrosoftAppCredentials.Empty, { baseUri: serviceUrl });
  }
}

/**
 * Runs one web chat activity through the same CloudAdapter and bot logic as `/api/messages`, in this process,
 * and returns the bot's replies.
 *
 * @remarks
 * The activity did not come over the Bot Framework channel, so there is no JWT to validate: the caller has checked
 * the web chat token instead. The identity is the bot's own app id (what `connectNamedPipe` builds for the same
 * in-process case), which the SDK's credential factory accepts with or without a Microsoft identity configured; an
 * anonymous identity would be refused as "Invalid appId" once `MicrosoftAppId` is set. `deliveryMode:
 * expectReplies` makes the SDK buffer the replies on the turn instead of POSTing them to `serviceUrl`.
 */
export class InProcessTurn {
  private readonly factory = new OwnServerConnectorFactory();
  private readonly identity: ClaimsIdentity;

  constructor(private readonly adapter: CloudAdapter, botAppId: string) {
    this.identity = new ClaimsIdentity([
      { type: AuthenticationConstants.AudienceClaim, value: botAppId },
      { type: AuthenticationConstants.AppIdClaim, value: botAppId },
    ], true);
  }

  /** Runs the turn; resolves with the replies (traces removed), rejects when the bot logic fails. */
  async run(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<Partial<Activity>[]> {
    const auth: AuthenticateRequestResult = {
      audience: AuthenticationConstants.ToChannelFromBotOAuthScope, callerId: undefined,
      claimsIdentity: this.identity, connectorFactory: this.factory,
    };
    let replies: Partial<Activity>[] = [];
    await this.adapter.processActivityDirect(auth, { ...activity, deliveryMode: DeliveryModes.ExpectReplies } as Activity, async (context) => {
      await logic(context);
      replies = context.bufferedReplyActivities;
    });
    return replies.filter((a) => a.type !== ActivityTypes.Trace && a.type !== ActivityTypes.Typing && a.type !== 'delay');
  }
}
