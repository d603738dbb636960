import { PLATFORMS, type Plan } from '@preflight/core';
import { readExportJson } from '@preflight/core/exchange';
import type { PlanLink } from '../storage/items.js';
import { parseShareLink, type TokenClaims } from '../team/share-link.js';

const KEY = new RegExp(`^(${PLATFORMS.join('|')}):\\S+$`);

/** What is wrong with a link, and the link form's field that has to change. */
export interface LinkProblem {
  field: 'key' | 'planId' | 'share';
  message: string;
}

/** Checks a link from a platform campaign key to a saved plan; returns what is wrong, or null. */
export function linkProblem(key: string, planId: string, plans: Record<string, Plan>): LinkProblem | null {
  const problem = keyProblem(key);
  if (problem) return problem;
  if (!plans[planId]) return { field: 'planId', message: 'Plan: choose one of the imported plans, or paste a team plan’s share link' };
  return null;
}

function keyProblem(key: string): LinkProblem | null {
  if (!KEY.test(key)) return { field: 'key', message: `Campaign key: write it as platform:ids, e.g. hubspot:51657317:22eb0e01-1471-41ba-8e6a-abd2ba62c37d (platforms: ${PLATFORMS.join(', ')})` };
  if (key.length > 200) return { field: 'key', message: 'Campaign key: at most 200 characters' };
  return null;
}

/** The link form as typed: a campaign key, and an imported plan or a team plan's share link (which wins when given). */
export interface LinkForm {
  key: string;
  planId: string;
  share: string;
}

export type LinkFormResult = { ok: true; link: PlanLink; claims?: TokenClaims } | { ok: false; problem: LinkProblem };

/** Reads the link form whole: the link to save, or the first field to fix. `now` (ms) judges the token's expiry. */
export function readLinkForm(form: LinkForm, plans: Record<string, Plan>, now: number): LinkFormResult {
  const key = form.key.trim();
  if (form.share.trim()) {
    const problem = keyProblem(key);
    if (problem) return { ok: false, problem };
    const read = parseShareLink(form.share, now);
    if (!read.ok) return { ok: false, problem: { field: 'share', message: read.message } };
    return { ok: true, link: { kind: 'team', ...read.link }, claims: read.claims };
  }
  const problem = linkProblem(key, form.planId, plans);
  return problem ? { ok: false, problem } : { ok: true, link: { kind: 'local', planId: form.planId } };
}

/** What a share token says of itself, for a person to check before saving (unverified: the server decides). */
export function describeClaims(claims: TokenClaims, planId: string): string {
  const role = claims.role === 'viewer' ? 'a viewer’s (read-only)' : claims.role === 'admin' ? 'a team admin’s' : 'an editor’s';
  const holder = claims.name ? ` for ${claims.name}` : '';
  const expires = claims.expiresAt ? `, expires ${claims.expiresAt.slice(0, 16).replace('T', ' ')} UTC` : '';
  return `Plan ${planId}: ${role} link${holder}${expires}`;
}

export interface ImportOutcome {
  /** The saved plans with the file's valid plans added (same id: replaced). */
  plans: Record<string, Plan>;
  imported: string[];
  /** Each bad record by its index and path. */
  problems: string[];
}

/** Reads an export file; valid plans are added, bad records are reported and left out. */
export function importPlans(text: string, saved: Record<string, Plan>): ImportOutcome {
  const read = readExportJson(text);
  const plans = { ...saved };
  for (const { plan } of read.plans) plans[plan.id] = plan;
  return {
    plans,
    imported: read.plans.map(({ plan }) => plan.id),
    problems: read.problems.map((p) => (p.index < 0 ? `File, ${p.path}: ${p.message}` : `Record ${p.index} (${p.path}): ${p.message}`)),
  };
}
