/** Where a team plan's connection stands, as the background holds it. */
export type TeamState = 'connecting' | 'live' | 'offline' | 'refused';

/** What the panel and the options page show about a linked team plan. */
export interface TeamStatus {
  planId: string;
  state: TeamState;
  /** Why the team server refused the link (`refused` only). */
  reason?: string;
  /** A viewer's link, or a token the server scoped read-only. */
  readOnly: boolean;
  /** The team plan's campaign name, once a copy of it is here. */
  name?: string;
}

export const TEAM_STATE_LABEL: Record<TeamState, string> = { connecting: 'Connecting', live: 'Live', offline: 'Offline', refused: 'Refused' };

/** One line for a team plan's state: "Live", "Offline: showing the last copy", "Refused: the token has expired". */
export function teamStateText(status: TeamStatus, hasCopy: boolean): string {
  switch (status.state) {
    case 'live':
      return 'Live';
    case 'connecting':
      return 'Connecting';
    case 'offline':
      return hasCopy ? 'Offline: showing the last copy' : 'Offline: no copy of this plan here yet';
    case 'refused':
      return `Refused: ${status.reason ?? 'the team server refused this link'}`;
  }
}
