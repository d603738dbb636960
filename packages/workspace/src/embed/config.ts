/**
 * The embed page's whole configuration lives in the URL hash, so an embed needs no login and no
 * server: `embed.html#widget=checklist&plan=<id>`, or a team plan live from a team server with the
 * share token in the hash (`#widget=raci&sync=wss://…&plan=<id>&token=<token>`; the hash never
 * reaches a server). This file reads and writes that hash.
 */
import { isId } from '@preflight/core/schema';
import { isIsoDateTime } from '@preflight/core/time';
import { parseConfig, type Problem, type RulesConfigInput } from '@preflight/core';

/** The widgets an embed can show, by the name used in the URL, with their tags. */
export const WIDGET_TAGS = {
  raci: 'preflight-raci',
  'blocker-log': 'preflight-blocker-log',
  checklist: 'preflight-checklist',
  badge: 'preflight-badge',
  brief: 'preflight-brief',
  approvals: 'preflight-approvals',
  timeline: 'preflight-timeline',
  actions: 'preflight-actions',
} as const;
export type WidgetName = keyof typeof WIDGET_TAGS;
export const WIDGETS = Object.keys(WIDGET_TAGS) as WidgetName[];

export type EmbedTheme = 'auto' | 'light' | 'dark';
const THEMES: readonly EmbedTheme[] = ['auto', 'light', 'dark'];

/** Where the plan comes from. The browser's store and a team plan can be edited; the other two are read-only. */
export type EmbedSource =
  /** A plan in this browser's plan store, by id. */
  | { kind: 'store'; planId: string }
  /** A team plan on a team server, live: editable with an editor's token, read-only with a viewer's. */
  | { kind: 'team'; url: string; planId: string; token: string }
  /** A plan carried in the URL itself (deflate-raw + base64url): a shareable snapshot. */
  | { kind: 'snapshot'; data: string }
  /** A plan (or a Preflight export) fetched from an https URL; `planId` picks one in an export. */
  | { kind: 'url'; url: string; planId?: string };

export interface EmbedConfig {
  widget: WidgetName;
  source: EmbedSource;
  theme: EmbedTheme;
  /** ISO instant to judge the plan at (a fixed date for a report); unset means now. */
  now?: string;
  /** Show without edit controls (always so for snapshots and URLs; a team plan also follows its token). */
  readonly: boolean;
  /** The team's rules, only what differs from the defaults (the `config` parameter, JSON). */
  rules?: RulesConfigInput;
  /** Why the `config` parameter was not applied (paths start with `config`): the widget uses the defaults. */
  rulesProblems?: Problem[];
}

/** A problem with one hash parameter, named by the parameter. */
export interface HashProblem {
  param: string;
  message: string;
}

/** Whether a widget from this source is shown without edit controls: a snapshot or a fetched plan always is; the browser's store and a team plan when the link asks. */
export function readsOnly(source: EmbedSource, asked: boolean): boolean {
  return (source.kind !== 'store' && source.kind !== 'team') || asked;
}

export type HashResult = { ok: true; config: EmbedConfig } | { ok: false; problems: HashProblem[] };

