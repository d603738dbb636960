import type { Layer } from '../plan/vocabulary.js';

export interface DefaultRaciRow {
  id: string;
  step: string;
  layer: Layer;
  responsible: string[];
  accountable: string;
  consulted: string[];
  informed: string[];
  backup: string;
  commonBlocker: string;
}

/** The default RACI for a campaign launch: five steps, one Accountable each, a named backup. */
export const DEFAULT_RACI: readonly DefaultRaciRow[] = [
  { id: 'brief-intake', step: 'Campaign brief intake', layer: 'strategy', responsible: ['Marketing ops'], accountable: 'Demand gen lead', consulted: ['Content', 'Sales'], informed: ['Leadership'], backup: 'Marketing director', commonBlocker: 'Missing objective or audience' },
  { id: 'creative-production', step: 'Creative production', layer: 'execution', responsible: ['Design/Content'], accountable: 'Campaign manager', consulted: ['Brand', 'Legal'], informed: ['Ops'], backup: 'Demand gen lead', commonBlocker: 'Late feedback cycles' },
  { id: 'crm-tracking-setup', step: 'CRM and tracking setup', layer: 'operations', responsible: ['Marketing ops'], accountable: 'Ops lead', consulted: ['RevOps', 'Analytics'], informed: ['Campaign team'], backup: 'RevOps', commonBlocker: 'Broken field mapping' },
  { id: 'launch-approval', step: 'Launch approval', layer: 'execution', responsible: ['Campaign manager'], accountable: 'Marketing director', consulted: ['Legal', 'Product'], informed: ['Sales'], backup: 'Demand gen lead', commonBlocker: 'Approval bottleneck' },
  { id: 'performance-review', step: 'Performance review', layer: 'operations', responsible: ['Analytics'], accountable: 'Ops lead', consulted: ['Demand gen', 'Sales'], informed: ['Leadership'], backup: 'Analytics', commonBlocker: 'Incomplete reporting' },
];

/** Every role the default table names, in first-seen order. */
export const DEFAULT_ROLES: readonly string[] = [
  ...new Set(DEFAULT_RACI.flatMap((r) => [...r.responsible, r.accountable, ...r.consulted, ...r.informed, r.backup])),
];
