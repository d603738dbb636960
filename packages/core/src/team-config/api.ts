import type { Person } from './schema.js';

// What the team server answers at /plans/ID/notifications: shared by the server and the workspace.

/** The team's notification settings as editors see them: every URL without its secret. */
export interface NotifySettingsView {
  webhooks: Array<{ id: string; url: string }>;
  smtp: string | null;
  from: string | null;
  businessHoursOnly: boolean;
  digestHour: number;
  scheduleSeconds: number;
  people: Person[];
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
