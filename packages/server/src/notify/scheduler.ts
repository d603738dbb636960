import { DEFAULT_SCHEDULE_SECONDS, type Person, type TeamConfig } from '@preflight/core/team-config';
import { deliverableFrom, digestDate, digestFor, planNotices, recipientsFor, verdictNotice, type Notice } from '@preflight/core/notify';
import { evaluate, type Plan, type Readiness, type ReadinessState } from '@preflight/core';
import { EmailChannel } from './channels/email.js';
import { postWebhook } from './channels/webhook.js';
import { digestMessage, noticeMessage } from './messages.js';
import type { Claimed, Outbox, OutboxEntry } from './outbox.js';
import { redactSecrets, redactUrl, webhookId } from './redact.js';

export interface SchedulerOptions {
  outbox: Outbox;
  /** Every team plan as it is now. */
  plans: () => Promise<Plan[]>;
  /**
   * The team's settings in force, read at the start of every pass (an edit made in the workspace
   * applies from the next one); undefined when this instance cannot use them: it sends nothing.
   */
  settings: () => Promise<TeamConfig | undefined>;
  /** This instance's name in the outbox's claims and the scheduler lease. */
  instance: string;
  /** The clock every pass reads; tests drive it. */
  now?: () => Date;
  log: (line: string) => void;
  /** How long a webhook or SMTP server may take to answer before the attempt fails (ms). */
  deliveryTimeoutMs?: number;
}

export interface PassReport {
  /** False when another instance holds the scheduler lease, or the team has no channel: this one did nothing. */
  leader: boolean;
  plans: number;
  /** Notifications queued for the first time. */
  queued: number;
  sent: number;
  failed: number;
}

/** Attempts before a delivery is given up on; the waits double from a minute up to six hours. */
const MAX_ATTEMPTS = 8;
const retryDelayMs = (attempts: number) => Math.min(60_000 * 2 ** (attempts - 1), 6 * 3_600_000);
const CLAIM_BATCH = 100;
const PARALLEL_DELIVERIES = 8;

class GiveUp extends Error {}

/**
 * Evaluates every team plan with the team's rules every `scheduleSeconds` and sends what people
 * should hear about through the outbox: each notification is queued once under its key, delivered
 * by webhook and email, retried with back-off, and logged. Passes never overlap; with several
 * instances only the one holding the lease runs them.
 */
