import type { IncomingMessage, ServerResponse } from 'node:http';
import { againstSpec, recordedResponse } from '../../../packages/extension/src/facts/hubspot/spec-check.js';
import type { ServedPage } from './https-server.js';

/** What the stand-in answers next: a status with a recorded body (and headers), or a dropped connection (the network down). */
export type StandInAnswer = { status: number; body: unknown; headers?: Record<string, string> } | 'drop';

/** A request as the stand-in received it. */
export interface ApiRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  cookie: string | undefined;
}

/** HubSpot's recorded answers (packages/extension/src/facts/hubspot/recorded/), each checked against the vendored OpenAPI document where it belongs to it. */
export const RECORDED = {
  campaign: recordedResponse('campaign.json'),
  unauthorized: recordedResponse('error-unauthorized.json'),
  forbidden: recordedResponse('error-forbidden.json'),
  rateLimit: recordedResponse('rate-limit.json'),
} as const;

/** Where each recorded answer breaks HubSpot's published document; empty for every one it covers. */
export const recordedViolations = (): string[] => [
  ...againstSpec('PublicCampaign', RECORDED.campaign),
  ...againstSpec('Error', RECORDED.unauthorized),
  ...againstSpec('Error', RECORDED.forbidden),
];

/**
 * A stand-in for api.hubapi.com on the loopback fixture server (under its real host name): it
 * answers every request with the answer set, and keeps what it was asked.
 */
export class HubSpotApiStandIn {
  answer: StandInAnswer = { status: 200, body: RECORDED.campaign };
  readonly requests: ApiRequest[] = [];

  readonly page: ServedPage = { url: 'https://api.hubapi.com/', html: '', respond: (req, res) => this.respond(req, res) };

  private respond(req: IncomingMessage, res: ServerResponse): void {
    this.requests.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization, cookie: req.headers.cookie });
    const answer = this.answer;
    if (answer === 'drop') {
      req.socket.destroy();
      return;
    }
    res.writeHead(answer.status, { 'content-type': 'application/json;charset=utf-8', ...answer.headers });
    res.end(JSON.stringify(answer.body));
  }
}