const KNOWN = new Set(['widget', 'plan', 'data', 'src', 'sync', 'token', 'theme', 'now', 'readonly', 'config']);
const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** A share token as a team server gives it (a JWT: base64url parts joined by dots). */
const TOKEN = /^[A-Za-z0-9_.~+/=-]{1,4096}$/;
/** Plain http is accepted only from this machine, for trying a plan file locally before it is hosted. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Reads `#widget=…&plan=…` (a leading `#` is optional). Every bad parameter is reported, by name. */
export function parseEmbedHash(hash: string): HashResult {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const problems: HashProblem[] = [];
  const one = (name: string): string | undefined => {
    const all = params.getAll(name);
    if (all.length > 1) problems.push({ param: name, message: `is given ${all.length} times; give it once` });
    return all[0];
  };
  for (const name of new Set(params.keys())) {
    if (!KNOWN.has(name)) problems.push({ param: name, message: `is not a known parameter (known: ${[...KNOWN].join(', ')})` });
  }

  const widget = one('widget');
  if (widget === undefined) problems.push({ param: 'widget', message: `is missing; use one of ${WIDGETS.join(', ')}` });
  else if (!(WIDGETS as string[]).includes(widget)) problems.push({ param: 'widget', message: `"${widget}" is not a widget; use one of ${WIDGETS.join(', ')}` });

  const plan = one('plan');
  const data = one('data');
  const src = one('src');
  if (plan !== undefined && !isId(plan)) problems.push({ param: 'plan', message: 'must be a plan id: a letter or digit, then letters, digits, _ . : - (at most 80)' });
  if (data !== undefined && !BASE64URL.test(data)) problems.push({ param: 'data', message: 'must be a snapshot made by the workspace (base64url text); it looks cut or altered' });
  let url: URL | undefined;
  if (src !== undefined) {
    try {
      url = new URL(src);
      if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) problems.push({ param: 'src', message: `must be an https URL (got ${url.protocol})` });
    } catch {
      problems.push({ param: 'src', message: 'must be a full https URL to a plan JSON file' });
    }
  }
  const sync = one('sync');
  const token = one('token');
  let syncUrl: URL | undefined;
  if (sync !== undefined) {
    try {
      syncUrl = new URL(sync);
      if (syncUrl.protocol !== 'wss:' && !(syncUrl.protocol === 'ws:' && LOOPBACK.has(syncUrl.hostname)))
        problems.push({ param: 'sync', message: `must be the wss: URL of a Preflight team server (got ${syncUrl.protocol}${syncUrl.protocol === 'ws:' ? ', which only this machine may use' : ''})` });
    } catch {
      problems.push({ param: 'sync', message: 'must be the full wss: URL of a Preflight team server, such as wss://team.example.com' });
    }
    if (data !== undefined || src !== undefined) problems.push({ param: 'sync', message: `and ${data !== undefined ? 'data' : 'src'} both give a plan; give one of them` });
    if (plan === undefined) problems.push({ param: 'plan', message: 'is missing: sync needs the id of the team plan to show' });
    if (token === undefined) problems.push({ param: 'token', message: 'is missing: sync needs a share token from the team server (an editor’s or a viewer’s)' });
  } else if (token !== undefined) problems.push({ param: 'token', message: 'is only used with sync (a team server); give sync too, or leave token out' });
  if (token !== undefined && !TOKEN.test(token)) problems.push({ param: 'token', message: 'must be a share token as the team server gives it; it looks cut or altered' });
  // With sync, plan names the team plan (its missing parts are named above).
  if (sync === undefined) {
    if (data !== undefined && src !== undefined) problems.push({ param: 'data', message: 'and src both give a plan; give one of plan, data or src' });
    else if (data !== undefined && plan !== undefined) problems.push({ param: 'data', message: 'and plan both give a plan; give one of plan, data or src' });
    else if (plan === undefined && data === undefined && src === undefined) problems.push({ param: 'plan', message: 'is missing: give plan (an id in this browser), data (a snapshot), src (an https URL) or sync with plan and token (a team plan)' });
  }

  const theme = one('theme') ?? 'auto';
  if (!(THEMES as string[]).includes(theme)) problems.push({ param: 'theme', message: `"${theme}" is not a theme; use auto, light or dark` });
  const now = one('now');
  if (now !== undefined && !isIsoDateTime(now)) problems.push({ param: 'now', message: 'must be an ISO instant such as 2026-09-01T09:00:00Z' });
  const readonly = one('readonly');
  if (readonly !== undefined && readonly !== '1' && readonly !== '0') problems.push({ param: 'readonly', message: 'must be 1 or 0' });

  const rules = readRules(one('config'));

  if (problems.length) return { ok: false, problems };
  const source: EmbedSource =
    syncUrl !== undefined
      ? { kind: 'team', url: syncUrl.href.replace(/\/$/, ''), planId: plan!, token: token! }
      : data !== undefined
        ? { kind: 'snapshot', data }
        : src !== undefined
          ? { kind: 'url', url: url!.href, ...(plan ? { planId: plan } : {}) }
          : { kind: 'store', planId: plan! };
  return {
    ok: true,
    config: {
      widget: widget as WidgetName,
      source,
      theme: theme as EmbedTheme,
      ...(now ? { now } : {}),
      readonly: readsOnly(source, readonly === '1'),
      ...rules,
    },
  };
}

/**
 * A bad rules config does not stop the embed: the widget shows with the default rules and the
 * page names what was wrong, by path.
 */
function readRules(text: string | undefined): Pick<EmbedConfig, 'rules' | 'rulesProblems'> {
  if (text === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { rulesProblems: [{ path: 'config', code: 'invalid_json', message: 'is not JSON: the link was probably cut short or altered' }] };
  }
  const parsed = parseConfig(value);
  if (!parsed.ok) return { rulesProblems: parsed.problems.map((p) => ({ ...p, path: p.path === '(root)' ? 'config' : `config.${p.path}` })) };
  return { rules: value as RulesConfigInput };
}

/** JSON in a hash, escaped only where a URL or URLSearchParams needs it, so it stays readable in the link. */
const hashJson = (value: unknown): string => encodeURIComponent(JSON.stringify(value)).replace(/%(7B|7D|5B|5D|3A|2C|2F)/g, (escaped) => decodeURIComponent(escaped));

/** Writes a configuration as a hash (with the leading `#`), the inverse of `parseEmbedHash`. */
export function embedHash(config: EmbedConfig): string {
  const params = new URLSearchParams({ widget: config.widget });
  const { source } = config;
  if (source.kind === 'store') params.set('plan', source.planId);
  else if (source.kind === 'team') {
    params.set('sync', source.url);
    params.set('plan', source.planId);
    params.set('token', source.token);
  } else if (source.kind === 'snapshot') params.set('data', source.data);
  else {
    params.set('src', source.url);
    if (source.planId) params.set('plan', source.planId);
  }
  if (config.theme !== 'auto') params.set('theme', config.theme);
  if (config.now) params.set('now', config.now);
  if ((source.kind === 'store' || source.kind === 'team') && config.readonly) params.set('readonly', '1');
  const rules = config.rules && Object.keys(config.rules).length ? `&config=${hashJson(config.rules)}` : '';
  return `#${params.toString()}${rules}`;
}