export class NotifyScheduler {
  private readonly now: () => Date;
  private readonly timeoutMs: number;
  /** The settings the channels below were made from. */
  private config: TeamConfig | undefined;
  private webhooks = new Map<string, string>();
  private email: EmailChannel | undefined;
  /** Everything that must never reach a log line. */
  private secrets: string[] = [];
  /** The last refusal logged, so a setting this instance cannot use is said once, not every pass. */
  private unusable = '';
  private pass: Promise<PassReport> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly options: SchedulerOptions) {
    this.now = options.now ?? (() => new Date());
    this.timeoutMs = options.deliveryTimeoutMs ?? 10_000;
  }

  /** Takes the settings in force; the channels are made again only when they changed. */
  private async refresh(): Promise<TeamConfig | undefined> {
    const config = await this.options.settings();
    if (config === this.config) return config;
    this.email?.close();
    this.config = config;
    const notify = config?.notify;
    this.webhooks = new Map((notify?.webhooks ?? []).map((url) => [webhookId(url), url]));
    this.email = notify?.smtp && notify.from ? new EmailChannel(notify.smtp, notify.from, this.timeoutMs) : undefined;
    this.secrets = [...(notify?.webhooks ?? []), ...(notify?.smtp ? [notify.smtp] : [])];
    return config;
  }

  /** Runs a pass now, then one every `scheduleSeconds` after the last one ended. */
  start(): void {
    const loop = async () => {
      try {
        await this.runOnce();
      } catch (error) {
        this.options.log(`notify: the pass failed: ${this.redact(error)}`);
      }
      if (!this.stopped) this.timer = setTimeout(() => void loop(), (this.config?.scheduleSeconds ?? DEFAULT_SCHEDULE_SECONDS) * 1000).unref();
    };
    void loop();
  }

  /** One pass: a second call while one runs gets the running one. */
  runOnce(): Promise<PassReport> {
    this.pass ??= this.runPass().finally(() => (this.pass = undefined));
    return this.pass;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.pass?.catch(() => undefined);
    await this.options.outbox.resign(this.options.instance).catch(() => undefined);
    this.email?.close();
  }

  private async runPass(): Promise<PassReport> {
    const { outbox, instance } = this.options;
    const now = this.now();
    const report: PassReport = { leader: false, plans: 0, queued: 0, sent: 0, failed: 0 };
    let config: TeamConfig | undefined;
    try {
      config = await this.refresh();
      this.unusable = '';
    } catch (error) {
      const reason = `notify: the team's settings cannot be read (${this.redact(error)}); nothing is sent until they can`;
      if (reason !== this.unusable) this.options.log((this.unusable = reason));
      return report;
    }
    if (!config || (!this.webhooks.size && !this.email)) return report;
    // The lease outlives a pass that waits on slow servers, and lapses soon after its holder stops.
    const leaseMs = Math.max(2 * config.scheduleSeconds * 1000, 4 * this.timeoutMs);
    if (!(await outbox.lead(instance, now, leaseMs))) return report;
    report.leader = true;
    const plans = await this.options.plans();
    report.plans = plans.length;
    report.queued = await outbox.enqueue(await this.notificationsAt(config, plans, now), now);
    await this.deliver(config, now, report);
    return report;
  }

  /** What every plan has to say at `now`, routed to its destinations. */
  private async notificationsAt(config: TeamConfig, plans: Plan[], now: Date): Promise<OutboxEntry[]> {
    const { outbox } = this.options;
    const { rules, notify } = config;
    const nowIso = now.toISOString();
    const notBefore = this.deliverable(config, now.getTime());
    const verdicts = await outbox.verdicts();
    const firstVerdicts: Array<{ plan: string; verdict: string }> = [];
    const judged: Array<{ plan: Plan; readiness: Readiness; notices: Notice[] }> = [];
    const entries: OutboxEntry[] = [];
    for (const plan of plans) {
      const readiness = evaluate(plan, { now: nowIso, config: rules });
      const notices = planNotices(plan, nowIso, rules);
      const previous = verdicts.get(plan.id);
      if (!previous) firstVerdicts.push({ plan: plan.id, verdict: readiness.state });
      else if (previous.verdict !== readiness.state) {
        // Only the pass that moves the verdict on tells anyone about it.
        const change = await outbox.changeVerdict(plan.id, previous, readiness.state);
        const notice = change === undefined ? undefined : verdictNotice(plan, previous.verdict as ReadinessState, readiness, change, nowIso);
        if (notice) notices.push(notice);
      }
      for (const notice of notices) entries.push(...this.route(config, notice, plan, notBefore));
      judged.push({ plan, readiness, notices });
    }
    await outbox.firstVerdicts(firstVerdicts);

    const date = digestDate(now.getTime(), notify.digestHour, rules, notify.businessHoursOnly);
    if (date && this.email) {
      for (const person of config.people) {
        if (!person.email) continue;
        const sections = digestFor(person.role, judged);
        if (!sections.length) continue;
        entries.push({ plan: '*', rule: 'digest', target: `person:${person.name}@${date}`, level: 0, channel: 'email', destination: person.email, recipient: person.name, message: digestMessage(person, date, sections), notBefore });
      }
    }
    return entries;
  }

  /**
   * A notice to the people who hold its role (by email) and to every webhook (mentioning them): the
   * team config's people, else the person the plan names for the role.
   */
  private route(config: TeamConfig, notice: Notice, plan: Plan, notBefore: Date): OutboxEntry[] {
    const people: Person[] = recipientsFor(notice.to, config.people, plan);
    const message = noticeMessage(notice, plan.campaign.name, people);
    const base = { plan: notice.plan, rule: notice.rule, target: notice.target, level: notice.level, message, notBefore };
    const entries: OutboxEntry[] = [];
    if (this.email) {
      for (const person of people) if (person.email) entries.push({ ...base, channel: 'email', destination: person.email, recipient: person.name });
    }
    const forWhom = people.length ? people.map((p) => p.name).join(', ') : notice.to;
    for (const id of this.webhooks.keys()) entries.push({ ...base, channel: 'webhook', destination: id, recipient: forWhom });
    return entries;
  }

  /** Sends everything due, a batch claimed at a time, a few deliveries at once. */
  private async deliver(config: TeamConfig, now: Date, report: PassReport): Promise<void> {
    const { outbox, instance } = this.options;
    // A claim outlasts the slowest attempt, so no other instance takes a row still being sent.
    const until = new Date(now.getTime() + 4 * this.timeoutMs + 60_000);
    for (;;) {
      const batch = await outbox.claim(instance, now, until, CLAIM_BATCH);
      const queue = [...batch];
      const worker = async () => {
        for (let entry = queue.shift(); entry; entry = queue.shift()) {
          if (await this.deliverOne(config, entry, now)) report.sent++;
          else report.failed++;
        }
      };
      await Promise.all(Array.from({ length: PARALLEL_DELIVERIES }, worker));
      if (batch.length < CLAIM_BATCH) return;
    }
  }

  private async deliverOne(config: TeamConfig, entry: Claimed, now: Date): Promise<boolean> {
    const { outbox, instance, log } = this.options;
    const where = entry.channel === 'webhook' ? redactUrl(this.webhooks.get(entry.destination) ?? entry.destination) : entry.destination;
    try {
      if (entry.channel === 'webhook') {
        const url = this.webhooks.get(entry.destination);
        if (!url) throw new GiveUp('this webhook is no longer in the team config');
        await postWebhook(url, entry.message, this.timeoutMs);
      } else {
        if (!this.email) throw new GiveUp('notify.smtp is no longer set');
        await this.email.send(entry.destination, entry.message);
      }
      await outbox.sent(entry.key, instance, this.now());
      log(`notify: sent "${entry.message.subject}" (${entry.rule}, ${entry.target}) to ${entry.recipient} by ${entry.channel} (${where})`);
      return true;
    } catch (error) {
      const reason = this.redact(error);
      const retryAt = error instanceof GiveUp || entry.attempts >= MAX_ATTEMPTS ? undefined : this.deliverable(config, now.getTime() + retryDelayMs(entry.attempts));
      await outbox.failed(entry.key, instance, reason, retryAt, now);
      log(`notify: ${entry.channel} to ${where} failed (attempt ${entry.attempts}): ${reason}; ${retryAt ? `trying again from ${retryAt.toISOString()}` : 'given up'}`);
      return false;
    }
  }

  /** The instant a notification may go out: at once, or in the next working hour when the config asks. */
  private deliverable(config: TeamConfig, ms: number): Date {
    const { rules, notify } = config;
    return new Date(notify.businessHoursOnly ? deliverableFrom(ms, rules.approvals.businessHours, rules.timeZone) : ms);
  }

  private redact(error: unknown): string {
    const err = error as Error & { cause?: { message?: string } };
    const text = err instanceof Error ? `${err.message}${err.cause?.message ? ` (${err.cause.message})` : ''}` : String(error);
    return redactSecrets(text, this.secrets);
  }
}
