import type { Delivery, DeliveryChannel } from '@preflight/core/team-config';
import type { Database } from '../storage/database.js';

const SCHEMA = `
create table if not exists preflight_outbox (
  key text primary key,
  plan text not null,
  rule text not null,
  target text not null,
  level integer not null,
  channel text not null,
  destination text not null,
  recipient text not null,
  message jsonb not null,
  created_at timestamptz not null,
  next_attempt_at timestamptz not null,
  attempts integer not null default 0,
  claimed_by text,
  claimed_until timestamptz,
  sent_at timestamptz,
  gave_up_at timestamptz,
  last_error text
);
create index if not exists preflight_outbox_waiting on preflight_outbox (next_attempt_at) where sent_at is null and gave_up_at is null;
create index if not exists preflight_outbox_plan on preflight_outbox (plan, created_at desc);
create table if not exists preflight_notify_verdicts (
  plan text primary key,
  verdict text not null,
  changes integer not null default 0
);
create table if not exists preflight_notify_lease (
  name text primary key,
  holder text not null,
  until timestamptz not null
);
`;

export type Channel = DeliveryChannel;

/** What is sent, rendered once when queued so every retry sends the same words. */
export interface Message {
  subject: string;
  text: string;
  html: string;
  /** Slack member ids to mention in a webhook post. */
  mentions: string[];
}

/** One notification to one destination. Its key is (plan, rule, target, ladder level, destination). */
export interface OutboxEntry {
  plan: string;
  rule: string;
  target: string;
  level: number;
  channel: Channel;
  /** An email address, or `webhook:<id>` (the id is a hash: webhook URLs hold secrets and stay out of the database). */
  destination: string;
  /** Who it is for, as people read it. */
  recipient: string;
  message: Message;
  /** Not sent before this instant (business hours). */
  notBefore: Date;
}

export interface Claimed extends OutboxEntry {
  key: string;
  attempts: number;
}

export const outboxKey = (e: Pick<OutboxEntry, 'plan' | 'rule' | 'target' | 'level' | 'destination'>) => [e.plan, e.rule, e.target, e.level, e.destination].join('|');

type Row = {
  key: string;
  plan: string;
  rule: string;
  target: string;
  level: number;
  channel: Channel;
  destination: string;
  recipient: string;
  message: Message | string;
  created_at: Date | string;
  next_attempt_at: Date | string;
  attempts: number;
  sent_at: Date | string | null;
  gave_up_at: Date | string | null;
  last_error: string | null;
};

const iso = (value: Date | string) => new Date(value).toISOString();
const messageOf = (row: Row): Message => (typeof row.message === 'string' ? (JSON.parse(row.message) as Message) : row.message);

/**
 * The notification outbox, in the server's database (PGlite or Postgres, the same SQL). A
 * notification is queued at most once (the key is the primary key: a second insert does nothing),
 * each waiting row is claimed by one instance at a time (`for update skip locked` and a lease), and
 * only the instance holding the scheduler lease runs passes at all.
 */
export class Outbox {
  private constructor(private readonly db: Database) {}

  static async open(db: Database): Promise<Outbox> {
    await db.exec(SCHEMA);
    return new Outbox(db);
  }

  /** Takes or renews the scheduler lease; false while another instance holds an unexpired one. */
  async lead(holder: string, now: Date, leaseMs: number): Promise<boolean> {
    const { rows } = await this.db.query<{ holder: string }>(
      `insert into preflight_notify_lease (name, holder, until) values ('scheduler', $1, $2)
       on conflict (name) do update set holder = excluded.holder, until = excluded.until
       where preflight_notify_lease.holder = excluded.holder or preflight_notify_lease.until <= $3
       returning holder`,
      [holder, new Date(now.getTime() + leaseMs), now],
    );
    return rows.length === 1;
  }

  async resign(holder: string): Promise<void> {
    await this.db.query(`delete from preflight_notify_lease where name = 'scheduler' and holder = $1`, [holder]);
  }

  /** Queues entries whose key is new; the rest were queued before. Returns how many were new. */
  async enqueue(entries: OutboxEntry[], now: Date): Promise<number> {
    if (!entries.length) return 0;
    const records = entries.map((e) => ({ ...e, key: outboxKey(e), created_at: now.toISOString(), next_attempt_at: e.notBefore.toISOString() }));
    const { rows } = await this.db.query<{ key: string }>(
      `insert into preflight_outbox (key, plan, rule, target, level, channel, destination, recipient, message, created_at, next_attempt_at)
       select key, plan, rule, target, level, channel, destination, recipient, message, created_at, next_attempt_at
       from jsonb_to_recordset($1::jsonb) as r(key text, plan text, rule text, target text, level integer, channel text, destination text,
         recipient text, message jsonb, created_at timestamptz, next_attempt_at timestamptz)
       on conflict (key) do nothing
       returning key`,
      [JSON.stringify(records)],
    );
    return rows.length;
  }

