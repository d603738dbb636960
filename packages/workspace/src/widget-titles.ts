import type { WidgetName } from './embed/config.js';

/** What the workspace calls each widget, in its sections and in the share panel's choice. */
export const WIDGET_TITLES: Record<WidgetName, string> = {
  badge: 'Readiness',
  brief: 'Campaign and brief',
  raci: 'RACI',
  timeline: 'Timeline',
  checklist: 'Launch checklist',
  approvals: 'Reviews',
  'blocker-log': 'Blockers',
  actions: 'Corrective actions',
};
