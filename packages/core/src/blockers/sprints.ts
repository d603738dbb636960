import type { RulesConfig } from '../config/schema.js';
import type { Blocker } from '../plan/schema.js';
import type { Killer } from '../plan/vocabulary.js';
import { DAY_MS, toMs } from '../rules/time.js';

/** Which sprint an instant falls in, counted from the configured anchor (earlier sprints are negative). */
export function sprintIndex(ms: number, config: RulesConfig): number {
  return Math.floor((ms - toMs(config.sprint.anchor)) / (config.sprint.lengthDays * DAY_MS));
}

export interface Recurrence {
  category: Killer;
  /** Consecutive sprint indexes in which the category was raised. */
  sprints: number[];
  /** The blockers raised in those sprints, oldest first. */
  blockers: Blocker[];
}

/**
 * Categories raised in at least `config.blockers.recurrenceSprints` consecutive sprints: a process
 * defect to fix in the system, not blocker by blocker. Reports each category's latest such run.
 */
export function recurringCategories(blockers: readonly Blocker[], config: RulesConfig): Recurrence[] {
  const bySprint = new Map<Killer, Map<number, Blocker[]>>();
  for (const blocker of blockers) {
    if (!blocker.category) continue;
    const sprints = bySprint.get(blocker.category) ?? new Map<number, Blocker[]>();
    bySprint.set(blocker.category, sprints);
    const sprint = sprintIndex(toMs(blocker.raisedAt), config);
    sprints.set(sprint, [...(sprints.get(sprint) ?? []), blocker]);
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
      inRun.sort((a, b) => toMs(a.raisedAt) - toMs(b.raisedAt));
      found.push({ category, sprints: latest, blockers: inRun });
    }
  }
  return found;
}