  /** Claims up to `limit` entries due at `now` for `holder` until `until`; no other instance gets them meanwhile. */
  async claim(holder: string, now: Date, until: Date, limit: number): Promise<Claimed[]> {
    const { rows } = await this.db.query<Row>(
      `update preflight_outbox set claimed_by = $1, claimed_until = $2, attempts = attempts + 1
       where key in (
         select key from preflight_outbox
         where sent_at is null and gave_up_at is null and next_attempt_at <= $3 and (claimed_until is null or claimed_until <= $3)
         order by next_attempt_at, key limit $4 for update skip locked)
       returning *`,
      [holder, until, now, limit],
    );
    return rows.map((r) => ({
      key: r.key,
      plan: r.plan,
      rule: r.rule,
      target: r.target,
      level: r.level,
      channel: r.channel,
      destination: r.destination,
      recipient: r.recipient,
      message: messageOf(r),
      notBefore: new Date(r.next_attempt_at),
      attempts: r.attempts,
    }));
  }

  async sent(key: string, holder: string, at: Date): Promise<void> {
    await this.db.query(
      'update preflight_outbox set sent_at = $3, claimed_by = null, claimed_until = null, last_error = null where key = $1 and claimed_by = $2',
      [key, holder, at],
    );
  }

  /** A failed attempt: tried again from `retryAt`, or given up on when `retryAt` is undefined. */
  async failed(key: string, holder: string, error: string, retryAt: Date | undefined, now: Date): Promise<void> {
    await this.db.query(
      `update preflight_outbox set claimed_by = null, claimed_until = null, last_error = $3,
         next_attempt_at = coalesce($4, next_attempt_at), gave_up_at = case when $4::timestamptz is null then $5::timestamptz end
       where key = $1 and claimed_by = $2`,
      [key, holder, error.slice(0, 500), retryAt ?? null, now],
    );
  }

  /** The delivery log, newest first: one plan's, or every plan's and the digests with `plan` undefined. */
  async log(plan: string | undefined, limit: number): Promise<Delivery[]> {
    const { rows } = await this.db.query<Row>(
      `select * from preflight_outbox where $1::text is null or plan = $1 order by created_at desc, key limit $2`,
      [plan ?? null, limit],
    );
    return rows.map((r) => ({
      plan: r.plan,
      rule: r.rule,
      target: r.target,
      level: r.level,
      channel: r.channel,
      destination: r.destination,
      recipient: r.recipient,
      subject: messageOf(r).subject,
      status: r.sent_at ? 'sent' : r.gave_up_at ? 'failed' : r.attempts > 0 ? 'retrying' : 'waiting',
      attempts: r.attempts,
      queuedAt: iso(r.created_at),
      ...(r.sent_at ? { sentAt: iso(r.sent_at) } : {}),
      ...(!r.sent_at && !r.gave_up_at ? { nextAttemptAt: iso(r.next_attempt_at) } : {}),
      ...(r.last_error ? { lastError: r.last_error } : {}),
    }));
  }

  /** Each plan's last verdict and how many times it changed. */
  async verdicts(): Promise<Map<string, { verdict: string; changes: number }>> {
    const { rows } = await this.db.query<{ plan: string; verdict: string; changes: number }>('select plan, verdict, changes from preflight_notify_verdicts');
    return new Map(rows.map((r) => [r.plan, { verdict: r.verdict, changes: Number(r.changes) }]));
  }

  /** Records first verdicts; a plan already recorded (by another pass) is left as it is. */
  async firstVerdicts(verdicts: Array<{ plan: string; verdict: string }>): Promise<void> {
    if (!verdicts.length) return;
    await this.db.query(
      `insert into preflight_notify_verdicts (plan, verdict)
       select plan, verdict from jsonb_to_recordset($1::jsonb) as r(plan text, verdict text)
       on conflict (plan) do nothing`,
      [JSON.stringify(verdicts)],
    );
  }

  /** Moves a verdict on if it is still `from` after `changes` changes; the new count, or undefined when someone else moved it. */
  async changeVerdict(plan: string, from: { verdict: string; changes: number }, to: string): Promise<number | undefined> {
    const { rows } = await this.db.query<{ changes: number }>(
      'update preflight_notify_verdicts set verdict = $4, changes = changes + 1 where plan = $1 and verdict = $2 and changes = $3 returning changes',
      [plan, from.verdict, from.changes, to],
    );
    return rows[0] ? Number(rows[0].changes) : undefined;
  }
}
