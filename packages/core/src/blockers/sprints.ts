import type { RulesConfig } from '../config/schema.js';
import type { Blocker } from '../plan/schema.js';
import type { Killer } from '../plan/vocabulary.js';
import { DAY_MS, toMs } from '../rules/time.js';
import { blockerDates } from './dates.js';

/** Which sprint an instant falls in, counted from the configured anchor (earlier sprints are negative). */
export function sprintIndex(ms: number, config: RulesConfig): number {
  return sprintAt(ms, toMs(config.sprint.anchor), config.sprint.lengthDays * DAY_MS);
}

const sprintAt = (ms: number, anchorMs: number, lengthMs: number) => Math.floor((ms - anchorMs) / lengthMs);

export interface Recurrence {
  category: Killer;
  /** Consecutive sprint indexes in which the category was raised. */
  sprints: number[];
  /** The blockers raised in those sprints, oldest first. */
  blockers: Blocker[];
}

/** A blocker with its raised-at read once. */
interface Raised {
  blocker: Blocker;
  ms: number;
}

/**
 * Categories raised in at least `config.blockers.recurrenceSprints` consecutive sprints: a process
 * defect to fix in the system, not blocker by blocker. Reports each category's latest such run.
 */
export function recurringCategories(blockers: readonly Blocker[], config: RulesConfig): Recurrence[] {
  // Grouped in place (push, never copy): a log of 10,000 blockers in a few sprints must stay linear.
  const bySprint = new Map<Killer, Map<number, Raised[]>>();
  const anchorMs = toMs(config.sprint.anchor);
  const lengthMs = config.sprint.lengthDays * DAY_MS;
  for (const blocker of blockers) {
    if (!blocker.category) continue;
    let sprints = bySprint.get(blocker.category);
    if (!sprints) bySprint.set(blocker.category, (sprints = new Map<number, Raised[]>()));
    const ms = blockerDates(blocker).raised;
    const sprint = sprintAt(ms, anchorMs, lengthMs);
    const group = sprints.get(sprint);
    if (group) group.push({ blocker, ms });
    else sprints.set(sprint, [{ blocker, ms }]);
  }
  const found: Recurrence[] = [];
  for (const [category, sprints] of bySprint) {
    const order = [...sprints.keys()].sort((a, b) => a - b);
    let run: number[] = [];
    let latest: number[] = [];
    for (const sprint of order) {
      run = run.length && run[run.length - 1] === sprint - 1 ? [...run, sprint] : [sprint];
      if (run.length >= config.blockers.recurrenceSprints) latest = run;
    }
    if (latest.length) {
      const inRun = latest.flatMap((s) => sprints.get(s)!);
      inRun.sort((a, b) => a.ms - b.ms);
      found.push({ category, sprints: latest, blockers: inRun.map((r) => r.blocker) });
    }
  }
  return found;
}
