/**
 * React wrappers for the Preflight elements (`@preflight/components/react`). Importing this
 * registers the elements. Properties go through as properties (`plan`, `store`, `config`),
 * `preflight-change` is `onPreflightChange`.
 *
 * ```tsx
 * import { PreflightRaci } from '@preflight/components/react';
 * <PreflightRaci plan={plan} onPreflightChange={(e) => setPlan(e.detail.plan)} />
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { PreflightChangeDetail } from '../shared/changes.js';
import { PreflightApprovals as ApprovalsElement } from '../define/preflight-approvals.js';
import { PreflightActions as ActionsElement } from '../define/preflight-actions.js';
import { PreflightBadge as BadgeElement } from '../define/preflight-badge.js';
import { PreflightBrief as BriefElement } from '../define/preflight-brief.js';
import { PreflightBlockerLog as BlockerLogElement } from '../define/preflight-blocker-log.js';
import { PreflightChecklist as ChecklistElement } from '../define/preflight-checklist.js';
import { PreflightRaci as RaciElement } from '../define/preflight-raci.js';
import { PreflightTimeline as TimelineElement } from '../define/preflight-timeline.js';
import { PreflightMetrics as MetricsElement } from '../define/preflight-metrics.js';
import { PreflightAgenda as AgendaElement } from '../define/preflight-agenda.js';
import { PreflightTeamSettings as TeamSettingsElement, type SettingsChange } from '../define/preflight-team-settings.js';

const events = { onPreflightChange: 'preflight-change' as EventName<CustomEvent<PreflightChangeDetail>> };

export const PreflightRaci = createComponent({ react: React, tagName: 'preflight-raci', elementClass: RaciElement, events, displayName: 'PreflightRaci' });
export const PreflightBadge = createComponent({ react: React, tagName: 'preflight-badge', elementClass: BadgeElement, events, displayName: 'PreflightBadge' });
export const PreflightBlockerLog = createComponent({ react: React, tagName: 'preflight-blocker-log', elementClass: BlockerLogElement, events, displayName: 'PreflightBlockerLog' });
export const PreflightChecklist = createComponent({ react: React, tagName: 'preflight-checklist', elementClass: ChecklistElement, events, displayName: 'PreflightChecklist' });
export const PreflightBrief = createComponent({ react: React, tagName: 'preflight-brief', elementClass: BriefElement, events, displayName: 'PreflightBrief' });
export const PreflightTimeline = createComponent({ react: React, tagName: 'preflight-timeline', elementClass: TimelineElement, events, displayName: 'PreflightTimeline' });
export const PreflightApprovals = createComponent({ react: React, tagName: 'preflight-approvals', elementClass: ApprovalsElement, events, displayName: 'PreflightApprovals' });
export const PreflightActions = createComponent({ react: React, tagName: 'preflight-actions', elementClass: ActionsElement, events, displayName: 'PreflightActions' });
export const PreflightTeamSettings = createComponent({
  react: React,
  tagName: 'preflight-team-settings',
  elementClass: TeamSettingsElement,
  events: { onPreflightSettingsChange: 'preflight-settings-change' as EventName<CustomEvent<SettingsChange>> },
  displayName: 'PreflightTeamSettings',
});
export const PreflightMetrics = createComponent({ react: React, tagName: 'preflight-metrics', elementClass: MetricsElement, displayName: 'PreflightMetrics' });
export const PreflightAgenda = createComponent({
  react: React,
  tagName: 'preflight-agenda',
  elementClass: AgendaElement,
  events: { onPreflightCopy: 'preflight-copy' as EventName<CustomEvent<{ markdown: string }>> },
  displayName: 'PreflightAgenda',
});
