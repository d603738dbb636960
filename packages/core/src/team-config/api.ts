import type { Problem } from '../problems/problem.js';
import type { Person } from './schema.js';

// What the team server answers at /plans/ID/notifications: shared by the server and the workspace.

/** Where the settings in force come from: the server's team.json, an edit made in the workspace, or neither (the defaults). */
export type TeamSettingsSource = 'team.json' | 'workspace' | 'defaults';

/**
 * The team's notification settings as editors see them: every URL without its secret. `secretFrom`
 * names the server's environment variables a URL's secret is read from (`${NAME}` as written).
 */
export interface NotifySettingsView {
  webhooks: Array<{ id: string; url: string; secretFrom: string[] }>;
  smtp: string | null;
  smtpSecretFrom: string[];
  from: string | null;
  businessHoursOnly: boolean;
  digestHour: number;
  scheduleSeconds: number;
  people: Person[];
  /** Whether the team's rules set business hours, which businessHoursOnly waits for. */
  businessHours: boolean;
  source: TeamSettingsSource;
  /** Counts the edits made in the workspace; a PUT naming an older one is refused. */
  revision: number;
  /** When and by whom (the token's holder) the workspace's edit was made. */
  updatedAt?: string;
  updatedBy?: string;
  /** The server could not use what is stored (a `${NAME}` its environment lacks): each problem by path. */
  problems?: Problem[];
}

export type DeliveryChannel = 'email' | 'webhook';
export type DeliveryStatus = 'sent' | 'waiting' | 'retrying' | 'failed';

/** A line of the delivery log: what went (or is going) to whom, when, and why it failed. */
export interface Delivery {
  plan: string;
  rule: string;
  target: string;
  level: number;
  channel: DeliveryChannel;
  /** An email address, or `webhook:<id>`. */
  destination: string;
  /** Who it is for, as people read it. */
  recipient: string;
  subject: string;
  status: DeliveryStatus;
  attempts: number;
  queuedAt: string;
  sentAt?: string;
  nextAttemptAt?: string;
  lastError?: string;
}
