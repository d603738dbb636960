import type { RulesConfig } from '../config/schema.js';
import type { Blocker } from '../plan/schema.js';
import type { Killer } from '../plan/vocabulary.js';
import { wallMs } from '../time/team-day.js';
import { DAY_MS, toMs } from '../time/instant.js';
import { blockerDates } from './dates.js';

/**
 * Which sprint an instant falls in, counted from the configured anchor (earlier sprints are
 * negative). Sprints start at midnight on the team's clock (`config.timeZone`, else UTC).
 */
export function sprintIndex(ms: number, config: RulesConfig): number {
  return sprintAt(wallMs(ms, config.timeZone), toMs(config.sprint.anchor), config.sprint.lengthDays * DAY_MS);
}

/** The sprint of a wall-clock time (see `wallMs`): the anchor date's UTC-midnight ms is its wall midnight. */
const sprintAt = (wall: number, anchorMs: number, lengthMs: number) => Math.floor((wall - anchorMs) / lengthMs);

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
  const anchorMs = toMs(config.sprint.anchor);
  const lengthMs = config.sprint.lengthDays * DAY_MS;
  const zone = config.timeZone;
  // Two linear passes, so a log of 10,000 blockers stays cheap: the sprints each category was
  // raised in, then (only when some category recurs) the blockers of each latest run.
  const sprintsOf = new Map<Killer, Set<number>>();
  for (const blocker of blockers) {
    if (!blocker.category) continue;
    let sprints = sprintsOf.get(blocker.category);
    if (!sprints) sprintsOf.set(blocker.category, (sprints = new Set<number>()));
    sprints.add(sprintAt(wallMs(blockerDates(blocker).raised, zone), anchorMs, lengthMs));
  }
  const runs = new Map<Killer, number[]>();
  for (const [category, sprints] of sprintsOf) {
    let run: number[] = [];
    let latest: number[] = [];
    for (const sprint of [...sprints].sort((a, b) => a - b)) {
      run = run.length && run[run.length - 1] === sprint - 1 ? [...run, sprint] : [sprint];
      if (run.length >= config.blockers.recurrenceSprints) latest = run;
    }
    if (latest.length) runs.set(category, latest);
  }
  if (runs.size === 0) return [];
  const inRun = new Map<Killer, Raised[]>([...runs.keys()].map((category) => [category, []]));
  for (const blocker of blockers) {
    const run = blocker.category && runs.get(blocker.category);
    if (!run) continue;
    const ms = blockerDates(blocker).raised;
    const sprint = sprintAt(wallMs(ms, zone), anchorMs, lengthMs);
    if (sprint >= run[0]! && sprint <= run[run.length - 1]!) inRun.get(blocker.category!)!.push({ blocker, ms });
  }
  return [...runs].map(([category, sprints]) => ({
    category,
    sprints,
    blockers: inRun
      .get(category)!
      .sort((a, b) => a.ms - b.ms)
      .map((r) => r.blocker),
  }));
}
