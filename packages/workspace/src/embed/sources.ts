import type { Plan } from '@preflight/core';
import { readExport } from '@preflight/core/exchange';
import type { PlanStore } from '@preflight/core/store';
import type { PlanStoreLike } from '@preflight/components';
import { loadTeamSync } from '@preflight/components/team-sync/load';
import type { EmbedSource } from './config.js';
import { decodeSnapshot } from './snapshot.js';

/** What the embed page shows: a plan bound to a store (the browser's, or a team plan), a read-only plan, or why there is none. */
export type Loaded =
  | { kind: 'store'; store: PlanStoreLike; planId: string; notice?: string }
  | { kind: 'plan'; plan: unknown; from: string }
  | { kind: 'error'; title: string; details: string[] };

export interface LoadOptions {
  /** Opens the plan store (the page's IndexedDB store by default). */
  openStore?: () => Promise<PlanStore>;
  fetch?: typeof fetch;
}

const openDefaultStore = async (): Promise<PlanStore> => (await import('@preflight/core/store')).openPlanStore({ openTimeoutMs: 1500 });

export async function loadSource(source: EmbedSource, options: LoadOptions = {}): Promise<Loaded> {
  switch (source.kind) {
    case 'store':
      return fromStore(source.planId, options.openStore ?? openDefaultStore);
    case 'snapshot': {
      const decoded = await decodeSnapshot(source.data);
      if (!decoded.ok) return { kind: 'error', title: 'The plan in this link cannot be read.', details: [`data ${decoded.message}.`] };
      return pick(decoded.value, undefined, 'a snapshot carried in this link');
    }
    case 'url':
      return fromUrl(source.url, source.planId, options.fetch ?? globalThis.fetch.bind(globalThis));
    case 'team':
      return fromTeam(source.url, source.planId, source.token);
  }
}

/**
 * A team plan, live from its server through the sync client (loaded only here). Storage blocked
 * (a sandboxed frame) is no obstacle: the plan then lives in memory, from the server, and the page
 * says so. A refused token is named in the frame; a server out of reach shows the widget with
 * its strip saying Offline, and the plan arrives when the server does.
 */
async function fromTeam(url: string, planId: string, token: string): Promise<Loaded> {
  const { openTeamPlan } = await loadTeamSync();
  const store = openTeamPlan({ url, planId, token });
  await store.whenReady();
  const { connection, offlineCopy } = store;
  if (connection.state === 'refused') {
    return {
      kind: 'error',
      title: `The team server refused this link to plan “${planId}”.`,
      details: [`${new URL(url).host}: ${connection.reason ?? 'permission denied'}.`, 'Ask the plan’s editor for a new link.'],
    };
  }
  const notice = offlineCopy.kept ? undefined : `Storage is blocked here, so this embed keeps nothing offline: it shows the team plan live from the server, in memory only.`;
  return { kind: 'store', store, planId, ...(notice ? { notice } : {}) };
}

async function fromStore(planId: string, open: () => Promise<PlanStore>): Promise<Loaded> {
  const store = await open();
  // Blocked or partitioned storage (a sandboxed or third-party frame): the store runs in memory.
  const inMemory = store.status === 'memory only';
  const notice = inMemory ? `Storage is blocked here, so this embed keeps plans in memory only. ${store.reason ?? ''}`.trim() : undefined;
  if (inMemory && !(await store.get(planId))) {
    return {
      kind: 'error',
      title: `Plan “${planId}” is not in this browser's storage for this page.`,
      details: [
        notice!,
        'Embedded in another site, browsers block or separate (partition) storage. Share a snapshot link (data=…) or a plan JSON on an https URL (src=…) instead; the Preflight workspace makes both.',
      ],
    };
  }
  return { kind: 'store', store, planId, ...(notice ? { notice } : {}) };
}

async function fromUrl(url: string, planId: string | undefined, fetcher: typeof fetch): Promise<Loaded> {
  const host = new URL(url).host;
  let response: Response;
  try {
    response = await fetcher(url, { mode: 'cors', credentials: 'omit', headers: { accept: 'application/json' } });
  } catch {
    return {
      kind: 'error',
      title: `The plan at ${host} could not be fetched.`,
      details: [
        `src ${url} refused the request: either the network is down, or the server does not allow other sites to read it (CORS).`,
        `Ask its owner to serve it with the header Access-Control-Allow-Origin (this page's origin is ${location.origin}).`,
      ],
    };
  }
  if (!response.ok) {
    return { kind: 'error', title: `The plan at ${host} could not be fetched.`, details: [`src ${url} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`] };
  }
  let value: unknown;
  try {
    value = await response.json();
  } catch {
    return { kind: 'error', title: `The file at ${host} is not a plan.`, details: [`src ${url} did not return JSON.`] };
  }
  return pick(value, planId, host);
}

/**
 * A bare plan goes to the widget as it is (an invalid one shows its problems with their paths);
 * from an export file, the plan named by `planId`, or its only plan.
 */
function pick(value: unknown, planId: string | undefined, from: string): Loaded {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'schemaVersion' in value) return { kind: 'plan', plan: value, from };
  const read = readExport(value);
  const fileProblems = read.problems.filter((p) => p.index === -1).map((p) => `${p.path}: ${p.message}`);
  if (fileProblems.length) return { kind: 'error', title: `The file from ${from} is not a Preflight plan or export.`, details: fileProblems };
  const plans: Plan[] = read.plans.map((p) => p.plan);
  const chosen = planId ? plans.find((p) => p.id === planId) : plans.length === 1 ? plans[0] : undefined;
  if (chosen) return { kind: 'plan', plan: chosen, from };
  const ids = plans.map((p) => p.id).join(', ') || 'none that are valid';
  const title = planId ? `Plan “${planId}” is not in the file from ${from}.` : `The file from ${from} holds ${plans.length} valid plans: choose one with plan=<id>.`;
  return { kind: 'error', title, details: [`Plans in the file: ${ids}.`, ...read.problems.slice(0, 10).map((p) => `${p.path}: ${p.message}`)] };
}
