import * as z from 'zod/mini';
import { Name } from '../plan/primitives.js';

/** `${NAME}` in a URL: a secret read from the server's environment when it starts. */
export const ENV_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** The environment variables a URL as written takes its secrets from: `SLACK_HOOK` for `…/${SLACK_HOOK}`. */
export const secretReferences = (text: string): string[] => [...text.matchAll(ENV_REFERENCE)].map((m) => m[1]!);

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** scheme, host of a URL as written (`${NAME}` placeholders allowed in the user part and path); undefined when it is not one. */
const URL_PARTS = /^([a-z]+):\/\/(?:[^@/\s]+@)?(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?(?:[/?#]\S*)?$/i;

function urlOf(text: string): { protocol: string; hostname: string } | undefined {
  const match = URL_PARTS.exec(text);
  if (!match || (match[3] !== undefined && Number(match[3]) > 65535)) return undefined;
  return { protocol: `${match[1]!.toLowerCase()}:`, hostname: match[2]!.toLowerCase() };
}

/** https anywhere; plain http only to this machine, where a test or a local relay listens. */
export function isWebhookUrl(text: string): boolean {
  const url = urlOf(text);
  return !!url && (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)));
}

export function isSmtpUrl(text: string): boolean {
  const url = urlOf(text);
  return !!url && (url.protocol === 'smtp:' || url.protocol === 'smtps:');
}

const ADDRESS = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/;
export const isEmailAddress = (text: string) => ADDRESS.test(text);
/** `ops@example.com` or `Preflight <ops@example.com>`. */
const isSender = (text: string) => isEmailAddress(text) || /^[^<>"]{1,80} <([^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)>$/.test(text);

const WebhookUrl = z.string().check(
  z.maxLength(2048),
  z.refine(isWebhookUrl, 'must be an https:// URL (http:// only to this machine: 127.0.0.1, localhost or [::1])'),
);

const SmtpUrl = z.string().check(
  z.maxLength(2048),
  z.refine(isSmtpUrl, 'must be an smtp:// or smtps:// URL such as smtps://user:${SMTP_PASSWORD}@smtp.example.com:465'),
);

export const PersonSchema = z.strictObject({
  /** The role this person holds, as plans name it (`Marketing director`): findings and escalations to the role reach them. */
  role: Name,
  name: Name,
  email: z.optional(z.string().check(z.maxLength(254), z.refine(isEmailAddress, 'must be an email address such as dana@example.com'))),
  /** A Slack member id (`U012AB3CD`), mentioned in webhook messages. */
  slack: z.optional(z.string().check(z.regex(/^[UW][A-Z0-9]{2,20}$/, 'must be a Slack member id such as U012AB3CD'))),
});

export const NotifySchema = z.strictObject({
  /** Incoming webhooks in the Slack or Microsoft Teams format. */
  webhooks: z.optional(z.array(WebhookUrl).check(z.maxLength(10))),
  smtp: z.optional(SmtpUrl),
  /** The sender of the team's email. */
  from: z.optional(z.string().check(z.refine(isSender, 'must be an address such as ops@example.com or Preflight <ops@example.com>'))),
  /** Hold notifications outside the rules' business hours (rules.approvals.businessHours) until the next working hour. */
  businessHoursOnly: z.optional(z.boolean()),
  /** The hour of the team's day (0–23, its time zone) from which each person's digest is sent. */
  digestHour: z.optional(z.number().check(z.int(), z.gte(0), z.lte(23))),
});

/** The team settings file as written: every section optional. `rules` is read by parseConfig. */
export const TeamConfigInputSchema = z.strictObject({
  rules: z.optional(z.unknown()),
  notify: z.optional(NotifySchema),
  people: z.optional(z.array(PersonSchema).check(z.maxLength(500))),
  /** Seconds between two passes of the notification scheduler. */
  scheduleSeconds: z.optional(z.number().check(z.int(), z.gte(10), z.lte(86_400))),
});

export type Person = z.infer<typeof PersonSchema>;
